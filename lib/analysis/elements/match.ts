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

/**
 * One regular expression that matches wherever any of the patterns would: a sentence it
 * rejects (most sentences) costs one scan instead of one per pattern. Exact, unlike a
 * hand-kept word list, so a pattern added later is covered by construction.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
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
  patterns: readonly RegExp[],
  guard?: MatchGuard,
  gate?: RegExp,
): Span[] {
  const { norm } = sentence;
  if (gate && !gate.test(norm)) return [];
  const found: Span[] = [];
  for (const pattern of patterns) {
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
