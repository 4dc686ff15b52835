import { describe, expect, it } from 'vitest';
import { makeSentence } from './normalize';
import { rebutsPrevious } from './rebuttal';

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
