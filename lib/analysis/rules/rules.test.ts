import { describe, expect, it } from 'vitest';
import { makeSentence } from '../normalize';
import { FLAG_IDS } from '../types';
import { FLAG_RULES, apologises, leadingBut } from './index';

describe('flag rules', () => {
  it('has one module per taxonomy flag id, in FLAG_IDS order', () => {
    expect(FLAG_RULES.map((r) => r.id)).toEqual([...FLAG_IDS]);
  });

  for (const rule of FLAG_RULES) {
    describe(rule.id, () => {
      it('carries a title, a warm explanation, a severity and enough examples', () => {
        expect(FLAG_IDS).toContain(rule.id);
        expect(rule.title.trim().length).toBeGreaterThan(3);
        expect(rule.explanation.trim().length).toBeGreaterThan(60);
        expect(['problem', 'consider']).toContain(rule.severity);
        if (rule.suggestion !== undefined) expect(rule.suggestion.trim().length).toBeGreaterThan(10);
        expect(rule.examples.positive.length).toBeGreaterThanOrEqual(3);
        expect(rule.examples.negative.length).toBeGreaterThanOrEqual(3);
      });

      it.each(rule.examples.positive)('flags: %s', (text) => {
        const matches = rule.find(makeSentence(text));
        expect(matches.length).toBeGreaterThan(0);
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
          // Underlines hug words: no surrounding spaces or trailing punctuation.
          const words = text.slice(m.start, m.end);
          expect(words).toBe(words.trim());
          expect(words).not.toMatch(/[,.;:!?]$/);
        }
      });

      it.each(rule.examples.negative)('stays silent on: %s', (text) => {
        expect(rule.find(makeSentence(text))).toEqual([]);
      });
    });
  }

  it('underlines the exact words, with offsets into the original text', () => {
    const cases: [string, string, string][] = [
      ['conditional', "I\u2019m sorry if you were hurt by it.", 'if you were hurt by it'],
      ['but', "I'm sorry I yelled, but you were nagging me.", 'but'],
      ['blame', 'Honestly, YOU MADE ME do it.', 'YOU MADE ME'],
      ['passive', 'I know mistakes were made.', 'mistakes were made'],
    ];
    for (const [id, text, expected] of cases) {
      const rule = FLAG_RULES.find((r) => r.id === id)!;
      const [m] = rule.find(makeSentence(text));
      expect(m, `${id} on ${text}`).toBeDefined();
      expect(text.slice(m!.start, m!.end)).toBe(expected);
    }
  });

  it('ignores flag wording inside quotation marks', () => {
    const blame = FLAG_RULES.find((r) => r.id === 'blame')!;
    expect(blame.find(makeSentence('I used to say "you made me do it" and it was never true.'))).toEqual([]);
    expect(blame.find(makeSentence('You made me do it.'))).not.toEqual([]);
  });

  it('keeps a good apology free of flags', () => {
    const good = [
      'I was wrong. I took $300 from your purse and I will pay it back by June.',
      "I'm sorry I missed your wedding. I was drinking, and I chose that over you.",
      "You don't have to reply. I'm not asking you to forgive me.",
      "I've been sober since March, I go to meetings twice a week, and I'd like to repay the £800.",
      'There is no excuse for what I did, and I own it.',
    ];
    for (const text of good) {
      for (const rule of FLAG_RULES) {
        expect(rule.find(makeSentence(text)), `${rule.id} on ${text}`).toEqual([]);
      }
    }
  });

  it('finds a leading "But" after an apology, except when it turns to repair', () => {
    expect(apologises(makeSentence("I'm sorry for cheating."))).toBe(true);
    expect(apologises(makeSentence("Sorry doesn't fix your car."))).toBe(false);
    expect(leadingBut(makeSentence("But honestly, we'd been falling apart for months."))).toEqual({ start: 0, end: 3 });
    expect(leadingBut(makeSentence("However, I want to make it right and pay you back."))).toBeNull();
    expect(leadingBut(makeSentence('The car is fixed.'))).toBeNull();
  });

  it('copes with a chunk-sized sentence dense with trigger words', () => {
    const text = 'sorry if but you made me only just at least everyone '.repeat(11).slice(0, 600);
    for (const rule of FLAG_RULES) {
      expect(() => rule.find(makeSentence(text))).not.toThrow();
    }
  });
});
