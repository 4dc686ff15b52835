import { analyzeDraft } from '../analysis';
import { ELEMENT_RULES } from '../analysis/elements';
import { promptsFor as enginePromptsFor } from '../analysis/prompts';
import type { Analysis, ElementId, Prompt } from '../analysis/types';

/**
 * The engine as the coach uses it: the analysis, the elements' labels for the checklist,
 * and sentence starters for the gaps of a draft the person asked to coach (the engine only
 * prompts for drafts that read as amends).
 */
const labels = new Map<ElementId, string>(ELEMENT_RULES.map((rule) => [rule.id, rule.label]));

export function analyze(text: string): Analysis {
  return analyzeDraft(text);
}

export function elementLabel(id: ElementId): string {
  return labels.get(id) ?? id;
}

export function promptsFor(missing: ElementId[]): Prompt[] {
  return enginePromptsFor(missing);
}
