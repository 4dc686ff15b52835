import { analyzeDraft, warmUp } from '../analysis';
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

/** Longest stretch one warm-up slice keeps the background busy (an analysis can come in between). */
const WARM_SLICE_MS = 8;
let warming = false;

/**
 * Compiles the engine's patterns in short slices on the background's event loop. An analysis
 * compiles the patterns its sentences need on first use, so the first one after the
 * background starts pays for those at once; the coach asks for this as soon as a person is in
 * a field it will read, so most of the work is done while they write their first words. An
 * analysis arriving meanwhile compiles what it still needs itself, so results never depend
 * on it.
 */
export function warmEngineSoon(schedule: (step: () => void) => void = (step) => setTimeout(step, 0)): void {
  if (warming) return;
  warming = true;
  const step = () => {
    if (warmUp(WARM_SLICE_MS)) warming = false;
    else schedule(step);
  };
  schedule(step);
}
