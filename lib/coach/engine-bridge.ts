import { analyzeDraft } from '../analysis';
import { ELEMENT_RULES } from '../analysis/elements';
import { promptsFor } from '../analysis/prompts';
import { ELEMENT_IDS, type ElementId } from '../analysis/types';
import type { CoachAnalysis } from '../messaging';

/**
 * The engine as the coach needs it, run in the background (the engine is large; keeping it
 * out of the content script keeps what loads on every webmail page small). Returns the
 * analysis, the checklist labels, and starters for every gap (the engine itself prompts only
 * for drafts that read as amends; the person may ask the coach to look at any draft).
 */
const elementLabels = Object.fromEntries(ELEMENT_RULES.map((rule) => [rule.id, rule.label])) as Record<ElementId, string>;

export function coachAnalysis(text: string): CoachAnalysis {
  const analysis = analyzeDraft(text);
  const missing = ELEMENT_IDS.filter((id) => !analysis.elements[id]?.present);
  return { analysis, elementLabels, gapPrompts: promptsFor(missing) };
}
