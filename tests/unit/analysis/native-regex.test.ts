/**
 * Patterns are compiled on their first need, not all at once before the first analysis
 * (own file: the engine's warm state is per module instance).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, forgetDrafts, isWarm, warmUp } from '../../../lib/analysis';
import { elementPatterns } from '../../../lib/analysis/elements/match';
import { compileNow, isCompiled } from '../../../lib/analysis/native-regex';
import { registeredPatterns } from '../../../lib/analysis/rules/define';
import { makeDraft } from '../../bench/drafts';

describe('compiling patterns on first need', () => {
  it("gives a pattern one run on a long blank subject, once, and leaves its lastIndex as it was", () => {
    const re = /\bsorry\b/g;
    re.lastIndex = 7;
    expect(isCompiled(re)).toBe(false);
    compileNow(re);
    expect(isCompiled(re)).toBe(true);
    expect(re.lastIndex).toBe(7);
    re.lastIndex = 0;
    expect(re.exec('i am sorry')?.index).toBe(5);
  });

  it('analyses without the warm-up, compiling only the patterns the sentences reach, with the same findings as after it', () => {
    const drafts = [makeDraft(300, 7), "I'm sorry I took the money, but you kept nagging me. It was only a few quid.", 'im so sorry'];
    const before = drafts.map((d) => analyzeDraft(d));
    expect(isWarm()).toBe(false);
    const all = [...registeredPatterns(), ...elementPatterns()];
    const compiled = all.filter(isCompiled).length;
    expect(compiled).toBeGreaterThan(10);
    expect(compiled).toBeLessThan(all.length / 2);

    warmUp();
    // Warm-up compiles every flag pattern (and the element patterns its long primer reaches).
    expect(registeredPatterns().every(isCompiled)).toBe(true);
    forgetDrafts();
    clearSentenceCache();
    expect(drafts.map((d) => analyzeDraft(d))).toEqual(before);
  });
});
