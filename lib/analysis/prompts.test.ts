import { describe, expect, it } from 'vitest';
import { ELEMENT_RULES } from './elements';
import { promptsFor } from './prompts';
import { ELEMENT_IDS } from './types';

describe('promptsFor', () => {
  it('gives one prompt per missing element, in checklist order, whatever order they come in', () => {
    const prompts = promptsFor(['no-pressure', 'regret', 'impact']);
    expect(prompts.map((p) => p.element)).toEqual(['regret', 'impact', 'no-pressure']);
  });

  it("takes its label and starters from the element's own module", () => {
    for (const prompt of promptsFor(ELEMENT_IDS)) {
      const rule = ELEMENT_RULES.find((r) => r.id === prompt.element)!;
      expect(prompt.label).toBe(rule.promptLabel);
      expect(prompt.starters).toEqual(rule.starters);
      expect(prompt.starters.length).toBeGreaterThanOrEqual(2);
      expect(prompt.starters.length).toBeLessThanOrEqual(3);
    }
  });

  it('offers the starters the issue names', () => {
    const all = promptsFor(ELEMENT_IDS).flatMap((p) => p.starters);
    expect(all).toContain('I was wrong when I ');
    expect(all).toContain('I understand that it hurt you when I ');
    expect(all).toContain("You don't need to reply.");
  });

  it('returns nothing when nothing is missing, and ignores repeats', () => {
    expect(promptsFor([])).toEqual([]);
    expect(promptsFor(['repair', 'repair'])).toHaveLength(1);
  });

  it('hands out copies, so a caller cannot change the texts for everyone', () => {
    const [first] = promptsFor(['regret']);
    first!.starters.push('changed');
    expect(promptsFor(['regret'])[0]!.starters).not.toContain('changed');
  });
});
