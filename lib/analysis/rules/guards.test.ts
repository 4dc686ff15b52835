/**
 * The guards every flag shares (define.ts): quotation, disowning and a saying set aside; and the
 * truth told after a cover story, which the learned scorer checks. Each is checked at the offset
 * where a flag's words would start.
 */
import { describe, expect, it } from 'vitest';
import { inQuotes, isDisowned, isSetAside, isTruthAfterCover } from './define';

/** The offset of `words` in `text` (lower-cased, as the engine's normalised text is). */
function at(text: string, words: string): number {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`"${words}" not in "${text}"`);
  return i;
}

describe('inQuotes', () => {
  it.each([
    ['people keep telling me to write "sorry if anyone was offended", but i offended you', 'if anyone'],
    ["people keep telling me to write 'sorry if anyone was offended', but i offended you", 'if anyone'],
    ["i know 'sorry if u were hurt' is a cop out", 'u were hurt'],
    ["my sponsor said: 'stop writing sorry you feel that way.'", 'you feel'],
  ])('finds the words quoted in %s', (text, words) => {
    expect(inQuotes(text, at(text, words))).toBe(true);
  });

  it.each([
    ["i'm sorry if you were hurt, but i didn't mean it", 'if you were'],
    ["the kids' school called and i'm sorry if you were worried", 'if you were'],
    ["i said 'sorry' and then i told you it was your fault", 'it was your fault'],
    ['a stray " mark and then sorry if you were upset', 'if you were'],
    ["don't say it's fine when it isn't, i'm sorry you feel that way", 'you feel'],
  ])('leaves the writer\'s own words in %s', (text, words) => {
    expect(inQuotes(text, at(text, words))).toBe(false);
  });
});

describe('isDisowned', () => {
  it.each([
    ["i won't say it wasn't that bad", 'it wasn'],
    ["there's no version of this where it wasn't my fault", "it wasn't"],
    ["there's no version of that summer where it wasn't my fault", "it wasn't"],
    ["i'm done pretending things just happened", 'things just'],
    ['unlike last time, i won\'t trot out the line that everyone does it', 'everyone does'],
  ])('reads %s as a pattern named to be rejected', (text, words) => {
    expect(isDisowned(text, at(text, words))).toBe(true);
  });

  it.each([
    ["i'm not making excuses, but i was exhausted that week", 'i was exhausted'],
    ['there is a version of this where it was your fault', 'it was your fault'],
    ['i won\'t lie, but it was your idea', 'it was your idea'],
  ])('keeps %s', (text, words) => {
    expect(isDisowned(text, at(text, words))).toBe(false);
  });
});

describe('isSetAside', () => {
  it.each([
    ["i could say the drink made me do it, but i'd be lying", 'the drink'],
    ["i'd like to say i never meant any harm, but i knew the rent was due", 'i never meant'],
    ["i could tell you other people did worse, but that's beside the point", 'other people'],
  ])('reads %s as a saying the "but" refuses', (text, words) => {
    expect(isSetAside(text, at(text, words))).toBe(true);
  });

  it.each([
    // no "but" after it: it may still be meant
    ['i could say the drink made me do it', 'the drink'],
    // the "but" is in the next sentence
    ["i could say the drink made me do it. but i won't", 'the drink'],
    // no "I could say" before it
    ['the drink made me do it, but i am sorry', 'the drink'],
  ])('keeps %s', (text, words) => {
    expect(isSetAside(text, at(text, words))).toBe(false);
  });
});

describe('isTruthAfterCover', () => {
  it.each([
    ['i told everyone i had the flu, but the truth is i was drunk in a hotel room', 'i was drunk'],
    ['i let you believe the car was stolen when in fact i had crashed it drunk', 'i had crashed'],
    ['i told my boss i was sick, but really i was hungover', 'hungover'],
  ])('reads the confession after the cover story in %s', (text, words) => {
    expect(isTruthAfterCover(text, at(text, words))).toBe(true);
  });

  it.each([
    ['the truth is i was so stressed i could not think straight', 'i was so stressed'],
    ['i told you the truth, but i was drunk when i did it', 'i was drunk'],
    ['i told everyone i had the flu. the truth is i was under so much pressure', 'i was under'],
  ])('leaves a reason given as the truth, or after the sentence has ended, in %s', (text, words) => {
    expect(isTruthAfterCover(text, at(text, words))).toBe(false);
  });
});
