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

function piecesFor(text: string, from: number, to: number): Piece[] {
  engineStats.charsSegmented += to - from;
  return segmentRange(text, from, to).map((r) => ({
    start: r.start,
    end: r.end,
    result: analyzeSentence(text.slice(r.start, r.end)),
  }));
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  let ia = a.length - 1;
  let ib = b.length - 1;
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

function assemble(pieces: Piece[]): Analysis {
  const lang = emptyStats();
  const supportSpans: Span[] = [];
  for (const p of pieces) {
    addStats(lang, p.result.lang);
    for (const s of p.result.support) supportSpans.push({ start: p.start + s.start, end: p.start + s.end });
  }
  const support = { needed: supportSpans.length > 0, spans: supportSpans };
  const english = isEnglish(lang);
  const elements = emptyElements();
  if (!english) {
    return { amends: false, english, hints: [], elements, prompts: [], support };
  }

  const hints: Hint[] = [];
  const flagSet = new Set<FlagId>();
  const cues: AmendsCues[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const r = p.result;
    cues.push(r.cues);
    for (const e of r.elements) {
      const finding = elements[e.id];
      finding.present = true;
      for (const s of e.spans) finding.spans.push({ start: p.start + s.start, end: p.start + s.end });
    }
    // "I'm sorry for cheating. But honestly, ..." : a leading "But" counts after an apology
    // in one of the two sentences before.
    const lead = r.leadingBut;
    const leadCounts =
      lead !== null &&
      ((i > 0 && pieces[i - 1]!.result.apology) || (i > 1 && pieces[i - 2]!.result.apology)) &&
      !r.flags.some((f) => f.rule === 'but' && f.start < lead.end && f.end > lead.start);
    let pendingLead = leadCounts ? lead : null;
    for (const f of r.flags) {
      if (pendingLead && pendingLead.start <= f.start) {
        hints.push(hintFor('but', p.start + pendingLead.start, p.start + pendingLead.end));
        flagSet.add('but');
        pendingLead = null;
      }
      hints.push(hintFor(f.rule, p.start + f.start, p.start + f.end, f.severity));
      flagSet.add(f.rule);
    }
    if (pendingLead) {
      hints.push(hintFor('but', p.start + pendingLead.start, p.start + pendingLead.end));
      flagSet.add('but');
    }
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
