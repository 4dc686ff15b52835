/**
 * Every rule's own examples, flag rules and element detectors, positive and negative: for
 * tests that check a rewritten part of the engine against the old one on the sentences the
 * rules were written from.
 */
import { ELEMENT_RULES } from '../../lib/analysis/elements';
import { FLAG_RULES } from '../../lib/analysis/rules';

export function ruleExampleTexts(): string[] {
  const texts: string[] = [];
  for (const rule of [...ELEMENT_RULES, ...FLAG_RULES]) texts.push(...rule.examples.positive, ...rule.examples.negative);
  return texts;
}
