/**
 * Insert: the only way the coach ever changes a draft, and only when the person clicks an
 * Insert button. The text goes in through the editor's own input path so the editor's model
 * and undo stack see an ordinary insertion (Ctrl+Z then removes exactly the inserted text):
 * select, a cancelable `beforeinput`, `execCommand('insertText')`, and, for model-driven
 * editors that reject both, a synthetic paste. Each step is checked: the next runs only if
 * the text did not land, so it is never inserted twice.
 */
import type { FieldSnapshot } from './fields/text-snapshot';

export type InsertMethod = 'beforeinput' | 'execCommand' | 'paste' | 'setRangeText';
export interface InsertOutcome {
  ok: boolean;
  method?: InsertMethod;
}

/** Where an inserted starter goes: the caret if it is in the person's own words, else after them. */
export function insertionOffset(snapshot: FieldSnapshot, caret: number | null): number {
  const { text, analysisText } = snapshot;
  if (caret !== null && caret >= 0 && caret <= text.length && !inMaskedPart(snapshot, caret)) return caret;
  for (let i = analysisText.length - 1; i >= 0; i--) {
    if (!/\s/.test(analysisText[i]!)) return i + 1;
  }
  // Nothing of their own yet: before any quoted text.
  return firstMaskedOffset(snapshot) ?? text.length;
}

function isMaskedAt(snapshot: FieldSnapshot, i: number): boolean {
  const ch = snapshot.text[i];
  return ch !== undefined && !/\s/.test(ch) && snapshot.analysisText[i] === ' ';
}

function inMaskedPart(snapshot: FieldSnapshot, caret: number): boolean {
  return isMaskedAt(snapshot, caret - 1) && (caret >= snapshot.text.length || isMaskedAt(snapshot, caret) || /\s/.test(snapshot.text[caret]!));
}

function firstMaskedOffset(snapshot: FieldSnapshot): number | null {
  for (let i = 0; i < snapshot.text.length; i++) if (isMaskedAt(snapshot, i)) return i;
  return null;
}

/** The starter as it should be typed at `offset`: a space first when it would touch a word. */
export function textToInsert(starter: string, text: string, offset: number): string {
  const before = text[offset - 1];
  const needsSpace = before !== undefined && !/\s/.test(before);
  return (needsSpace ? ' ' : '') + starter;
}

/** Editors turn spaces at a line's edge into no-break spaces; compare without caring. */
function loose(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ');
}

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Did `inserted` land: it occurs once more in `after` than in `before`. */
export function landed(before: string, after: string, inserted: string): boolean {
  const needle = loose(inserted).trim();
  return countOf(loose(after), needle) > countOf(loose(before), needle);
}

type Settle = () => Promise<void>;

/** execCommand where the engine has it (it is deprecated, but the only insert that keeps undo). */
function execInsert(doc: Document, text: string): void {
  if (typeof doc.execCommand === 'function') doc.execCommand('insertText', false, text);
}

/** Let the editor react (selection sync, model commit, re-render) before checking. */
export const settleFrame: Settle = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function insertIntoTextarea(
  field: HTMLTextAreaElement,
  offset: number,
  text: string,
  settle: Settle = settleFrame,
): Promise<InsertOutcome> {
  const doc = field.ownerDocument;
  field.focus({ preventScroll: true });
  field.setSelectionRange(offset, offset);
  const before = field.value;
  execInsert(doc, text);
  if (landed(before, field.value, text)) return { ok: true, method: 'execCommand' };
  await settle();
  if (landed(before, field.value, text)) return { ok: true, method: 'execCommand' };
  // Last resort: keeps the page's framework informed, but the browser's undo won't know it.
  field.setRangeText(text, offset, offset, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return landed(before, field.value, text) ? { ok: true, method: 'setRangeText' } : { ok: false };
}

function select(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

export async function insertIntoEditable(
  field: HTMLElement,
  at: Range,
  text: string,
  readText: () => string,
  settle: Settle = settleFrame,
): Promise<InsertOutcome> {
  const doc = field.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false };
  const position = at.cloneRange();
  field.focus({ preventScroll: true });
  select(doc, position);
  // Editors keep their own idea of the selection and update it on `selectionchange`.
  await settle();
  const before = readText();
  const done = () => landed(before, readText(), text);

  // 1. Editors that handle input events themselves (CKEditor 5, Slate, Draft) take it here.
  const beforeInput = new win.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(beforeInput);
  await settle();
  if (done()) return { ok: true, method: 'beforeinput' };

  // 2. A synthetic paste has no default action: only an editor that owns its model acts on it
  //    (and cancels it). Such editors (Squire, ProseMirror, Lexical, Quill, TinyMCE) record a
  //    paste as one undo step of its own, where a DOM-level insert would merge with the
  //    person's last step in their history.
  select(doc, position);
  let handled = false;
  try {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    field.dispatchEvent(paste);
    handled = paste.defaultPrevented;
  } catch {
    handled = false;
  }
  if (handled) {
    // Some editors finish a paste asynchronously: give it a few frames before deciding.
    for (let i = 0; i < 6; i++) {
      await settle();
      if (done()) return { ok: true, method: 'paste' };
    }
  }

  // 3. The browser's own editing: the native undo stack gets exactly this insertion.
  if (!done()) {
    select(doc, position);
    execInsert(doc, text);
    await settle();
  }
  return done() ? { ok: true, method: 'execCommand' } : { ok: false };
}
