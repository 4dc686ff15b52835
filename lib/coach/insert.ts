/**
 * Insert: the only way the coach ever changes a draft, and only when the person clicks an
 * Insert button. The text goes in through the editor's own input path so the editor's model
 * and undo stack see an ordinary insertion (Ctrl+Z then removes exactly the inserted text).
 * Textarea: focus, `setSelectionRange`, `execCommand('insertText')`. Contenteditable: select,
 * then a synthetic paste for editors that own their model, else a cancelable `beforeinput`
 * followed by `execCommand('insertText')` (see `insertIntoEditable`). Each step is checked:
 * the next runs only if nothing reacted, so the text is never inserted twice.
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

/** Wait (a few frames at most) for an insertion an editor is finishing on its own. */
async function waitForLanding(done: () => boolean, settle: Settle, frames: number): Promise<boolean> {
  for (let i = 0; i < frames; i++) {
    if (done()) return true;
    await settle();
  }
  return done();
}

/**
 * Order of attempts, each only if the last one did not take:
 * 1. A synthetic paste. It has no default action, so only an editor that owns its content
 *    model reacts (Squire, CKEditor 5, ProseMirror, Lexical, Quill, TinyMCE's paste bin);
 *    they record a paste as one undo step of its own. If the editor reacted at all (cancelled
 *    the event or started changing its DOM), it is left to finish: nothing else is tried,
 *    so the text can never land twice.
 * 2. A cancelable `beforeinput`: an editor that cancels it inserts the text itself.
 * 3. Otherwise, in the same task (as the browser does after an uncancelled beforeinput),
 *    `execCommand('insertText')`: the browser's own editing, which the native undo stack
 *    and editors that reconcile DOM mutations both understand.
 */
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
  select(doc, position);
  const before = readText();
  const done = () => landed(before, readText(), text);

  let pasteTaken = false;
  try {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    field.dispatchEvent(paste);
    pasteTaken = paste.defaultPrevented || readText() !== before;
  } catch {
    pasteTaken = false;
  }
  if (pasteTaken) {
    return (await waitForLanding(done, settle, 30)) ? { ok: true, method: 'paste' } : { ok: false };
  }

  select(doc, position);
  const beforeInput = new win.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(beforeInput);
  if (beforeInput.defaultPrevented) {
    return (await waitForLanding(done, settle, 30)) ? { ok: true, method: 'beforeinput' } : { ok: false };
  }
  execInsert(doc, text);
  return (await waitForLanding(done, settle, 10)) ? { ok: true, method: 'execCommand' } : { ok: false };
}
