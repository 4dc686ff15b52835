import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../tests/eval/example-texts';
import { makeDraft } from '../../tests/bench/drafts';
import { branchHolds, hash3, trigramsOf } from './trigram-filter';

// In a file of its own: loading the rules adds their examples to the trigram frequency sample,
// which changes the clauses trigram-filter.test.ts's filters keep.
describe("a sentence's table of trigrams", () => {
  it('lists each trigram once, in order of first occurrence, and holds exactly its bits, sentence after sentence', () => {
    const texts = ['', 'a', 'ab', 'abc', 'aaaa', 'abcabc', 'abc', 'xyz', 'ab', '\u00e9t\u00e9 \u{1f600} ok', 'abc'];
    texts.push(...ruleExampleTexts());
    for (let seed = 1; seed <= 3; seed++) texts.push(...makeDraft(400, seed).split(/(?<=[.!?])\s+/), makeDraft(200, seed));
    /** Whether the table holds hash h (a program of one branch with one clause: h). */
    const holds = (h: number): boolean => branchHolds(Int32Array.of(1, 4, 4, h), 1);
    const wrong: string[] = [];
    let before: number[] = [];
    for (const text of texts) {
      const expected: number[] = [];
      for (let k = 0; k + 3 <= text.length; k++) {
        const h = hash3(text.charCodeAt(k), text.charCodeAt(k + 1), text.charCodeAt(k + 2));
        if (!expected.includes(h)) expected.push(h);
      }
      const got = [...trigramsOf(text)];
      if (got.join() !== expected.join()) wrong.push(`listed for ${JSON.stringify(text)}`);
      // The last sentence's bits are gone, this one's are there.
      for (const h of [...before, ...expected]) if (holds(h) !== expected.includes(h)) wrong.push(`bit ${h} after ${JSON.stringify(text)}`);
      before = expected;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });
});
