import { describe, expect, it } from 'vitest';
import { makeSentence } from '../normalize';
import { ELEMENT_IDS } from '../types';
import { ELEMENT_RULES } from './index';

describe('element detectors', () => {
  it('has one module per element id, in ELEMENT_IDS order', () => {
    expect(ELEMENT_RULES.map((r) => r.id)).toEqual([...ELEMENT_IDS]);
  });

  for (const rule of ELEMENT_RULES) {
    describe(rule.id, () => {
      it('carries the texts the checklist and the prompts show', () => {
        expect(ELEMENT_IDS).toContain(rule.id);
        expect(rule.label.trim().length).toBeGreaterThan(3);
        expect(rule.description.trim().length).toBeGreaterThan(20);
        expect(rule.promptLabel.trim().length).toBeGreaterThan(3);
        expect(rule.starters.length).toBeGreaterThanOrEqual(2);
        expect(rule.starters.length).toBeLessThanOrEqual(3);
        for (const s of rule.starters) expect(s.trim().length).toBeGreaterThan(3);
        expect(rule.examples.positive.length).toBeGreaterThanOrEqual(4);
        expect(rule.examples.negative.length).toBeGreaterThanOrEqual(4);
      });

      it.each(rule.examples.positive)('finds it in: %s', (text) => {
        const sentence = makeSentence(text);
        const spans = rule.find(sentence);
        expect(spans.length).toBeGreaterThan(0);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.end).toBeGreaterThan(span.start);
          // Underlines hug words: no leading or trailing space.
          expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
        }
      });

      it.each(rule.examples.negative)('stays silent on: %s', (text) => {
        expect(rule.find(makeSentence(text))).toEqual([]);
      });
    });
  }

  // A finished starter should tick its own box: the prompt fills the gap it names.
  const COMPLETIONS: Record<string, string> = {
    "I'm sorry that I ": 'lied to you.',
    'I deeply regret ': 'taking the money.',
    "I'm truly sorry for ": 'shouting at you.',
    'I was wrong when I ': 'read your messages.',
    'It was my fault that ': 'we lost the house.',
    'There is no excuse for ': 'what I said.',
    'What I did was ': 'take your car without asking.',
    'The truth is that I ': 'stole from your purse.',
    'I remember when I ': 'missed your graduation.',
    'I understand that it hurt you when I ': 'did not come.',
    'Because of me, you had to ': 'pay the rent alone.',
    'That must have been ': 'frightening for you.',
    'I want to make this right by ': 'paying for the repair.',
    'I will pay you back ': '£50 a month.',
    'What could I do to help put this right?': '',
    "These days I'm ": 'going to meetings twice a week.',
    'I have been sober since ': 'March.',
    'From now on I will ': 'call if I am late.',
    "You don't need to reply.": '',
    'Take all the time you need.': '',
    "Whatever you decide, I'll respect it.": '',
  };
  for (const rule of ELEMENT_RULES) {
    it.each(rule.starters)(`${rule.id}: a finished starter is found: %s`, (starter) => {
      const completion = COMPLETIONS[starter];
      expect(completion, 'every starter needs a sample completion in this test').toBeDefined();
      expect(rule.find(makeSentence(starter + completion)).length).toBeGreaterThan(0);
    });
  }

  it('reports offsets into the original text when it has curly quotes and capitals', () => {
    const text = 'Dad, I\u2019M SORRY that I sold Grandpa\u2019s watch.';
    const regret = ELEMENT_RULES.find((r) => r.id === 'regret')!;
    const [span] = regret.find(makeSentence(text));
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('I\u2019M SORRY');
  });

  it('returns spans relative to the sentence, not to the draft', () => {
    const specific = ELEMENT_RULES.find((r) => r.id === 'specific')!;
    const spans = specific.find(makeSentence('I stole $300 from your wallet.', 500));
    expect(spans[0]!.start).toBe(0);
  });

  it('stays fast and silent on a 20,000-character sentence with no punctuation', () => {
    const text = 'and then we went to the shop '.repeat(700);
    for (const rule of ELEMENT_RULES) expect(rule.find(makeSentence(text))).toEqual([]);
  });
});
