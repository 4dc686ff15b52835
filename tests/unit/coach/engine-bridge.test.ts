import { describe, expect, it } from 'vitest';
import { coachAnalysis } from '../../../lib/coach/engine-bridge';
import { ELEMENT_IDS } from '../../../lib/analysis/types';

describe('coachAnalysis (the background\'s answer to the coach)', () => {
  it('carries a label for every element and a prompt for every gap', () => {
    const { analysis, elementLabels, gapPrompts } = coachAnalysis('Hi Sam, see you on Friday.');
    expect(Object.keys(elementLabels).sort()).toEqual([...ELEMENT_IDS].sort());
    for (const id of ELEMENT_IDS) expect(elementLabels[id]).toMatch(/\S/);
    const missing = ELEMENT_IDS.filter((id) => !analysis.elements[id].present);
    expect(gapPrompts.map((p) => p.element)).toEqual(missing);
    expect(gapPrompts.every((p) => p.starters.length > 0)).toBe(true);
  });
});
