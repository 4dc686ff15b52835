/**
 * The compact per-text verdict used by `check-draft --jsonl` and by the evaluation, so the
 * figures `npm run eval` prints are exactly what the command line reports.
 */
import type { Analysis, ElementId, FlagId } from './types';
import { ELEMENT_IDS, FLAG_IDS } from './types';

export interface Summary {
  amends: boolean;
  support: boolean;
  /** Flag ids found anywhere in the text, unique, sorted. */
  flags: FlagId[];
  /** Element ids present, unique, sorted. */
  elements: ElementId[];
}

export function summarize(analysis: Analysis): Summary {
  const found = new Set<FlagId>(analysis.hints.map((h) => h.rule));
  return {
    amends: analysis.amends,
    support: analysis.support.needed,
    flags: FLAG_IDS.filter((id) => found.has(id)).sort(),
    elements: ELEMENT_IDS.filter((id) => analysis.elements[id].present).sort(),
  };
}
