/**
 * Sentence segmentation for drafts, robust to chat-style writing.
 *
 * - Line breaks are always boundaries (greetings, sign-offs and chat lines stand alone).
 * - Inside a line, `Intl.Segmenter` ('en', sentence) finds the boundaries.
 * - ICU does not break ". i was wrong" (a lower-case letter after a full stop): chat text
 *   rarely capitalises, so we also break there unless the word before the stop is a common
 *   abbreviation ("a.m.", "e.g.", "Mr.").
 * - ICU breaks "Mr. Patel": such pieces are joined again.
 * - A run longer than MAX_SENTENCE (a 20,000-character message with no punctuation) is cut
 *   into bounded chunks, preferring a clause boundary, so no rule ever scans an unbounded
 *   sentence and the whole analysis stays linear in the length of the text.
 *
 * Ranges are trimmed of surrounding whitespace; `end` is exclusive.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

/** Longest piece a rule ever sees. Real sentences are far shorter. */
export const MAX_SENTENCE = 600;
/** A cut is made at a clause boundary if one lies in the last part of the window. */
const MIN_CHUNK = 200;

/** Older browsers (Firefox before 125) have no Intl.Segmenter: fall back to punctuation. */
const segmenter: { segment(text: string): Iterable<{ index: number; segment: string }> } =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('en', { granularity: 'sentence' })
    : { segment: punctuationSegments };

function* punctuationSegments(text: string): Iterable<{ index: number; segment: string }> {
  const re = /[.!?]+["')\]]*\s+/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    yield { index: from, segment: text.slice(from, end) };
    from = end;
  }
  if (from < text.length) yield { index: from, segment: text.slice(from) };
}

const TITLE_ABBREV = /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|st|prof|rev|fr|sr|jr|capt|sgt|lt|col|gen|hon)\.$/i;
const ANY_ABBREV =
  /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|st|prof|rev|fr|sr|jr|vs|etc|approx|no|nos|vol|ch|fig|dept|inc|ltd|co|ave|rd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]\.[a-z]|[a-z])\.$/i;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ||
    code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x85;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85 ||
    code === 11 || code === 12;
}

/** Pushes [start, end) trimmed, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Cuts a long range into chunks of at most MAX_SENTENCE, at clause or word boundaries. */
function pushBounded(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    let cut = -1;
    // Prefer just after , ; : or a dash followed by a space, then any space.
    for (let i = limit - 1; i > start + MIN_CHUNK; i--) {
      const c = text.charCodeAt(i);
      if ((c === 44 || c === 59 || c === 58 || c === 45) && isSpace(text.charCodeAt(i + 1))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let i = limit - 1; i > start + MIN_CHUNK; i--) {
        if (isSpace(text.charCodeAt(i))) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) {
      cut = limit;
      // Never split a surrogate pair.
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    pushTrimmed(text, start, cut, out);
    start = cut;
  }
  pushTrimmed(text, start, end, out);
}

/**
 * Splits one ICU segment further at ". lowercase" (chat style), unless the word before the
 * stop is an abbreviation. Bounded look-behind keeps this linear.
 */
function splitLowercaseStops(text: string, start: number, end: number, out: SentenceRange[]): void {
  let from = start;
  for (let i = start; i < end - 2; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    if (!isSpace(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j >= end) break;
    const next = text.charCodeAt(j);
    if (!(next >= 97 && next <= 122)) continue; // only before a lower-case ASCII letter
    if (c === 46) {
      const before = text.slice(Math.max(start, i - 8), i + 1);
      if (ANY_ABBREV.test(before)) continue;
      // "..." or digits before: leave to ICU.
      const p = text.charCodeAt(i - 1);
      if (p === 46 || (p >= 48 && p <= 57)) continue;
    }
    pushBounded(text, from, i + 1, out);
    from = j;
  }
  pushBounded(text, from, end, out);
}

function segmentLine(text: string, start: number, end: number, out: SentenceRange[]): void {
  // Fast path: nothing but spaces.
  let k = start;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k === end) return;
  const line = text.slice(start, end);
  let pendingStart = -1;
  let pendingEnd = -1;
  for (const seg of segmenter.segment(line)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (pendingStart < 0) {
      pendingStart = s;
      pendingEnd = e;
      continue;
    }
    // "Mr. " + "Patel ..." : join the title to the name.
    const prev = text.slice(Math.max(pendingStart, pendingEnd - 8), pendingEnd).trimEnd();
    if (TITLE_ABBREV.test(prev)) {
      pendingEnd = e;
      continue;
    }
    splitLowercaseStops(text, pendingStart, pendingEnd, out);
    pendingStart = s;
    pendingEnd = e;
  }
  if (pendingStart >= 0) splitLowercaseStops(text, pendingStart, pendingEnd, out);
}

/**
 * Sentence ranges of `text.slice(from, to)`, as offsets into `text`. Callers re-segment a
 * window of a draft by passing bounds that are sentence starts/ends of the previous pass.
 */
export function segmentRange(text: string, from = 0, to = text.length): SentenceRange[] {
  const out: SentenceRange[] = [];
  let lineStart = from;
  for (let i = from; i < to; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      if (i > lineStart) segmentLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  if (to > lineStart) segmentLine(text, lineStart, to, out);
  return out;
}

/** All sentence ranges of a text. */
export function segment(text: string): SentenceRange[] {
  return segmentRange(text, 0, text.length);
}
