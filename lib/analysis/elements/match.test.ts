import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../../tests/eval/example-texts';
import { makeSentence } from '../normalize';
import { makeDraft } from '../../../tests/bench/drafts';
import type { Span } from '../types';
import { EDGE, elementPatterns, isEdgeCode, piecesOf, runnableForTest, runsWhenOf, sortAndMergeForTest } from './match';

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
    texts.push(...ruleExampleTexts());
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
    texts.push(...ruleExampleTexts());
    for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));
    // Each piece met: the sober counts of change.ts, the wrong thing of specific.ts.
    texts.push(
      "Today I'm 90 days without a drink.", 'three months without one bet now', 'off the booze four months now',
      'a year sober', '9 months clean today', 'two weeks dry', 'six weeks off gambling',
      'I picked the wrong medicine.', 'My pharmacist dispensed warfarin in place of her tablets.',
    );
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
      // Every piece is met in some match, so the check above is not empty and no piece is idle.
      expect([...used].sort(), re.source.slice(0, 60)).toEqual([...pieces].sort());
    }
  });
});

describe('match: sorting and merging spans', () => {
  /** As first written: Array.prototype.sort by start, the longer first, then merged. */
  function reference(found: Span[]): Span[] {
    if (found.length < 2) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Span[] = [found[0]!];
    for (let i = 1; i < found.length; i++) {
      const cur = found[i]!;
      const last = merged[merged.length - 1]!;
      if (cur.start < last.end) last.end = Math.max(last.end, cur.end);
      else merged.push(cur);
    }
    return merged;
  }

  it('gives what Array.prototype.sort and the merge gave, on random lists of spans', () => {
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
    for (let run = 0; run < 20000; run++) {
      const n = rnd(7);
      const spans: (Span & { tag: number })[] = [];
      for (let k = 0; k < n; k++) {
        const start = rnd(12);
        spans.push({ start, end: start + 1 + rnd(6), tag: k });
      }
      const mine = sortAndMergeForTest(spans.map((s) => ({ ...s })));
      const want = reference(spans.map((s) => ({ ...s })));
      // The same spans, and the same objects (by tag) kept where equal spans tie.
      expect(mine).toEqual(want);
    }
  });
});

describe('match: the tests a pattern is run after', () => {
  it('passes every sentence a pattern given a test matches, and turns some away', () => {
    const texts: string[] = [];
    texts.push(...ruleExampleTexts());
    for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));
    // impact.ts's "they deserved better": each kind of who, titled names, and "you" (turned away).
    texts.push(
      'They deserved better from us.', 'she deserved the truth', 'Mrs. Rowe deserved an apology.', "mr o'neil deserved better",
      'dr a-b deserved more', 'Miss Lee deserved respect', 'ms jo deserved honesty', 'the passengers deserved a safe trip',
      'their son deserved better', 'his grandson deserved more', 'her children deserved better', 'our members deserved better',
      'the whole family deserved better', 'his wife deserved the truth', 'her husband deserved better', 'residents deserved better',
      'Mr. Osei deserved better', 'you deserved better', 'and you deserved better, you deserved more', 'we deserved it', 'mrsmith deserved better',
    );
    const withTests = elementPatterns().filter((re) => runsWhenOf(re) !== null);
    expect(withTests.length).toBeGreaterThan(0);
    for (const re of withTests) {
      const test = runsWhenOf(re)!;
      let matched = 0;
      let turnedAway = 0;
      for (const text of texts) {
        const { norm } = makeSentence(text);
        const hit = new RegExp(re.source).test(norm);
        if (hit) {
          matched++;
          expect(test(norm), `${re.source.slice(0, 60)} on ${JSON.stringify(norm)}`).toBe(true);
        } else if (!test(norm)) turnedAway++;
      }
      expect(matched, re.source.slice(0, 60)).toBeGreaterThan(10);
      expect(turnedAway, re.source.slice(0, 60)).toBeGreaterThan(texts.length / 2);
    }
  });
});
