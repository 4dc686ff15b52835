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
import { addStats, emptyStats, isEnglish } from './language';
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

interface Piece {
  start: number;
  end: number;
  result: SentenceResult;
  /** Hints and element spans at this piece's offsets, built once and reused while it stays put. */
  built?: Built;
}

interface Built {
  hints: Hint[];
  /** Bit i set when FLAG_IDS[i] is among the hints. */
  flagMask: number;
  elements: { id: ElementId; spans: Span[] }[];
  support: Span[];
}

interface Draft {
  text: string;
  pieces: Piece[];
  analysis: Analysis;
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

function piecesFor(text: string, from: number, to: number): Piece[] {
  engineStats.charsSegmented += to - from;
  return segmentRange(text, from, to).map((r) => ({
    start: r.start,
    end: r.end,
    result: analyzeSentence(text.slice(r.start, r.end)),
  }));
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

/** First index whose piece ends at or after `pos` (pieces are sorted). */
function firstEndingAtOrAfter(pieces: Piece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Last index whose piece starts at or before `pos`, or -1. */
function lastStartingAtOrBefore(pieces: Piece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The new text's pieces, re-segmenting only a window around the edit: from the start of the
 * sentence before the first changed one to the end of the sentence after the last changed
 * one, so the boundaries at both edges are decided by unchanged text.
 */
function updatePieces(base: Draft, text: string, prefix: number, suffix: number): Piece[] {
  const old = base.pieces;
  const delta = text.length - base.text.length;
  const editEndOld = base.text.length - suffix;

  const first = firstEndingAtOrAfter(old, prefix);
  const startIdx = first - 1; // the untouched sentence before, as context
  const from = startIdx >= 0 ? old[startIdx]!.start : 0;

  const last = lastStartingAtOrBefore(old, editEndOld);
  const endIdx = last + 1; // the untouched sentence after, as context
  const toOld = endIdx < old.length ? old[endIdx]!.end : base.text.length;
  const to = toOld + delta;

  const head = startIdx > 0 ? old.slice(0, startIdx) : [];
  const middle = piecesFor(text, from, to);
  const out = head.concat(middle);
  for (let i = endIdx + 1; i < old.length; i++) {
    const p = old[i]!;
    out.push(delta === 0 ? p : { start: p.start + delta, end: p.end + delta, result: p.result });
  }
  return out;
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

function emptyElements(): Record<ElementId, ElementFinding> {
  const out = {} as Record<ElementId, ElementFinding>;
  for (const id of ELEMENT_IDS) out[id] = { id, present: false, spans: [] };
  return out;
}

/** The piece's findings at its absolute offsets (cached on the piece). */
function built(p: Piece): Built {
  if (p.built) return p.built;
  const r = p.result;
  const hints: Hint[] = [];
  for (const f of r.flags) hints.push(hintFor(f.rule, p.start + f.start, p.start + f.end, f.severity));
  const elements = r.elements.map((e) => ({
    id: e.id,
    spans: e.spans.map((s) => ({ start: p.start + s.start, end: p.start + s.end })),
  }));
  const support = r.support.map((s) => ({ start: p.start + s.start, end: p.start + s.end }));
  let flagMask = 0;
  for (const f of r.flags) flagMask |= FLAG_BIT.get(f.rule)!;
  p.built = { hints, flagMask, elements, support };
  return p.built;
}

function assemble(pieces: Piece[]): Analysis {
  const lang = emptyStats();
  for (const p of pieces) addStats(lang, p.result.lang);
  const english = isEnglish(lang);
  const supportSpans: Span[] = [];
  const elements = emptyElements();
  const hints: Hint[] = [];
  let flagMask = 0;
  const cues: AmendsCues[] = [];
  const backRefs: Hint[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const b = built(p);
    for (const s of b.support) supportSpans.push(s);
    if (!english) continue;
    const r = p.result;
    cues.push(r.cues);
    for (const e of b.elements) {
      const finding = elements[e.id];
      finding.present = true;
      for (const s of e.spans) finding.spans.push(s);
    }
    // "I'm sorry for cheating. But honestly, ..." : a leading "But" counts after an apology
    // in one of the two sentences before.
    const lead = r.leadingBut;
    const leadCounts =
      lead !== null &&
      ((i > 0 && pieces[i - 1]!.result.apology) || (i > 1 && pieces[i - 2]!.result.apology)) &&
      !r.flags.some((f) => f.rule === 'but' && f.start < lead.end && f.end > lead.start);
    flagMask |= b.flagMask;
    const back = r.backReference;
    if (back && !(b.flagMask & FLAG_BIT.get('vague')!)) backRefs.push(hintFor('vague', p.start + back.start, p.start + back.end));
    if (!leadCounts) {
      for (const h of b.hints) hints.push(h);
      continue;
    }
    const leadHint = hintFor('but', p.start + lead.start, p.start + lead.end);
    flagMask |= FLAG_BIT.get('but')!;
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
  if (backRefs.length > 0 && !elements.specific.present) {
    hints.push(...backRefs);
    hints.sort((a, b) => a.start - b.start);
    flagMask |= FLAG_BIT.get('vague')!;
  }
  const flagSet = new Set<FlagId>(FLAG_IDS.filter((id) => (flagMask & FLAG_BIT.get(id)!) !== 0));
  const support = { needed: supportSpans.length > 0, spans: supportSpans };
  if (!english) {
    return { amends: false, english, hints: [], elements, prompts: [], support };
  }

  const present = new Set<ElementId>(ELEMENT_IDS.filter((id) => elements[id].present));
  const amends = readsAsAmends({ cues, elements: present, flags: flagSet });
  if (!amends) {
    // Ordinary mail that says sorry: stay quiet. A short fragment with no sign either way
    // ("Your car got scraped while it was with me.") keeps its hints.
    return { amends, english, hints: readsAsOrdinaryMail(cues) ? [] : hints, elements, prompts: [], support };
  }
  const missing = ELEMENT_IDS.filter((id) => !elements[id].present);
  return { amends, english, hints, elements, prompts: promptsFor(missing), support };
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
  const pieces = base
    ? updatePieces(base.draft, text, base.prefix, base.suffix)
    : piecesFor(text, 0, text.length);
  const draft: Draft = { text, pieces, analysis: assemble(pieces) };
  remember(draft);
  return draft.analysis;
}

/** The sentence ranges of the last analysis of `text` (for tests and tools). */
export function sentenceRangesOf(text: string): Span[] {
  analyzeDraft(text);
  const d = recent.find((x) => x.text === text);
  return d ? d.pieces.map((p) => ({ start: p.start, end: p.end })) : [];
}
