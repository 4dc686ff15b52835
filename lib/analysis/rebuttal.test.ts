import { describe, expect, it } from 'vitest';
import { makeSentence } from './normalize';
import { rebutsPrevious, takenBackAfter, takesBackAt } from './rebuttal';
import { analyzeDraft } from './analyze';

const rebuts = (text: string): boolean => rebutsPrevious(makeSentence(text));

describe('rebutsPrevious', () => {
  it.each([
    'I was not.',
    "I wasn't.",
    "You didn't.",
    "It didn't.",
    'It wasn’t.',
    'That was a lie.',
    "That wasn't true.",
    'None of that was true.',
    'Those were excuses.',
    'I know now that was not true.',
    'i can see now it wasnt',
    'That was never the reason.',
    'It was all lies.',
    'and that was a lie',
    "That wasn't true and it wasn't fair.",
  ])('takes back the sentence before: %s', (text) => {
    expect(rebuts(text)).toBe(true);
  });

  it.each([
    "I wasn't drunk.", // goes on claiming
    'That was true.', // confirms
    "It wasn't much.", // minimizing, not a rebuttal
    'You were right.',
    'I did.',
    "I didn't mean to hurt you, and I did.",
    "That wasn't fair on you, and I'm sorry I said it to you in front of everyone at the table.",
    'I was not there when you needed me.',
    '',
  ])('leaves anything else alone: %s', (text) => {
    expect(rebuts(text)).toBe(false);
  });
});

describe('a claim taken back in the same sentence', () => {
  const after = (text: string, claim: string): boolean => {
    const norm = makeSentence(text).norm;
    return takenBackAfter(norm, norm.indexOf(claim.toLowerCase()) + claim.length);
  };

  it.each([
    ['Others in my group have done worse, but that does not make what I did any smaller.', 'done worse'],
    ["I was high, but that doesn't make any of it okay.", 'i was high'],
    ["I've been ashamed every day since, but my shame isn't your problem to fix.", 'every day since'],
    ["I was stressed, but that's no excuse.", 'i was stressed'],
    ['We were all drinking, and none of that excuses what I said.', 'all drinking'],
    ['I had a rough childhood, but my childhood is not an excuse for hitting you.', 'rough childhood'],
    ['I was young, but I knew exactly what I was doing when I took the money.', 'i was young'],
    ["People say it takes two, but not this time: I'm the one who cheated.", 'takes two'],
  ])('is set down to be knocked over: %s', (text, claim) => {
    expect(after(text, claim)).toBe(true);
  });

  it.each([
    ['I was stressed, but you should have told me.', 'i was stressed'],
    ['Others have done worse, but I did it to you.', 'done worse'],
    ["I was high, but it wasn't that bad.", 'i was high'],
    ['I was high. That does not make it okay.', 'i was high'], // the next sentence: rebutsPrevious's business
  ])('still stands: %s', (text, claim) => {
    expect(after(text, claim)).toBe(false);
  });

  it('takes back from the word after a "but"', () => {
    const norm = makeSentence("I was high, but that doesn't make it okay.").norm;
    expect(takesBackAt(norm, norm.indexOf('but') + 3)).toBe(true);
    expect(takesBackAt(makeSentence('I was high, but you knew that.').norm, 15)).toBe(false);
  });

  it('drops the flag and the "but" in the engine, and keeps them when nothing takes them back', () => {
    const rules = (text: string) => analyzeDraft(text).hints.map((h) => h.rule);
    expect(rules('Others in my group have done worse, but that does not make what I did to you any smaller.')).not.toContain('comparison');
    expect(rules('Others in my group have done worse than me.')).toContain('comparison');
    expect(rules("I'm sorry I lied. Yeah I was high, but that doesn't make any of it okay.")).toEqual([]);
  });
});
