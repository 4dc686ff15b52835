/**
 * The rules' own positive and negative examples as extra training texts. A flag rule's
 * example is taken to show that flag alone (a negative: no flag at all); it says nothing of
 * the elements. An element rule's example speaks only for its element.
 */
import { ELEMENT_RULES } from '../../../lib/analysis/elements';
import { FLAG_RULES } from '../../../lib/analysis/rules';
import { FLAG_IDS } from '../../../lib/analysis/types';
import type { Example } from './train';

export function ruleExamples(): Example[] {
  const flags = [...FLAG_IDS];
  return [
    ...FLAG_RULES.flatMap((r) => [
      ...r.examples.positive.map((text) => ({ text, labels: [r.id], known: flags })),
      ...r.examples.negative.map((text) => ({ text, labels: [], known: flags })),
    ]),
    ...ELEMENT_RULES.flatMap((r) => [
      ...r.examples.positive.map((text) => ({ text, labels: [r.id], known: [r.id] })),
      ...r.examples.negative.map((text) => ({ text, labels: [], known: [r.id] })),
    ]),
  ];
}
