/**
 * Drives a fixture editor page the way a person does (keyboard, clipboard) and reads back what
 * the editor itself holds, through the page's test-only window.__fixture.
 */
import type { Page } from 'playwright-core';

export type EditorName =
  | 'textarea'
  | 'contenteditable'
  | 'quill'
  | 'tinymce'
  | 'tiptap'
  | 'lexical'
  | 'squire'
  | 'ckeditor5';

export interface EditorFixture {
  name: EditorName;
  /** For test names: "in Quill". */
  label: string;
  /** How the coach must draw underlines there. */
  underlines: 'mirror' | 'highlight-api';
}

export const EDITORS: Record<EditorName, EditorFixture> = {
  textarea: { name: 'textarea', label: 'a plain textarea', underlines: 'mirror' },
  contenteditable: { name: 'contenteditable', label: 'a plain contenteditable', underlines: 'highlight-api' },
  quill: { name: 'quill', label: 'Quill', underlines: 'highlight-api' },
  tinymce: { name: 'tinymce', label: 'TinyMCE (iframe mode)', underlines: 'highlight-api' },
  tiptap: { name: 'tiptap', label: 'Tiptap (ProseMirror)', underlines: 'highlight-api' },
  lexical: { name: 'lexical', label: 'Lexical', underlines: 'highlight-api' },
  squire: { name: 'squire', label: 'Squire', underlines: 'highlight-api' },
  ckeditor5: { name: 'ckeditor5', label: 'CKEditor 5', underlines: 'highlight-api' },
};

export function fixturePath(name: EditorName, opts: { long?: boolean } = {}): string {
  return `editors/${name}.html${opts.long ? '?long=1' : ''}`;
}

export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
}

/** Focuses the editor with the caret at the end of its content, as clicking below the text does. */
export async function focusEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.__fixture!.focusEnd());
  // Some editors focus a frame later (Tiptap's focus command): keys typed before that are lost,
  // in the control browser as much as with the coach.
  await page.waitForFunction(() => window.__fixture!.hasFocus(), null, { timeout: 5_000 });
}

export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/** A real paste: the text goes on the clipboard, then Ctrl+V into the focused editor. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

/** Replaces the whole draft with new typing (Ctrl+A, then type over the selection). */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

export interface EditorState {
  /** The editor's own plain text (its API). */
  text: string;
  /** The editor's own HTML serialisation: what would be sent. */
  html: string;
  /** The editable's live DOM. */
  dom: string;
  selection: { start: number; end: number } | null;
}

export function readEditor(page: Page): Promise<EditorState> {
  return page.evaluate(() => {
    const fx = window.__fixture!;
    return { text: fx.getText(), html: fx.getHTML(), dom: fx.getDOM(), selection: fx.getSelection() };
  });
}

export function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__fixture!.hasFocus());
}

/** Markup the coach must never leave inside an editor. */
export const EXTENSION_MARKUP = /amends|coach|data-(rule|state|underline|support|insert|element)\b|::highlight/i;

/**
 * If `after` is `before` with one contiguous piece of text added, returns that piece;
 * otherwise null (something else changed).
 */
export function insertedText(before: string, after: string): string | null {
  if (after.length <= before.length) return null;
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++;
  }
  if (head + tail !== before.length) return null;
  return after.slice(head, after.length - tail);
}
