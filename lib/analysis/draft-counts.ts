/**
 * The draft-level counts a sentence contributes, as columns of one row: list lengths,
 * language counts, amends cues, and per flag and element how many sentences found it. Every
 * column is a count or a sum, so a stretch of sentences' share is the difference of two
 * running-total rows (analyze.ts), and the draft-wide decisions read the draft's row alone.
 *
 * A sentence's own share is worked out once, with its result, and cached with it: every
 * draft that holds the sentence adds the same pairs.
 */
import { CUE_KEYS, type AmendsCues } from './amends-detect';
import type { LanguageStats } from './language';
import { ELEMENT_IDS, FLAG_IDS, type ElementId, type FlagId, type RuleMatch, type Span } from './types';

export const C_HINTS = 0;
export const C_BACK = 1;
export const C_SUPPORT = 2;
export const C_SPANS = 3; // + element index
export const C_LANG = C_SPANS + ELEMENT_IDS.length; // words, english, foreign, latinLetters, otherLetters
export const C_CUES = C_LANG + 5; // + cue index (CUE_KEYS)
export const C_RULE_FLAGS = C_CUES + CUE_KEYS.length; // + flag index: found by a rule
export const C_RULE_ELEMENTS = C_RULE_FLAGS + FLAG_IDS.length; // + element index: found by a rule
export const C_PRESENT = C_RULE_ELEMENTS + ELEMENT_IDS.length; // + element index: found at all
export const STRIDE = C_PRESENT + ELEMENT_IDS.length;

export const FLAG_INDEX = new Map<FlagId, number>(FLAG_IDS.map((id, i) => [id, i]));
export const ELEMENT_INDEX = new Map<ElementId, number>(ELEMENT_IDS.map((id, i) => [id, i]));

/** What of a sentence's result its counts read. */
export interface CountedParts {
  flags: readonly { rule: FlagId; learned?: true }[];
  elements: readonly { id: ElementId; spans: readonly Span[]; learned?: true }[];
  support: readonly Span[];
  cues: AmendsCues;
  lang: LanguageStats;
  backReference: RuleMatch | null;
}

const scratch = new Float64Array(STRIDE);

/**
 * A sentence's own counts, everything but a leading "But" and a rebuttal (which depend on the
 * sentences around it), as [column, value, column, value, …] for its non-zero columns.
 */
export function ownCountsOf(r: CountedParts): number[] {
  const row = scratch;
  row.fill(0);
  let vague = false;
  for (const f of r.flags) {
    if (f.rule === 'vague') vague = true;
    if (!f.learned) row[C_RULE_FLAGS + FLAG_INDEX.get(f.rule)!]!++;
  }
  row[C_HINTS] = r.flags.length;
  if (r.backReference && !vague) row[C_BACK] = 1;
  row[C_SUPPORT] = r.support.length;
  for (const e of r.elements) {
    const k = ELEMENT_INDEX.get(e.id)!;
    row[C_SPANS + k]! += e.spans.length;
    row[C_PRESENT + k]!++;
    if (!e.learned) row[C_RULE_ELEMENTS + k]!++;
  }
  const lang = r.lang;
  row[C_LANG] = lang.words;
  row[C_LANG + 1] = lang.english;
  row[C_LANG + 2] = lang.foreign;
  row[C_LANG + 3] = lang.latinLetters;
  row[C_LANG + 4] = lang.otherLetters;
  const c = r.cues;
  for (let k = 0; k < CUE_KEYS.length; k++) row[C_CUES + k] = c[CUE_KEYS[k]!];
  const pairs: number[] = [];
  for (let k = 0; k < STRIDE; k++) if (row[k] !== 0) pairs.push(k, row[k]!);
  return pairs;
}
