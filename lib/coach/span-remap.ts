import type { Span } from '../analysis/types';

export interface TextEdit {
  /** Where the change starts (same in old and new text). */
  at: number;
  /** Length of the old text that was replaced. */
  removed: number;
  /** Length of the new text put in its place. */
  inserted: number;
}

/** The single edit that turns `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { at: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

/**
 * Moves spans found in `before` so they sit on the same words in `after`, while a fresh
 * analysis is pending: spans before the edit stay, spans after it shift, and spans the
 * edit touched are dropped (their words changed, so their hint may no longer hold).
 */
export function remapSpans<T extends Span>(spans: readonly T[], before: string, after: string): T[] {
  const edit = diffText(before, after);
  if (!edit) return spans.slice();
  const editEnd = edit.at + edit.removed;
  const delta = edit.inserted - edit.removed;
  const out: T[] = [];
  for (const span of spans) {
    if (span.end <= edit.at) {
      out.push(span);
    } else if (span.start >= editEnd) {
      out.push({ ...span, start: span.start + delta, end: span.end + delta });
    }
  }
  return out;
}
