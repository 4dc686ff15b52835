import { describe, expect, it } from 'vitest';
import { makeSentence } from '../normalize';
import { FLAG_RULES } from '../rules';
import { makeDraft } from '../../../tests/bench/drafts';
import { EDGE, elementPatterns, isEdgeCode, piecesOf, runnableForTest } from './match';
import { ELEMENT_RULES } from './index';

describe('match: span edges', () => {
  it('isEdgeCode agrees with EDGE on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isEdgeCode(c) !== EDGE.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('match: the patterns a sentence runs', () => {
  it('lists the same patterns NeedIndex.markRunnable marks, for consecutive and scattered lists', () => {
    const texts: string[] = [];
    for (const rule of [...ELEMENT_RULES, ...FLAG_RULES]) texts.push(...rule.examples.positive, ...rule.examples.negative);
    for (let seed = 1; seed <= 4; seed++) texts.push(...makeDraft(400, seed).split(/(?<=[.!?])\s+/));
    const all = elementPatterns();
    // The whole registry (consecutive ids), a run from its middle, and lists whose ids are not
    // consecutive (every other pattern; backwards), which take markRunnable's own path.
    const lists = [all.slice(), all.slice(40, 160), all.filter((_, i) => i % 2 === 0), all.slice().reverse()];
    let listed = 0;
    for (const text of texts) {
      const { norm } = makeSentence(text);
      for (const list of lists) {
        const got = runnableForTest(list, norm);
        expect(got.listed, text).toEqual(got.marked);
        listed += got.listed.length;
      }
    }
    expect(listed).toBeGreaterThan(texts.length);
  });
});

describe('match: the pieces a pattern is run for', () => {
  it('finds a piece in every match of a pattern given pieces (examples, drafts, and each piece in use)', () => {
    const texts: string[] = [];
    for (const rule of [...ELEMENT_RULES, ...FLAG_RULES]) texts.push(...rule.examples.positive, ...rule.examples.negative);
    for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));
    const withPieces = elementPatterns().filter((re) => piecesOf(re) !== null);
    expect(withPieces.length).toBeGreaterThan(0);
    for (const re of withPieces) {
      const pieces = piecesOf(re)!;
      const used = new Set<string>();
      for (const text of texts) {
        const { norm } = makeSentence(text);
        const all = new RegExp(re.source, 'g');
        for (const m of norm.matchAll(all)) {
          const piece = pieces.find((p) => m[0].includes(p));
          expect(piece, `${re.source.slice(0, 60)} on ${JSON.stringify(m[0])}`).toBeDefined();
          used.add(piece!);
        }
      }
      // The examples meet the pattern, so the check above is not empty.
      expect(used.size, re.source.slice(0, 60)).toBeGreaterThan(0);
    }
  });
});
