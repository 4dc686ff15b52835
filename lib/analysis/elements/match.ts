import type { Sentence, Span } from '../types';
import { mayMatch, trigramFilter, type TrigramFilter } from '../trigram-filter';
import { isSpaceCode } from '../char-codes';
import { compileNow } from '../native-regex';
import { engineStats } from '../work-stats';
import { splitTopLevel } from '../word-list';
import { forEachElementWordKey, NeedIndex } from '../word-keys';

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

const PATTERNS: RegExp[] = [];
/** The element patterns' prefilter index (see `needs`). */
const NEEDS = new NeedIndex(forEachElementWordKey);

/**
 * Each pattern's entry in the index and its trigram filter. Kept beside the pattern, not on
 * it: a RegExp given properties of its own leaves the engines' fast path for exec.
 */
const INDEXED = new WeakMap<RegExp, { id: number; filter: TrigramFilter | null }>();

/** Compiles a pattern for scanning a whole sentence (found by its trigrams and, with `needs`, its words). */
export const rx = (source: string): RegExp => {
  const re = new RegExp(source, 'g');
  PATTERNS.push(re);
  const filter = trigramFilter(re);
  INDEXED.set(re, { id: NEEDS.register(null, filter), filter });
  return re;
};

/** A pattern source split on its top-level "|" (word-list.ts `splitTopLevel`, for a source known to be well formed). */
export function topLevelAlternatives(source: string): string[] {
  const parts = splitTopLevel(source);
  if (parts === null) throw new Error(`a ")" closes more than it opened in ${source}`);
  return parts;
}

/** Every pattern compiled with `rx` (for tests of the machinery that runs them). */
export function elementPatterns(): readonly RegExp[] {
  return PATTERNS;
}

/**
 * A pattern may name the words one of which every match contains ("needs"); it is skipped
 * when the sentence has none of them. Words are compared by their first three letters (the
 * whole word when shorter), so "deserve" also enables "deserved". The sentence is split into
 * words once for all patterns of all elements; the index (word-keys.ts NeedIndex) also
 * tests each `rx` pattern's trigram filter.
 */
export type Pattern = RegExp;

/** Attaches the words a pattern needs (space-separated). */
export function needs(words: string, re: RegExp): Pattern {
  const list = words.split(/\s+/).filter(Boolean);
  const entry = INDEXED.get(re);
  if (entry) NEEDS.setWords(entry.id, list);
  else INDEXED.set(re, { id: NEEDS.register(list), filter: null });
  return re;
}

/**
 * A pattern never run, entered in the element patterns' index for its trigram filter alone:
 * the test returned says what `mayMatch(trigramFilter(re), norm)` says, read from the marks the
 * index makes for a sentence once for all element patterns. A filter of many branches tested on
 * its own walks all of the sentence's trigrams (trigram-filter.ts someBranchHolds) each time.
 */
export function indexedFilter(re: RegExp): (norm: string) => boolean {
  const filter = trigramFilter(re);
  const id = NEEDS.register(null, filter);
  return (norm) => {
    NEEDS.markSentence(norm);
    // As markRunnable decides a pattern: enabled by the index, and its filter tested here when the index left that to the caller.
    return NEEDS.enabled(id) && (NEEDS.testsFilter(id) || mayMatch(filter, norm));
  };
}

/** Per pattern given `containing`: pieces of text one of which every match of it contains. */
const PIECES = new WeakMap<RegExp, readonly string[]>();

/**
 * Attaches pieces of text ("|"-separated, spaces kept) one of which every match of the pattern
 * contains: it is not run on a sentence with none of them. For a pattern costly to run whose
 * needs words are common, where a phrase ("wrong ", "in place of") turns away sentences that a
 * word's first three letters ("wro": wrote) and the trigram filter let through. Each use says
 * why every match holds a piece; match.test.ts checks it on every match in the examples and drafts.
 */
export function containing(pieces: string, re: RegExp): Pattern {
  PIECES.set(re, pieces.split('|'));
  return re;
}

/** The pieces `containing` gave the pattern (for the tests), or null. */
export function piecesOf(re: RegExp): readonly string[] | null {
  return PIECES.get(re) ?? null;
}

/** Per pattern given `runsWhen`: a test every sentence it matches passes. */
const WHEN = new WeakMap<RegExp, (norm: string) => boolean>();

/**
 * Attaches a cheap test that every sentence the pattern matches passes: it is not run on a
 * sentence that fails it. For a costly pattern whose words and pieces are common in sentences
 * it cannot match; each use says why the test holds wherever the pattern matches, and
 * match.test.ts checks it on the examples and drafts.
 */
export function runsWhen(test: (norm: string) => boolean, re: RegExp): Pattern {
  WHEN.set(re, test);
  return re;
}

/** The test `runsWhen` gave the pattern (for the tests), or null. */
export function runsWhenOf(re: RegExp): ((norm: string) => boolean) | null {
  return WHEN.get(re) ?? null;
}

/** Whether `norm` holds one of the pieces. */
function holdsPiece(norm: string, pieces: readonly string[]): boolean {
  for (let k = 0; k < pieces.length; k++) if (norm.includes(pieces[k]!)) return true;
  return false;
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

/** The characters a span is trimmed of, as a pattern (the reference for `isEdgeCode`). */
export const EDGE = /[\s,;:.!?'"()-]/;

/** Whether EDGE matches the character with this code: \s as JavaScript reads it, or ,;:.!?'"()- */
export function isEdgeCode(c: number): boolean {
  if (c < 0x7f && c > 0x20) return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 39 || c === 34 || c === 40 || c === 41 || c === 45;
  return isSpaceCode(c);
}

/** Trims spaces and punctuation from both ends of a span, so underlines hug the words. */
function tighten(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isEdgeCode(text.charCodeAt(s))) s++;
  while (e > s && isEdgeCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Tightens raw spans and merges them with already tight ones: sorted, no overlaps. */
export function mergeSpans(sentence: Sentence, raw: readonly Span[], tight: readonly Span[]): Span[] {
  if (raw.length === 0 && tight.length === 0) return [];
  const found: Span[] = [];
  for (const s of tight) found.push({ start: s.start, end: s.end });
  for (const r of raw) {
    const span = tighten(sentence.text, r.start, r.end);
    if (span.end > span.start) found.push(span);
  }
  return sortAndMerge(found);
}

/** Whether span a goes after span b: by start, then the longer first (the order sortAndMerge merges in). */
function goesAfter(a: Span, b: Span): boolean {
  return a.start - b.start > 0 || (a.start === b.start && b.end - a.end > 0);
}

function sortAndMerge(found: Span[]): Span[] {
  if (found.length < 2) return found;
  // A sentence's spans are few: a stable insertion sort, in the order Array.prototype.sort
  // with (a.start - b.start || b.end - a.end) gives, without a comparator called per pair.
  for (let i = 1; i < found.length; i++) {
    const cur = found[i]!;
    let j = i - 1;
    while (j >= 0 && goesAfter(found[j]!, cur)) {
      found[j + 1] = found[j]!;
      j--;
    }
    found[j + 1] = cur;
  }
  const merged: Span[] = [found[0]!];
  for (let i = 1; i < found.length; i++) {
    const cur = found[i]!;
    const last = merged[merged.length - 1]!;
    if (cur.start < last.end) last.end = Math.max(last.end, cur.end);
    else merged.push(cur);
  }
  return merged;
}

/** Trigram filters and index entries per list of patterns, and filters per gate, made on first use. */
interface ListFilters {
  filters: TrigramFilter[];
  /** Per pattern: its id in the index, or -1 when it has none. */
  ids: Int32Array;
  /** Per call: which patterns can match the sentence. */
  runnable: Uint8Array;
  /** Per call: the positions of the patterns that can match, ascending (`runnableOf`). */
  order: Int32Array;
  /** Per pattern: the pieces one of which its matches contain (`containing`), or null. */
  pieces: (readonly string[] | null)[];
  /** Per pattern: the test a sentence it matches passes (`runsWhen`), or null. */
  when: (((norm: string) => boolean) | null)[];
  /** Per pattern: 1 once compileNow has been called for it (a WeakSet lookup saved per run). */
  compiled: Uint8Array;
  /**
   * The first pattern's id when every pattern has one and they are consecutive (as `rx`
   * registers a list written in one place), else -1: then only the enabled ones are visited.
   */
  first: number;
}
const listFilters = new WeakMap<readonly Pattern[], ListFilters>();
const gateFilters = new WeakMap<RegExp, TrigramFilter>();

function filtersOf(patterns: readonly Pattern[]): ListFilters {
  let f = listFilters.get(patterns);
  if (!f || f.filters.length !== patterns.length) {
    const entries = patterns.map((p) => INDEXED.get(p));
    f = {
      filters: patterns.map((p, i) => entries[i]?.filter ?? trigramFilter(p)),
      ids: Int32Array.from(entries, (e) => e?.id ?? -1),
      runnable: new Uint8Array(patterns.length),
      order: new Int32Array(patterns.length),
      pieces: patterns.map(piecesOf),
      when: patterns.map(runsWhenOf),
      compiled: new Uint8Array(patterns.length),
      first: -1,
    };
    const first = f.ids.length > 0 ? f.ids[0]! : -1;
    if (first >= 0 && f.ids.every((id, i) => id === first + i)) f.first = first;
    listFilters.set(patterns, f);
  }
  return f;
}

function gateFilterOf(gate: RegExp): TrigramFilter {
  let f = gateFilters.get(gate);
  if (!f) {
    f = trigramFilter(gate);
    gateFilters.set(gate, f);
  }
  return f;
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
  NEEDS.markSentence(norm);
  const lf = filtersOf(patterns);
  const count = runnableOf(lf, norm);
  // A pattern runs only when the sentence has one of its words and every trigram its source
  // requires. When none can run, the gate is not tested either: it only turns the detector
  // off, and keeps no state unless it is global or sticky.
  const gateStateless = !(gate && (gate.global || gate.sticky));
  if (count === 0 && gateStateless) return [];
  if (gate) {
    if (gateStateless && !mayMatch(gateFilterOf(gate), norm)) return [];
    compileNow(gate);
    if (!gate.test(norm)) return [];
  }
  const found: Span[] = [];
  const { order, pieces, when, compiled } = lf;
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    const need = pieces[i]!;
    if (need !== null && !holdsPiece(norm, need)) continue;
    const test = when[i]!;
    if (test !== null && !test(norm)) continue;
    const pattern = patterns[i]!;
    engineStats.patternScans++;
    if (compiled[i] === 0) {
      compileNow(pattern); // once per pattern, on its first need (native-regex.ts)
      compiled[i] = 1;
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

/**
 * Puts in `lf.order` the positions of the list's patterns that can match the sentence last
 * marked (its words are there, and every trigram its source requires), ascending, and returns
 * how many. For a list with consecutive ids only the sentence's enabled ids in the list's range
 * are visited (as NeedIndex.markRunnable does), not every pattern of the list.
 */
function runnableOf(lf: ListFilters, norm: string): number {
  const { filters, ids, runnable, first, order } = lf;
  const n = ids.length;
  let count = 0;
  if (first >= 0) {
    for (let k = NEEDS.firstEnabledFrom(first); ; k++) {
      const id = NEEDS.enabledAt(k);
      const i = id - first;
      if (id < 0 || i >= n) break;
      if (NEEDS.testsFilter(id) || mayMatch(filters[i]!, norm)) order[count++] = i;
    }
    return count;
  }
  if (!NEEDS.markRunnable(ids, first, filters, norm, runnable)) return 0;
  for (let i = 0; i < n; i++) if (runnable[i]) order[count++] = i;
  return count;
}

/**
 * For the tests: the positions `runnableOf` lists for a pattern list and a sentence, and those
 * NeedIndex.markRunnable marks (its reference), after marking the sentence.
 */
export function runnableForTest(patterns: readonly Pattern[], norm: string): { listed: number[]; marked: number[] } {
  NEEDS.markSentence(norm);
  const lf = filtersOf(patterns);
  const count = runnableOf(lf, norm);
  const listed = Array.from(lf.order.subarray(0, count));
  const runnable = new Uint8Array(patterns.length);
  NEEDS.markRunnable(lf.ids, lf.first, lf.filters, norm, runnable);
  const marked: number[] = [];
  runnable.forEach((r, i) => r && marked.push(i));
  return { listed, marked };
}

/** sortAndMerge, for the tests (match.test.ts compares it with Array.prototype.sort and the same merge). */
export const sortAndMergeForTest = sortAndMerge;
