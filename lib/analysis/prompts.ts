import { ELEMENT_RULES } from './elements';
import type { ElementId, Prompt } from './types';

/**
 * One prompt per missing element, in the checklist's order, with the label and sentence
 * starters taken from the element's own module, so each text lives in one place.
 * Unknown or repeated ids are ignored.
 */
export function promptsFor(missing: readonly ElementId[]): Prompt[] {
  const wanted = new Set(missing);
  return ELEMENT_RULES.filter((rule) => wanted.has(rule.id)).map((rule) => ({
    element: rule.id,
    label: rule.promptLabel,
    starters: [...rule.starters],
  }));
}
