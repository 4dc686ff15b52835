/**
 * `analyzeDraft`: the whole engine for one draft, incremental by design.
 *
 * The coach calls this on every keystroke. A few recent drafts are remembered with their
 * sentences; a new text is compared with the closest one (common prefix and suffix), and
 * only the sentences around the edit are segmented again. Sentences outside the edit keep
 * their cached results; the findings before the edit are reused as they are, those after it
 * are copied at their shifted offsets in one pass over the findings (no work per sentence).
 * What remains per keystroke is that copy and the prefix/suffix comparison (a character
 * loop that stops at the first difference).
 *
 * Gates, in order:
 * - not English: no hints, no elements, not amends (say nothing rather than nonsense);
 *   support is still reported, because missing a crisis matters more than a wrong language.
 * - not amends: no prompts; hints are withheld when the draft reads as ordinary mail (a
 *   politeness apology, logistics, sympathy, an organisation speaking), kept on a fragment
 *   with no sign either way. Elements and support are always reported.
 */
import {
  C_BACK,
  C_CUES,
  C_HINTS,
  C_LANG,
  C_PRESENT,
  C_RULE_ELEMENTS,
  C_RULE_FLAGS,
  C_SPANS,
  C_SUPPORT,
  ELEMENT_INDEX,
  FLAG_INDEX,
  STRIDE,
} from './draft-counts';
import { CUE_KEYS, readsAsAmends, WHOLE_MESSAGE_WORDS, type AmendsCues, type AmendsEvidence } from './amends-detect';
import { isEnglish } from './language';
import { promptsFor } from './prompts';
import { REBUTTABLE } from './rebuttal';
import { RULE_BY_ID } from './rules';
import { chunkRun, editKeepsBoundaries, editStaysInRun, isLineBreak, MAX_SENTENCE, mayBeCutAfter, segmentRange, type RunNotes } from './segment';
import { analyzeSentence, analyzeSentences, engineStats, type SentenceResult } from './sentence-analysis';
import {
  ELEMENT_IDS,
  FLAG_IDS,
  type Analysis,
  type ElementFinding,
  type ElementId,
  type FlagId,
  type Hint,
  type Prompt,
  type Span,
} from './types';

/**
 * A draft's sentences, as parallel arrays: ranges in typed arrays (shifting the sentences
 * after an edit is one tight loop, with no object per sentence) and results shared with the
 * sentence cache.
 */
interface Pieces {
  starts: Int32Array;
  ends: Int32Array;
  results: SentenceResult[];
  /** Where runs were cut at MAX_SENTENCE (RunMarks), or null when the draft has none. */
  runs: RunMarks | null;
}

/**
 * For each sentence that is a chunk of a run cut at MAX_SENTENCE (a long stretch with no
 * sentence end, as dictation gives): the untrimmed start of its chunk and the run's untrimmed
 * end; -1 for every other sentence. An edit inside such a run cuts it again from the chunk
 * before the edit only (`rechunkedPieces`).
 */
interface RunMarks {
  froms: Int32Array;
  ends: Int32Array;
}

/** Run marks for `n` sentences, none marked. */
function noRunMarks(n: number): RunMarks {
  return { froms: new Int32Array(n).fill(-1), ends: new Int32Array(n).fill(-1) };
}

/** Copies `from`'s marks [at, at + count) to `to` at `into`, moved by `delta`. */
function copyRunMarks(from: RunMarks, at: number, count: number, to: RunMarks, into: number, delta: number): void {
  for (let k = 0; k < count; k++) {
    const f = from.froms[at + k]!;
    if (f < 0) continue;
    to.froms[into + k] = f + delta;
    to.ends[into + k] = from.ends[at + k]! + delta;
  }
}

/** Notes the chunks `segmentRange` reported (indices relative to its output) into `marks` from `base` on. */
function markNotes(notes: RunNotes, marks: RunMarks, base: number): void {
  for (let k = 0; k < notes.index.length; k++) {
    marks.froms[base + notes.index[k]!] = notes.from[k]!;
    marks.ends[base + notes.index[k]!] = notes.end[k]!;
  }
}

const newNotes = (): RunNotes => ({ index: [], from: [], end: [] });

/**
 * A draft's findings at absolute offsets, before the draft-wide decisions: lists in sentence
 * order (built once, then only sliced or copied, so an earlier result stays as it was), the
 * draft's totals, and running totals at every CHECKPOINT-th sentence boundary (filled in
 * lazily: row k holds everything from the sentences before k * CHECKPOINT). A later draft
 * that shares the first sentences takes its lists' heads from here.
 */
interface Findings {
  /** Hints in sentence order, leading-"But" hints included, back-references not. */
  hints: Hint[];
  backRefs: Hint[];
  /** Element spans, one list per ELEMENT_IDS entry. */
  spans: Span[][];
  support: Span[];
  totals: Float64Array;
  /**
   * Row k: the totals before sentence k * CHECKPOINT. Rows 0 .. rows.length - 1 are filled in;
   * a row never changes once made, so a later draft shares the rows of its unchanged head.
   */
  rows: Float64Array[];
}

interface Draft {
  text: string;
  pieces: Pieces;
  findings: Findings;
  verdict: Verdict;
  analysis: Analysis;
}

/** Recent drafts: enough for a couple of fields (subject, body, a reply) not to thrash. */
const RECENT_DRAFTS = 4;
let recent: Draft[] = [];

/** Forgets recent drafts (the sentence cache is separate: see clearSentenceCache). */
export function forgetDrafts(): void {
  recent = [];
}

const BUT = FLAG_INDEX.get('but')!;
const SPECIFIC = ELEMENT_INDEX.get('specific')!;

/** Sentences between stored running totals: few rows to copy, few sentences to count from one. */
const CHECKPOINT = 16;

/** Segments and analyses text[from, to), appending to the given lists (and noting cut runs in `notes`). */
function analyseRange(text: string, from: number, to: number, starts: number[], ends: number[], results: SentenceResult[], notes: RunNotes): void {
  engineStats.charsSegmented += to - from;
  const texts: string[] = [];
  for (const r of segmentRange(text, from, to, notes)) {
    starts.push(r.start);
    ends.push(r.end);
    texts.push(text.slice(r.start, r.end));
  }
  for (const r of analyzeSentences(texts)) results.push(r);
}

function piecesFor(text: string): Pieces {
  const starts: number[] = [];
  const ends: number[] = [];
  const results: SentenceResult[] = [];
  const notes = newNotes();
  analyseRange(text, 0, text.length, starts, ends, results, notes);
  let runs: RunMarks | null = null;
  if (notes.index.length > 0) markNotes(notes, (runs = noRunMarks(results.length)), 0);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), results, runs };
}

/**
 * Slices compared at a time, largest first: string equality on slices is a memory comparison,
 * so a long unchanged head costs a few comparisons, and at most three of each smaller size.
 */
const CHUNKS = [8192, 2048, 512, 128, 32];

/** Length of the common prefix. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const chunk of CHUNKS) {
    while (i + chunk <= n && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `limit` (so it never overlaps the prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  for (const chunk of CHUNKS) {
    while (i + chunk <= limit && a.slice(a.length - i - chunk, a.length - i) === b.slice(b.length - i - chunk, b.length - i)) {
      i += chunk;
    }
  }
  let ia = a.length - 1 - i;
  let ib = b.length - 1 - i;
  while (i < limit && a.charCodeAt(ia) === b.charCodeAt(ib)) {
    i++;
    ia--;
    ib--;
  }
  return i;
}

/** First index whose sentence ends at or after `pos` (ranges are sorted). */
function firstEndingAtOrAfter(ends: Int32Array, pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Last index whose sentence starts at or before `pos`, or -1. */
function lastStartingAtOrBefore(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** How the new draft's sentences relate to the old one's. */
interface Window {
  /** Leading sentences that are the same, at the same offsets. */
  head: number;
  /** Sentences segmented and analysed again. */
  mid: number;
  /** Index in the old draft of the first sentence kept after the window. */
  tailFrom: number;
  /** How far the kept sentences after the window moved. */
  delta: number;
}

/**
 * The new text's pieces, re-segmenting only a window around the edit: from the start of the
 * sentence before the first changed one to the end of the sentence after the last changed
 * one, so the boundaries at both edges are decided by unchanged text.
 */
function updatePieces(base: Draft, text: string, prefix: number, suffix: number): { pieces: Pieces; window: Window } {
  const old = base.pieces;
  const count = old.results.length;
  const delta = text.length - base.text.length;
  const editEndOld = base.text.length - suffix;

  // Most keystrokes change letters inside one sentence: when that cannot move any boundary,
  // only that sentence is analysed again, with no segmenting at all.
  const inside = firstEndingAtOrAfter(old.ends, editEndOld);
  if (
    inside < count &&
    editKeepsBoundaries(base.text, text, old.starts, old.ends, inside, prefix, editEndOld, text.length - suffix)
  ) {
    return replaceOne(old, inside, analyzeSentence(text.slice(old.starts[inside]!, old.ends[inside]! + delta)), delta);
  }
  // Inside a long run cut into chunks, only its cuts may move: cut it again from the chunk
  // before the edit until the cuts meet the old ones.
  const rechunked = old.runs ? rechunkedPieces(base, text, prefix, suffix) : null;
  if (rechunked) return rechunked;

  const first = firstEndingAtOrAfter(old.ends, prefix);
  let startIdx = first - 1; // the untouched sentence before, as context
  // A run cut into chunks (longer than MAX_SENTENCE) is segmented again whole: an edit in
  // it can move any of its cuts.
  while (startIdx > 0 && mayBeCutAfter(base.text, old.starts, old.ends, startIdx - 1)) startIdx--;
  // From where that sentence's segment began: its line's start when it is the first on its line
  // (a line's leading spaces belong to its first segment, and a run's cuts count from there).
  const from = startIdx >= 0 ? segmentStart(base.text, old, startIdx) : 0;

  const last = lastStartingAtOrBefore(old.starts, editEndOld);
  let endIdx = last + 1; // the untouched sentence after, as context
  while (endIdx < count - 1 && mayBeCutAfter(base.text, old.starts, old.ends, endIdx)) endIdx++;
  // To where the next sentence starts: a segment ends with its trailing spaces, and they count
  // in whether a run is cut (a run of 590 characters and 20 spaces is).
  const toOld = endIdx + 1 < count ? old.starts[endIdx + 1]! : base.text.length;
  const to = toOld + delta;

  const headCount = Math.max(0, startIdx);
  const tailFrom = endIdx + 1; // first old sentence kept after the window
  const tailCount = Math.max(0, count - tailFrom);
  const midStarts: number[] = [];
  const midEnds: number[] = [];
  const midResults: SentenceResult[] = [];
  const notes = newNotes();
  analyseRange(text, from, to, midStarts, midEnds, midResults, notes);

  const n = headCount + midResults.length + tailCount;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  starts.set(old.starts.subarray(0, headCount));
  ends.set(old.ends.subarray(0, headCount));
  let k = headCount;
  for (let i = 0; i < midResults.length; i++, k++) {
    starts[k] = midStarts[i]!;
    ends[k] = midEnds[i]!;
  }
  for (let i = tailFrom; i < count; i++, k++) {
    starts[k] = old.starts[i]! + delta;
    ends[k] = old.ends[i]! + delta;
  }
  const results = old.results.slice(0, headCount).concat(midResults, old.results.slice(tailFrom));
  let runs: RunMarks | null = null;
  if (old.runs || notes.index.length > 0) {
    runs = noRunMarks(n);
    if (old.runs) {
      copyRunMarks(old.runs, 0, headCount, runs, 0, 0);
      copyRunMarks(old.runs, tailFrom, tailCount, runs, headCount + midResults.length, delta);
    }
    markNotes(notes, runs, headCount);
  }
  return {
    pieces: { starts, ends, results, runs },
    window: { head: headCount, mid: midResults.length, tailFrom: Math.min(tailFrom, count), delta },
  };
}

/**
 * An edit inside a run cut at MAX_SENTENCE that leaves it a run (editStaysInRun): the run is
 * cut again from the first chunk whose cut may read the edit, and only until a cut lands where
 * an old one did (moved by the edit), from where the old chunks follow unchanged. Each cut
 * depends only on the text after the one before, so this gives what cutting the whole run
 * gives, at the cost of a chunk or two instead of the whole run. Null when not such an edit.
 */
function rechunkedPieces(base: Draft, text: string, prefix: number, suffix: number): { pieces: Pieces; window: Window } | null {
  const old = base.pieces;
  const marks = old.runs!;
  const count = old.results.length;
  const delta = text.length - base.text.length;
  const editEndOld = base.text.length - suffix;
  const i = firstEndingAtOrAfter(old.ends, prefix);
  if (i >= count) return null;
  // The run holding the edit: the chunks around sentence i (or the one after a gap between chunks).
  const runEnd = marks.ends[i]!;
  if (runEnd < 0 || editEndOld >= runEnd) return null;
  let first = i;
  while (first > 0 && marks.ends[first - 1] === runEnd) first--;
  let last = i;
  while (last + 1 < count && marks.ends[last + 1] === runEnd) last++;
  const runStart = marks.froms[first]!;
  if (runEnd + delta - runStart <= MAX_SENTENCE) return null; // no longer cut at all
  if (!editStaysInRun(base.text, text, runStart, runEnd, prefix, editEndOld, text.length - suffix)) return null;
  // A chunk's cut reads up to MAX_SENTENCE characters after its start (segment.ts cutAfter).
  let j0 = first;
  while (j0 < last && marks.froms[j0 + 1]! + MAX_SENTENCE + 1 < prefix) j0++;
  const editEndNew = text.length - suffix;
  // The old chunk starting (untrimmed) at `from`, among the run's later ones.
  let m = j0 + 1;
  const oldChunkAt = (from: number): boolean => {
    while (m <= last && marks.froms[m]! < from) m++;
    return m <= last && marks.froms[m] === from;
  };
  const cut = chunkRun(text, marks.froms[j0]!, runEnd + delta, (at) => at >= editEndNew && oldChunkAt(at - delta));
  const tailFrom = cut.stoppedAt >= 0 ? m : last + 1;
  const mid = cut.ranges.length;
  const tailCount = count - tailFrom;
  const n = j0 + mid + tailCount;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  starts.set(old.starts.subarray(0, j0));
  ends.set(old.ends.subarray(0, j0));
  const runs = noRunMarks(n);
  copyRunMarks(marks, 0, j0, runs, 0, 0);
  const texts: string[] = [];
  for (let k = 0; k < mid; k++) {
    const r = cut.ranges[k]!;
    starts[j0 + k] = r.start;
    ends[j0 + k] = r.end;
    runs.froms[j0 + k] = cut.froms[k]!;
    runs.ends[j0 + k] = runEnd + delta;
    texts.push(text.slice(r.start, r.end));
  }
  for (let k = 0; k < tailCount; k++) {
    starts[j0 + mid + k] = old.starts[tailFrom + k]! + delta;
    ends[j0 + mid + k] = old.ends[tailFrom + k]! + delta;
  }
  copyRunMarks(marks, tailFrom, tailCount, runs, j0 + mid, delta);
  engineStats.charsSegmented += mid > 0 ? ends[j0 + mid - 1]! - starts[j0]! : 0;
  const results = old.results.slice(0, j0).concat(analyzeSentences(texts), old.results.slice(tailFrom));
  return { pieces: { starts, ends, results, runs }, window: { head: j0, mid, tailFrom, delta } };
}

/** Where sentence i's segment began, untrimmed: its line's start if it is the first on its line. */
function segmentStart(text: string, pieces: Pieces, i: number): number {
  const start = pieces.starts[i]!;
  const prevEnd = i > 0 ? pieces.ends[i - 1]! : 0;
  for (let k = start - 1; k >= prevEnd; k--) {
    if (isLineBreak(text.charCodeAt(k))) return k + 1;
  }
  return i === 0 ? 0 : start;
}

/** Pieces with sentence i's result replaced and its end and everything after moved by `delta`. */
function replaceOne(old: Pieces, i: number, result: SentenceResult, delta: number): { pieces: Pieces; window: Window } {
  const count = old.results.length;
  const starts = old.starts.slice();
  const ends = old.ends.slice();
  ends[i]! += delta;
  for (let k = i + 1; k < count; k++) {
    starts[k]! += delta;
    ends[k]! += delta;
  }
  const results = old.results.slice();
  results[i] = result;
  let runs: RunMarks | null = null;
  if (old.runs) {
    // Sentence i is no chunk (editKeepsBoundaries): only the marks after it move.
    runs = noRunMarks(count);
    copyRunMarks(old.runs, 0, i + 1, runs, 0, 0);
    copyRunMarks(old.runs, i + 1, count - i - 1, runs, i + 1, delta);
  }
  return { pieces: { starts, ends, results, runs }, window: { head: i, mid: 1, tailFrom: i + 1, delta } };
}

/** Picks the remembered draft sharing the most with `text`, cheaply. */
function closestDraft(text: string): { draft: Draft; prefix: number; suffix: number } | null {
  let best: { draft: Draft; prefix: number; suffix: number } | null = null;
  for (const draft of recent) {
    const prefix = commonPrefix(draft.text, text);
    const limit = Math.min(draft.text.length, text.length) - prefix;
    const suffix = commonSuffix(draft.text, text, limit);
    if (!best || prefix + suffix > best.prefix + best.suffix) best = { draft, prefix, suffix };
    // The most recent draft usually shares almost everything: stop looking.
    if (prefix + suffix >= text.length / 2) break;
  }
  // Sharing little is no better than starting again.
  if (best && best.prefix + best.suffix < Math.min(64, text.length / 4)) return null;
  return best;
}

function remember(draft: Draft): void {
  recent = [draft, ...recent.filter((d) => d !== draft)].slice(0, RECENT_DRAFTS);
}

/**
 * Whether sentence i's leading "But" counts: "I'm sorry for cheating. But honestly, ..." :
 * after an apology in one of the two sentences before, unless the "but" rule already
 * covers it.
 */
function leadCounts(results: readonly SentenceResult[], i: number): boolean {
  const r = results[i]!;
  const lead = r.leadingBut;
  return (
    lead !== null &&
    ((i > 0 && results[i - 1]!.apology) || (i > 1 && results[i - 2]!.apology)) &&
    !r.flags.some((f) => f.rule === 'but' && f.start < lead.end && f.end > lead.start)
  );
}

/** Whether sentence i's excuse, minimizing, comparison and blame are taken back by the next one ("That was a lie."). */
function rebutted(results: readonly SentenceResult[], i: number): boolean {
  return i + 1 < results.length && results[i + 1]!.rebuts;
}

/** Adds sentence i's counts to `row`. Depends on sentences i-2 .. i+1 only. */
function addCounts(results: readonly SentenceResult[], i: number, row: Float64Array): void {
  const r = results[i]!;
  const own = r.counts;
  for (let j = 0; j < own.length; j += 2) row[own[j]!]! += own[j + 1]!;
  if (r.leadingBut !== null && leadCounts(results, i)) {
    row[C_HINTS]!++;
    row[C_RULE_FLAGS + BUT]!++;
  }
  if (rebutted(results, i)) {
    for (const f of r.flags) {
      if (!REBUTTABLE.has(f.rule)) continue;
      row[C_HINTS]!--;
      if (!f.learned) row[C_RULE_FLAGS + FLAG_INDEX.get(f.rule)!]!--;
    }
  }
}

/** Appends sentence i's findings, at its absolute offsets, to the lists. */
function placeFindings(pieces: Pieces, i: number, f: Findings): void {
  engineStats.findingsPlaced++;
  const r = pieces.results[i]!;
  const start = pieces.starts[i]!;
  let vague = false;
  let leadHint: Hint | null = null;
  if (r.leadingBut && leadCounts(pieces.results, i)) {
    leadHint = hintFor('but', start + r.leadingBut.start, start + r.leadingBut.end);
  }
  const takenBack = rebutted(pieces.results, i);
  for (const m of r.flags) {
    if (takenBack && REBUTTABLE.has(m.rule)) continue;
    const h = hintFor(m.rule, start + m.start, start + m.end, m.severity);
    if (leadHint && leadHint.start <= h.start) {
      f.hints.push(leadHint);
      leadHint = null;
    }
    f.hints.push(h);
    if (m.rule === 'vague') vague = true;
  }
  if (leadHint) f.hints.push(leadHint);
  const back = r.backReference;
  if (back && !vague) f.backRefs.push(hintFor('vague', start + back.start, start + back.end));
  for (const e of r.elements) {
    const list = f.spans[ELEMENT_INDEX.get(e.id)!]!;
    for (const sp of e.spans) list.push({ start: start + sp.start, end: start + sp.end });
  }
  for (const sp of r.support) f.support.push({ start: start + sp.start, end: start + sp.end });
}

/** Fills `out` with the running totals before sentence i (rows are filled in as needed). */
function totalsBefore(d: Draft, i: number, out: Float64Array): Float64Array {
  const rows = d.findings.rows;
  const k = Math.floor(i / CHECKPOINT);
  const results = d.pieces.results;
  while (rows.length <= k) {
    const from = (rows.length - 1) * CHECKPOINT;
    const row = rows[rows.length - 1]!.slice();
    for (let j = from; j < from + CHECKPOINT; j++) addCounts(results, j, row);
    rows.push(row);
  }
  out.set(rows[k]!);
  for (let j = k * CHECKPOINT; j < i; j++) addCounts(results, j, out);
  return out;
}

const ZERO_ROW = new Float64Array(STRIDE);

function newFindings(): Findings {
  return { hints: [], backRefs: [], spans: [], support: [], totals: new Float64Array(STRIDE), rows: [ZERO_ROW] };
}

/** Places sentences [from, to) one by one, keeping the running totals in `row`. */
function placeRange(pieces: Pieces, from: number, to: number, f: Findings, row: Float64Array): void {
  for (let i = from; i < to; i++) {
    if (i % CHECKPOINT === 0 && i / CHECKPOINT === f.rows.length) f.rows.push(row.slice());
    placeFindings(pieces, i, f);
    addCounts(pieces.results, i, row);
  }
}

/** All findings of a draft analysed from scratch. */
function findingsFor(pieces: Pieces): Findings {
  const f = newFindings();
  f.spans = ELEMENT_IDS.map(() => []);
  placeRange(pieces, 0, pieces.results.length, f, f.totals);
  return f;
}

/** A hint moved by `delta`, built like `hintFor` builds it (same fields, same order). */
function shiftedHint(h: Hint, delta: number): Hint {
  const out: Hint = {
    rule: h.rule,
    kind: h.kind,
    start: h.start + delta,
    end: h.end + delta,
    severity: h.severity,
    title: h.title,
    explanation: h.explanation,
  };
  if (h.suggestion !== undefined) out.suggestion = h.suggestion;
  return out;
}

/** Appends `from[at ..]`, moved by `delta`, to `to` (grown once, then filled in place). */
function copyShiftedHints(from: readonly Hint[], at: number, to: Hint[], delta: number): void {
  let k = to.length;
  to.length = k + from.length - at;
  if (delta === 0) for (let i = at; i < from.length; i++) to[k++] = from[i]!;
  else for (let i = at; i < from.length; i++) to[k++] = shiftedHint(from[i]!, delta);
}

function copyShiftedSpans(from: readonly Span[], at: number, to: Span[], delta: number): void {
  let k = to.length;
  to.length = k + from.length - at;
  if (delta === 0) for (let i = at; i < from.length; i++) to[k++] = from[i]!;
  else {
    for (let i = at; i < from.length; i++) {
      const s = from[i]!;
      to[k++] = { start: s.start + delta, end: s.end + delta };
    }
  }
}

/**
 * The new draft's findings from the old draft's: the head's lists sliced, the window's
 * sentences (with the one before it, whose flags a rebuttal in the window can take back, and
 * the two after it, whose leading "But" looks back into the window) placed one by one, and everything after copied from the old lists at shifted offsets, with the
 * old totals' difference for their counts.
 */
function updateFindings(base: Draft, pieces: Pieces, w: Window): Findings {
  const n = pieces.results.length;
  const f = newFindings();
  // One sentence before the window is placed again too: whether its flags stand depends on
  // the sentence after it (a rebuttal, "That was a lie."), which may be in the window.
  const head = Math.max(0, w.head - 1);
  const row = totalsBefore(base, head, new Float64Array(STRIDE));
  const old = base.findings;
  f.rows = old.rows.slice(0, Math.floor(head / CHECKPOINT) + 1);
  f.hints = old.hints.slice(0, row[C_HINTS]);
  f.backRefs = old.backRefs.slice(0, row[C_BACK]);
  f.spans = old.spans.map((list, k) => list.slice(0, row[C_SPANS + k]));
  f.support = old.support.slice(0, row[C_SUPPORT]);
  const oldCount = base.pieces.results.length;
  const placedTail = Math.min(2, oldCount - w.tailFrom);
  const bulkFrom = w.head + w.mid + placedTail; // new index
  placeRange(pieces, head, bulkFrom, f, row);
  f.totals = row;
  if (bulkFrom < n) {
    const oldAt = totalsBefore(base, w.tailFrom + placedTail, new Float64Array(STRIDE));
    const delta = w.delta;
    copyShiftedHints(old.hints, oldAt[C_HINTS]!, f.hints, delta);
    copyShiftedHints(old.backRefs, oldAt[C_BACK]!, f.backRefs, delta);
    for (let k = 0; k < ELEMENT_IDS.length; k++) copyShiftedSpans(old.spans[k]!, oldAt[C_SPANS + k]!, f.spans[k]!, delta);
    copyShiftedSpans(old.support, oldAt[C_SUPPORT]!, f.support, delta);
    for (let c = 0; c < STRIDE; c++) row[c]! += old.totals[c]! - oldAt[c]!;
    if (delta !== 0) engineStats.findingsPlaced += n - bulkFrom;
  }
  return f;
}

/**
 * The draft-wide decisions, which depend on the draft's totals alone: a keystroke that leaves
 * every count as it was (most do) keeps the last draft's decisions without weighing again.
 */
interface Verdict {
  english: boolean;
  amends: boolean;
  /** Hints are withheld: ordinary mail that says sorry. */
  quiet: boolean;
  /** Back-references are shown as vague: nothing specific is named anywhere. */
  backRefs: boolean;
  prompts: Prompt[];
}

function verdictOf(total: Float64Array): Verdict {
  const lang = {
    words: total[C_LANG]!,
    english: total[C_LANG + 1]!,
    foreign: total[C_LANG + 2]!,
    latinLetters: total[C_LANG + 3]!,
    otherLetters: total[C_LANG + 4]!,
  };
  if (!isEnglish(lang)) return { english: false, amends: false, quiet: true, backRefs: false, prompts: [] };
  // A look back at something never named ("what happened that night") is vague only when
  // nothing specific is named anywhere in the draft.
  const backRefs = backRefsShown(total, total[C_PRESENT + SPECIFIC]! > 0);
  // What the rules alone found: whether a text reads as amends is the rules' call, so a
  // learned guess never turns ordinary mail into something the coach comments on.
  const evidence = evidenceOf(total, ruleFlagsOf(total));
  const amends = readsAsAmends(evidence);
  if (!amends) {
    // Ordinary mail that says sorry: stay quiet. A short fragment with no sign either way
    // ("Your car got scraped while it was with me.") keeps its hints.
    return { english: true, amends, quiet: readsAsOrdinaryMail(evidence.cues[0]!, evidence.words! < WHOLE_MESSAGE_WORDS), backRefs, prompts: [] };
  }
  const missing = ELEMENT_IDS.filter((_, k) => !(total[C_PRESENT + k]! > 0));
  return { english: true, amends, quiet: false, backRefs, prompts: promptsFor(missing) };
}

function sameTotals(a: Float64Array, b: Float64Array): boolean {
  for (let c = 0; c < STRIDE; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** The analysis from the gathered findings and the draft-wide decisions. */
function assemble(f: Findings, v: Verdict): Analysis {
  const total = f.totals;
  // The lists are the draft's own and never change once built (a later draft copies what it
  // keeps), so the analysis hands them out as they are rather than copying them again.
  const support = { needed: f.support.length > 0, spans: f.support };
  const elements = {} as Record<ElementId, ElementFinding>;
  for (let k = 0; k < ELEMENT_IDS.length; k++) {
    const id = ELEMENT_IDS[k]!;
    elements[id] = v.english && total[C_PRESENT + k]! > 0 ? { id, present: true, spans: f.spans[k]! } : { id, present: false, spans: [] };
  }
  if (!v.english) return { amends: false, english: false, hints: [], elements, prompts: [], support };
  let hints = f.hints;
  if (v.backRefs) {
    hints = hints.concat(f.backRefs);
    hints.sort((x, y) => x.start - y.start);
  }
  if (v.quiet) hints = [];
  return { amends: v.amends, english: true, hints, elements, prompts: v.prompts, support };
}

/**
 * Any sign of ordinary mail: logistics, a politeness apology, sympathy, recovery told about
 * rather than amends made (a sponsor quoting a draft's "I'm sorry if you felt" to cut it, a
 * speaker's share), an organisation.
 *
 * A fragment (a sentence or two) asks for more. An organisation's "we" or a word of business is
 * no such sign there: "We're sorry if anyone was offended", "Some figures in the quarterly report
 * were overstated" are flawed apologies, and their hints stay. A small inconvenience apologised
 * for is, unless the fragment also speaks of harm ("Sorry for any confusion, the meeting's moved"
 * stays quiet; "sorry for any trouble, I lied to you about the money" does not), and so are plans
 * moved or an occasion declined.
 */
function readsAsOrdinaryMail(c: AmendsCues, fragment: boolean): boolean {
  if (fragment) return c.sympathy > 0 || c.retold > 0 || c.plans > 0 || c.declining > 0 || (c.politeness > 0 && c.harm === 0);
  return c.business > 0 || c.politeness > 0 || c.sympathy > 0 || c.retold > 0 || c.impersonal > 0;
}

/** Whether the draft's back-references are shown as vague: only when nothing specific is named. */
function backRefsShown(total: Float64Array, specific: boolean): boolean {
  return total[C_BACK]! > 0 && !specific;
}

/** The flags the rules found in the draft (back-references count as vague when no rule found anything specific). */
function ruleFlagsOf(total: Float64Array): Set<FlagId> {
  const flags = new Set<FlagId>(FLAG_IDS.filter((_, k) => total[C_RULE_FLAGS + k]! > 0));
  if (backRefsShown(total, total[C_RULE_ELEMENTS + SPECIFIC]! > 0)) flags.add('vague');
  return flags;
}

/**
 * What the amends verdict reads, from a draft's totals: its cues summed, its word count, and
 * the elements and flags the rules found (a learned guess never turns ordinary mail into
 * something the coach comments on).
 */
function evidenceOf(total: Float64Array, ruleFlags: ReadonlySet<FlagId>): AmendsEvidence {
  const cues = {} as AmendsCues;
  for (let k = 0; k < CUE_KEYS.length; k++) cues[CUE_KEYS[k]!] = total[C_CUES + k]!;
  const elements = new Set<ElementId>(ELEMENT_IDS.filter((_, k) => total[C_RULE_ELEMENTS + k]! > 0));
  return { cues: [cues], elements, flags: ruleFlags, words: total[C_LANG]! };
}

function hintFor(rule: FlagId, start: number, end: number, severity?: Hint['severity']): Hint {
  const r = RULE_BY_ID.get(rule)!;
  const hint: Hint = {
    rule,
    kind: 'flag',
    start,
    end,
    severity: severity ?? r.severity,
    title: r.title,
    explanation: r.explanation,
  };
  if (r.suggestion) hint.suggestion = r.suggestion;
  return hint;
}

/**
 * Analyses a draft: hints (flags with UTF-16 offsets into `text`, sorted by start), the
 * seven elements, prompts for the missing ones, whether it reads as amends, whether it is
 * English, and crisis language. Never throws; repeated calls with small edits cost only the
 * sentences around the edit.
 *
 * The returned object is shared with the engine's memory of recent drafts: treat it as
 * read-only.
 */
export function analyzeDraft(text: string): Analysis {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  for (const d of recent) {
    if (d.text === text) {
      remember(d);
      return d.analysis;
    }
  }
  const base = closestDraft(text);
  let pieces: Pieces;
  let findings: Findings;
  let verdict: Verdict;
  if (base) {
    const update = updatePieces(base.draft, text, base.prefix, base.suffix);
    pieces = update.pieces;
    findings = updateFindings(base.draft, pieces, update.window);
    verdict = sameTotals(findings.totals, base.draft.findings.totals) ? base.draft.verdict : verdictOf(findings.totals);
  } else {
    pieces = piecesFor(text);
    findings = findingsFor(pieces);
    verdict = verdictOf(findings.totals);
  }
  const draft: Draft = { text, pieces, findings, verdict, analysis: assemble(findings, verdict) };
  remember(draft);
  return draft.analysis;
}

/** What the amends verdict read for `text` (training its learned check, tools, tests). */
export function amendsEvidenceOf(text: string): AmendsEvidence {
  analyzeDraft(text);
  const d = recent.find((x) => x.text === text)!;
  return evidenceOf(d.findings.totals, ruleFlagsOf(d.findings.totals));
}

/** The sentence ranges of the last analysis of `text` (for tests and tools). */
export function sentenceRangesOf(text: string): Span[] {
  analyzeDraft(text);
  const d = recent.find((x) => x.text === text);
  if (!d) return [];
  const out: Span[] = [];
  for (let i = 0; i < d.pieces.starts.length; i++) out.push({ start: d.pieces.starts[i]!, end: d.pieces.ends[i]! });
  return out;
}
