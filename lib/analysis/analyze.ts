/**
 * `analyzeDraft`: the whole engine for one draft, incremental by design.
 *
 * The coach calls this on every keystroke. A few recent drafts are remembered with their
 * sentences; a new text is compared with the closest one (common prefix and suffix), and
 * only the sentences around the edit are segmented again. Sentences outside the edit keep
 * their cached results and are only shifted. What remains per keystroke is assembling the
 * output (a loop over sentences with no matching) and the prefix/suffix comparison (a
 * character loop that stops at the first difference).
 *
 * Gates, in order:
 * - not English: no hints, no elements, not amends (say nothing rather than nonsense);
 *   support is still reported, because missing a crisis matters more than a wrong language.
 * - not amends: no prompts; hints are withheld when the draft reads as ordinary mail (a
 *   politeness apology, logistics, sympathy, an organisation speaking), kept on a fragment
 *   with no sign either way. Elements and support are always reported.
 */
import { readsAsAmends, type AmendsCues } from './amends-detect';
import { isEnglish } from './language';
import { promptsFor } from './prompts';
import { FLAG_RULES } from './rules';
import { segmentRange } from './segment';
import { analyzeSentence, engineStats, type SentenceResult } from './sentence-analysis';
import {
  ELEMENT_IDS,
  FLAG_IDS,
  type Analysis,
  type ElementFinding,
  type ElementId,
  type FlagId,
  type Hint,
  type Span,
} from './types';

/**
 * One sentence's findings at absolute offsets. Element spans are kept in one list, in the
 * order of the result's elements (whose ids and counts say which span is whose): a sentence
 * that moves costs its findings' objects and little else.
 */
interface Built {
  hints: readonly Hint[];
  /** Bit i set when FLAG_IDS[i] is among the hints. */
  flagMask: number;
  elementSpans: readonly Span[];
  support: readonly Span[];
}

const NONE: readonly never[] = Object.freeze([]);
const NOTHING_FOUND: Built = Object.freeze({ hints: NONE, flagMask: 0, elementSpans: NONE, support: NONE });

/**
 * A draft's sentences, as parallel arrays: ranges in typed arrays (shifting the sentences
 * after an edit is one tight loop, with no object per sentence), results shared with the
 * sentence cache, and each sentence's findings at its absolute offsets, built once and
 * reused by the next draft while the sentence stays where it is.
 */
interface Pieces {
  starts: Int32Array;
  ends: Int32Array;
  results: SentenceResult[];
  built: (Built | undefined)[];
  /** How many leading sentences are the same, at the same offsets, as in `from`. */
  kept: number;
  from: Draft | null;
}

interface Draft {
  text: string;
  pieces: Pieces;
  analysis: Analysis;
  assembly: Assembly;
}

/** Recent drafts: enough for a couple of fields (subject, body, a reply) not to thrash. */
const RECENT_DRAFTS = 4;
let recent: Draft[] = [];

/** Forgets recent drafts (the sentence cache is separate: see clearSentenceCache). */
export function forgetDrafts(): void {
  recent = [];
}

const RULE_TEXT = new Map(FLAG_RULES.map((r) => [r.id, r]));
const FLAG_BIT = new Map<FlagId, number>(FLAG_IDS.map((id, i) => [id, 1 << i]));

/** Segments and analyses text[from, to), appending to the given lists. */
function analyseRange(text: string, from: number, to: number, starts: number[], ends: number[], results: SentenceResult[]): void {
  engineStats.charsSegmented += to - from;
  for (const r of segmentRange(text, from, to)) {
    starts.push(r.start);
    ends.push(r.end);
    results.push(analyzeSentence(text.slice(r.start, r.end)));
  }
}

function piecesFor(text: string): Pieces {
  const starts: number[] = [];
  const ends: number[] = [];
  const results: SentenceResult[] = [];
  analyseRange(text, 0, text.length, starts, ends, results);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), results, built: new Array(results.length), kept: 0, from: null };
}

/**
 * Length of the common prefix. Compares 256-character slices first (string equality on
 * slices is a memory comparison), then characters, so a long unchanged head costs little.
 */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const chunk of [8192, 256]) {
    while (i + chunk <= n && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `limit` (so it never overlaps the prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  for (const chunk of [8192, 256]) {
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

/**
 * The new text's pieces, re-segmenting only a window around the edit: from the start of the
 * sentence before the first changed one to the end of the sentence after the last changed
 * one, so the boundaries at both edges are decided by unchanged text.
 */
function updatePieces(base: Draft, text: string, prefix: number, suffix: number): Pieces {
  const old = base.pieces;
  const count = old.results.length;
  const delta = text.length - base.text.length;
  const editEndOld = base.text.length - suffix;

  const first = firstEndingAtOrAfter(old.ends, prefix);
  const startIdx = first - 1; // the untouched sentence before, as context
  const from = startIdx >= 0 ? old.starts[startIdx]! : 0;

  const last = lastStartingAtOrBefore(old.starts, editEndOld);
  const endIdx = last + 1; // the untouched sentence after, as context
  const toOld = endIdx < count ? old.ends[endIdx]! : base.text.length;
  const to = toOld + delta;

  const headCount = Math.max(0, startIdx);
  const tailFrom = endIdx + 1; // first old sentence kept after the window
  const tailCount = Math.max(0, count - tailFrom);
  const midStarts: number[] = [];
  const midEnds: number[] = [];
  const midResults: SentenceResult[] = [];
  analyseRange(text, from, to, midStarts, midEnds, midResults);

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
  // Findings at absolute offsets stay valid where the sentence did not move.
  const built: (Built | undefined)[] = old.built.slice(0, headCount);
  built.length = n;
  if (delta === 0) for (let i = 0; i < tailCount; i++) built[headCount + midResults.length + i] = old.built[tailFrom + i];
  return { starts, ends, results, built, kept: headCount, from: base };
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
 * What the assembly loop gathered from a draft's sentences, kept with the draft so the
 * next draft reuses it for the sentences before the edit: lists in sentence order (sliced,
 * never mutated, so an earlier result stays as it was) and, in `acc`, running totals at
 * each sentence boundary (row i: everything from sentences before i).
 */
interface Assembly {
  /** Hints in sentence order, leading-"But" hints included, back-references not. */
  hints: Hint[];
  backRefs: Hint[];
  /** Element spans, one list per ELEMENT_IDS entry. */
  spans: Span[][];
  support: Span[];
  acc: Float64Array;
}

// Columns of Assembly.acc: list lengths, language counts, amends cues, and bit masks.
const A_HINTS = 0;
const A_BACK = 1;
const A_SUPPORT = 2;
const A_SPANS = 3; // + element index
const A_LANG = A_SPANS + ELEMENT_IDS.length; // words, english, foreign, latinLetters, otherLetters
const A_CUES = A_LANG + 5; // harm, recovery, business, politeness, sympathy, impersonal, addressed (count)
const A_RULE_FLAGS = A_CUES + 7;
const A_RULE_ELEMENTS = A_RULE_FLAGS + 1;
const A_PRESENT = A_RULE_ELEMENTS + 1;
const STRIDE = A_PRESENT + 1;

const ELEMENT_INDEX = new Map<ElementId, number>(ELEMENT_IDS.map((id, i) => [id, i]));
const BUT_BIT = 1 << FLAG_IDS.indexOf('but');
const VAGUE_BIT = 1 << FLAG_IDS.indexOf('vague');
const SPECIFIC_BIT = 1 << ELEMENT_IDS.indexOf('specific');

/** Sentence i's findings at its absolute offsets (kept with the pieces). */
function builtAt(pieces: Pieces, i: number): Built {
  const cached = pieces.built[i];
  if (cached) return cached;
  engineStats.findingsPlaced++;
  const r = pieces.results[i]!;
  let b = NOTHING_FOUND;
  if (r.flags.length > 0 || r.elements.length > 0 || r.support.length > 0) {
    const start = pieces.starts[i]!;
    let hints: readonly Hint[] = NONE;
    let flagMask = 0;
    if (r.flags.length > 0) {
      const list: Hint[] = [];
      for (const f of r.flags) {
        list.push(hintFor(f.rule, start + f.start, start + f.end, f.severity));
        flagMask |= FLAG_BIT.get(f.rule)!;
      }
      hints = list;
    }
    let elementSpans: readonly Span[] = NONE;
    if (r.elements.length > 0) {
      const list: Span[] = [];
      for (const e of r.elements) for (const sp of e.spans) list.push({ start: start + sp.start, end: start + sp.end });
      elementSpans = list;
    }
    let support: readonly Span[] = NONE;
    if (r.support.length > 0) support = r.support.map((sp) => ({ start: start + sp.start, end: start + sp.end }));
    b = { hints, flagMask, elementSpans, support };
  }
  pieces.built[i] = b;
  return b;
}

/**
 * Gathers the sentences' findings. The first `keep` sentences are taken from `prev` (the
 * assembly of a draft whose first `keep` sentences are the same, at the same offsets); only
 * the rest are visited.
 */
function gather(pieces: Pieces, prev: Assembly | null, keep: number): Assembly {
  const results = pieces.results;
  const n = results.length;
  const acc = new Float64Array((n + 1) * STRIDE);
  let a: Assembly;
  if (prev && keep > 0) {
    const row = keep * STRIDE;
    acc.set(prev.acc.subarray(0, row + STRIDE));
    a = {
      hints: prev.hints.slice(0, acc[row + A_HINTS]),
      backRefs: prev.backRefs.slice(0, acc[row + A_BACK]),
      spans: prev.spans.map((list, k) => list.slice(0, acc[row + A_SPANS + k])),
      support: prev.support.slice(0, acc[row + A_SUPPORT]),
      acc,
    };
  } else {
    keep = 0;
    a = { hints: [], backRefs: [], spans: ELEMENT_IDS.map(() => []), support: [], acc };
  }
  const { hints, backRefs, spans, support } = a;
  // Running values of the current row, written out after each sentence.
  const run = acc.slice(keep * STRIDE, keep * STRIDE + STRIDE);
  for (let i = keep; i < n; i++) {
    const b = builtAt(pieces, i);
    const r = results[i]!;
    for (const s of b.support) support.push(s);
    const lang = r.lang;
    run[A_LANG]! += lang.words;
    run[A_LANG + 1]! += lang.english;
    run[A_LANG + 2]! += lang.foreign;
    run[A_LANG + 3]! += lang.latinLetters;
    run[A_LANG + 4]! += lang.otherLetters;
    const c = r.cues;
    run[A_CUES]! += c.harm;
    run[A_CUES + 1]! += c.recovery;
    run[A_CUES + 2]! += c.business;
    run[A_CUES + 3]! += c.politeness;
    run[A_CUES + 4]! += c.sympathy;
    run[A_CUES + 5]! += c.impersonal;
    if (c.addressed) run[A_CUES + 6]!++;
    let present = run[A_PRESENT]!;
    let ruleElements = run[A_RULE_ELEMENTS]!;
    let k = 0;
    for (const e of r.elements) {
      const idx = ELEMENT_INDEX.get(e.id)!;
      present |= 1 << idx;
      if (!e.learned) ruleElements |= 1 << idx;
      const list = spans[idx]!;
      for (let m = e.spans.length; m > 0; m--) list.push(b.elementSpans[k++]!);
    }
    run[A_PRESENT] = present;
    run[A_RULE_ELEMENTS] = ruleElements;
    let ruleFlags = run[A_RULE_FLAGS]!;
    for (const f of r.flags) if (!f.learned) ruleFlags |= FLAG_BIT.get(f.rule)!;
    const start = pieces.starts[i]!;
    const back = r.backReference;
    if (back && !(b.flagMask & VAGUE_BIT)) backRefs.push(hintFor('vague', start + back.start, start + back.end));
    // "I'm sorry for cheating. But honestly, ..." : a leading "But" counts after an apology
    // in one of the two sentences before.
    const lead = r.leadingBut;
    const leadCounts =
      lead !== null &&
      ((i > 0 && results[i - 1]!.apology) || (i > 1 && results[i - 2]!.apology)) &&
      !r.flags.some((f) => f.rule === 'but' && f.start < lead.end && f.end > lead.start);
    if (!leadCounts) {
      for (const h of b.hints) hints.push(h);
    } else {
      const leadHint = hintFor('but', start + lead.start, start + lead.end);
      ruleFlags |= BUT_BIT;
      let placed = false;
      for (const h of b.hints) {
        if (!placed && leadHint.start <= h.start) {
          hints.push(leadHint);
          placed = true;
        }
        hints.push(h);
      }
      if (!placed) hints.push(leadHint);
    }
    run[A_RULE_FLAGS] = ruleFlags;
    run[A_HINTS] = hints.length;
    run[A_BACK] = backRefs.length;
    run[A_SUPPORT] = support.length;
    for (let e = 0; e < spans.length; e++) run[A_SPANS + e] = spans[e]!.length;
    acc.set(run, (i + 1) * STRIDE);
  }
  return a;
}

function assemble(pieces: Pieces, prev: Assembly | null, keep: number): { analysis: Analysis; assembly: Assembly } {
  const a = gather(pieces, prev, keep);
  const total = a.acc.subarray(pieces.results.length * STRIDE);
  const supportSpans = a.support.slice();
  const support = { needed: supportSpans.length > 0, spans: supportSpans };
  const lang = {
    words: total[A_LANG]!,
    english: total[A_LANG + 1]!,
    foreign: total[A_LANG + 2]!,
    latinLetters: total[A_LANG + 3]!,
    otherLetters: total[A_LANG + 4]!,
  };
  const english = isEnglish(lang);
  const elements = {} as Record<ElementId, ElementFinding>;
  const present = total[A_PRESENT]!;
  ELEMENT_IDS.forEach((id, k) => {
    elements[id] = english && present & (1 << k) ? { id, present: true, spans: a.spans[k]!.slice() } : { id, present: false, spans: [] };
  });
  if (!english) {
    return { analysis: { amends: false, english, hints: [], elements, prompts: [], support }, assembly: a };
  }
  let hints = a.hints.slice();
  let ruleFlagMask = total[A_RULE_FLAGS]!;
  if (a.backRefs.length > 0 && !(present & SPECIFIC_BIT)) {
    hints.push(...a.backRefs);
    hints.sort((x, y) => x.start - y.start);
    ruleFlagMask |= VAGUE_BIT;
  }
  // What the rules alone found: whether a text reads as amends is the rules' call, so a
  // learned guess never turns ordinary mail into something the coach comments on.
  const ruleFlags = new Set<FlagId>(FLAG_IDS.filter((id) => (ruleFlagMask & FLAG_BIT.get(id)!) !== 0));
  const ruleElementMask = total[A_RULE_ELEMENTS]!;
  const ruleElements = new Set<ElementId>(ELEMENT_IDS.filter((_, k) => (ruleElementMask & (1 << k)) !== 0));
  // The cues summed over the draft: the verdict only adds them up (and asks whether any
  // sentence speaks to "you").
  const cues: AmendsCues = {
    harm: total[A_CUES]!,
    recovery: total[A_CUES + 1]!,
    business: total[A_CUES + 2]!,
    politeness: total[A_CUES + 3]!,
    sympathy: total[A_CUES + 4]!,
    impersonal: total[A_CUES + 5]!,
    addressed: total[A_CUES + 6]! > 0,
  };
  const amends = readsAsAmends({ cues: [cues], elements: ruleElements, flags: ruleFlags });
  if (!amends) {
    // Ordinary mail that says sorry: stay quiet. A short fragment with no sign either way
    // ("Your car got scraped while it was with me.") keeps its hints.
    if (readsAsOrdinaryMail([cues])) hints = [];
    return { analysis: { amends, english, hints, elements, prompts: [], support }, assembly: a };
  }
  const missing = ELEMENT_IDS.filter((id) => !elements[id].present);
  return { analysis: { amends, english, hints, elements, prompts: promptsFor(missing), support }, assembly: a };
}

/** Any sign of ordinary mail: logistics, a politeness apology, sympathy, an organisation. */
function readsAsOrdinaryMail(cues: readonly AmendsCues[]): boolean {
  for (const c of cues) {
    if (c.business > 0 || c.politeness > 0 || c.sympathy > 0 || c.impersonal > 0) return true;
  }
  return false;
}

function hintFor(rule: FlagId, start: number, end: number, severity?: Hint['severity']): Hint {
  const r = RULE_TEXT.get(rule)!;
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
  const pieces = base ? updatePieces(base.draft, text, base.prefix, base.suffix) : piecesFor(text);
  const { analysis, assembly } = assemble(pieces, pieces.from?.assembly ?? null, pieces.kept);
  // The previous draft is not needed any more through these pieces.
  pieces.from = null;
  const draft: Draft = { text, pieces, analysis, assembly };
  remember(draft);
  return draft.analysis;
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
