import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../../tests/eval/example-texts';
import { makeSentence } from '../normalize';
import { makeDraft } from '../../../tests/bench/drafts';
import { actScanIsFast, actSpans, actSpansReference, expandForm, FRAME_NEEDS, FRAMES } from './specific';

/**
 * actSpans finds verbs by a word scan and a per-word list of acts; actSpansReference is the
 * plain VERB_RX scan it replaces. They must report the same spans, in the same order.
 */
describe('specific: the fast act scan', () => {
  it('expands the forms it reads, and refuses what it cannot read', () => {
    expect(expandForm('stole|stolen')).toEqual(['stole', 'stolen']);
    expect(expandForm('(?:cracked|keyed)')).toEqual(['cracked', 'keyed']);
    expect(new Set(expandForm('burn[te]d?'))).toEqual(new Set(['burntd', 'burnt', 'burned', 'burne']));
    expect(expandForm('cancell?ed on')).toEqual(['cancelled on', 'canceled on']);
    expect(expandForm('got (?:into|in) (?:a )?fight')).toEqual([
      'got into a fight',
      'got into fight',
      'got in a fight',
      'got in fight',
    ]);
    expect(expandForm('\\w+ed')).toBeNull();
    expect(expandForm('a{2}')).toBeNull();
    expect(expandForm('(abc)')).toBeNull();
  });

  it('is in use (every form in the table was expanded)', () => {
    expect(actScanIsFast).toBe(true);
  });

  const texts: string[] = [];
  texts.push(...ruleExampleTexts());
  // Verbs next to each other, verbs that hide the next one ("got drunk"), words that start like
  // verbs, odd characters and the 80-character window's edge.
  texts.push(
    'i got drunk and drove home',
    'i got drunk drunk drove',
    'I took took your car and sold it.',
    'sorry for lying lying to you, i lied',
    'i hit hit the wall, stolen, stole2 stolex _stole stole_ 3stole',
    "i'd taken the money, i've taken it, id taken it",
    'at least i never hit you, i may have missed your play',
    'i cancelled on you, i canceled on you, i burnt your shirt, i burned it, i burnd it',
    'céstole your car; éi stole your car; i stole—your car',
    `${'x'.repeat(75)} i stole your car`,
    `${'word '.repeat(20)}and then i lied about the money`,
    'what i did was take your car without asking',
    'did i lie about the loan? i did lie. i was wrong to read your messages',
    'the one who scratched your car was me, i was the one who crashed it',
    'i kept nagging me, i kept the money, i kept it from you',
  );
  for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));

  it('reports what the VERB_RX scan reports, on rule examples, drafts and edge cases', () => {
    let found = 0;
    for (const text of texts) {
      const { norm } = makeSentence(text);
      const fast = actSpans(norm);
      expect(fast, text).toEqual(actSpansReference(norm));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('the frames’ needed pieces (FRAME_NEEDS)', () => {
  it('name, frame by frame, a piece of text that each frame’s every match contains', () => {
    for (const form of ['past', 'gerund', 'base'] as const) {
      const frames = FRAMES[form];
      const needs = FRAME_NEEDS[form];
      expect(needs.length, form).toBe(frames.length);
      needs.forEach((piece, r) => {
        if (piece === null) return;
        // The piece is written out in the frame's source, so a frame edited, added or moved
        // without its piece breaks this.
        expect(frames[r], `${form} frame ${r}`).toContain(piece);
      });
    }
  });
});
