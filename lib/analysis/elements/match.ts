import type { Sentence, Span } from '../types';

/**
 * Small shared pieces for the element detectors. Patterns run on `sentence.norm` (lower
 * case, straight quotes, same length as `text`), so a match's indices are indices into
 * `text`. Every pattern is a flat alternation with bounded gaps: no nested unbounded
 * quantifiers, so matching stays linear in the sentence's length.
 */

/** Chat-style and written forms of the first and second person. */
export const I_AM = "(?:i'?m|i am|im)";
export const I_HAVE = "(?:i'?ve|i have|ive)";
export const I_WILL = "(?:i'?ll|i will|i shall)";
export const I_WOULD = "(?:i'?d|i would)";
export const YOU = '(?:you|u|ya)';
export const YOUR = '(?:your|ur|yr)';
/** "don't", "dont", "do not"; pass the auxiliary: neg('do') */
export const neg = (aux: string): string => `(?:${aux}n'?t|${aux} not)`;

/** Compiles a pattern for scanning a whole sentence. */
export const rx = (source: string): RegExp => new RegExp(source, 'g');

/**
 * A pattern may name the words one of which every match contains ("needs"); it is skipped
 * when the sentence has none of them. Words are compared by their first three letters (the
 * whole word when shorter), so "deserve" also enables "deserved". The sentence is split into
 * words once for all patterns of all elements.
 */
export type Pattern = RegExp & { needId?: number };

const keyOf = (word: string): string => (word.length <= 3 ? word : word.slice(0, 3));
/** Word key -> ids of the patterns it enables. */
const BY_KEY = new Map<string, number[]>();
let patternCount = 0;

/** Attaches the words a pattern needs (space-separated). */
export function needs(words: string, re: RegExp): Pattern {
  const id = patternCount++;
  for (const key of new Set(words.split(/\s+/).filter(Boolean).map(keyOf))) {
    const ids = BY_KEY.get(key);
    if (ids) ids.push(id);
    else BY_KEY.set(key, [id]);
  }
  return Object.assign(re, { needId: id });
}

const WORD = /[a-z0-9][a-z0-9']*/g;
let memoNorm: string | null = null;
let memoEnabled = new Uint8Array(0);

/** Which patterns with needs may match this sentence (remembered for the last sentence). */
function enabledFor(norm: string): Uint8Array {
  if (norm === memoNorm && memoEnabled.length === patternCount) return memoEnabled;
  const enabled = new Uint8Array(patternCount);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(norm)) !== null) {
    const ids = BY_KEY.get(keyOf(m[0]));
    if (ids) for (let i = 0; i < ids.length; i++) enabled[ids[i]!] = 1;
  }
  memoNorm = norm;
  memoEnabled = enabled;
  return enabled;
}

/** Decides whether a match is a real instance of the element. */
export type MatchGuard = (norm: string, start: number, end: number) => boolean;

/** Up to `n` characters of `norm` just before `start`. */
export function before(norm: string, start: number, n: number): string {
  return norm.slice(Math.max(0, start - n), start);
}

/** Up to `n` characters of `norm` just after `end`. */
export function after(norm: string, end: number, n: number): string {
  return norm.slice(end, end + n);
}

const EDGE = /[\s,;:.!?'"()-]/;

/** Trims spaces and punctuation from both ends of a span, so underlines hug the words. */
function tighten(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Tightens raw spans and merges them with already tight ones: sorted, no overlaps. */
export function mergeSpans(sentence: Sentence, raw: readonly Span[], tight: readonly Span[]): Span[] {
  const found: Span[] = [...tight.map((s) => ({ ...s }))];
  for (const r of raw) {
    const span = tighten(sentence.text, r.start, r.end);
    if (span.end > span.start) found.push(span);
  }
  return sortAndMerge(found);
}

function sortAndMerge(found: Span[]): Span[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [found[0]!];
  for (let i = 1; i < found.length; i++) {
    const cur = found[i]!;
    const last = merged[merged.length - 1]!;
    if (cur.start < last.end) last.end = Math.max(last.end, cur.end);
    else merged.push(cur);
  }
  return merged;
}

/**
 * Runs each pattern over the sentence and returns the spans of the matches the guard
 * accepts, sorted and without overlaps (an overlapping later match is merged in).
 */
export function collectSpans(
  sentence: Sentence,
  patterns: readonly Pattern[],
  guard?: MatchGuard,
  gate?: RegExp,
): Span[] {
  const { norm } = sentence;
  if (gate && !gate.test(norm)) return [];
  let enabled: Uint8Array | null = null;
  const found: Span[] = [];
  for (const pattern of patterns) {
    if (pattern.needId !== undefined) {
      enabled ??= enabledFor(norm);
      if (!enabled[pattern.needId]) continue;
    }
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(norm)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        pattern.lastIndex++;
        continue;
      }
      if (guard && !guard(norm, start, end)) continue;
      const span = tighten(sentence.text, start, end);
      if (span.end > span.start) found.push(span);
    }
  }
  return sortAndMerge(found);
}
