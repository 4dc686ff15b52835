import { describe, expect, it } from 'vitest';
import { makeSentence } from '../normalize';
import { leadingBut } from './index';

describe('leadingBut: "not only ... but" (tested by a substring search, then the pattern)', () => {
  const turn = (text: string) => leadingBut(makeSentence(text));
  it('finds the turn of a mid-sentence "but" with a defence after it', () => {
    expect(turn('It was about the money, but you never said a word.')).not.toBeNull();
  });
  it('finds none after "not only", as a whole word', () => {
    expect(turn('It was not only about the money, but you never said a word.')).toBeNull();
    expect(turn('Not only the money, but you never said a word.')).toBeNull();
  });
  it('still finds the turn when "not only" is only part of a word', () => {
    expect(turn('It was knot only about the money, but you never said a word.')).not.toBeNull();
    expect(turn('It was cannot onlyish, but you never said a word.')).not.toBeNull();
  });
  it('finds no turn in a "But" that leaves them free ("But you do not owe me a reply.")', () => {
    expect(turn('But you do not owe me a reply.')).toBeNull();
    expect(turn("But there's no pressure to answer.")).toBeNull();
    expect(turn('But you have to understand how hard it was.')).not.toBeNull();
  });
  it('finds no turn where the "but" corrects the writer\'s own cover story', () => {
    expect(turn("I told you work wouldn't let me off, but the truth is I was hungover.")).toBeNull();
    expect(turn('It was about the money, but the truth is you never listened.')).not.toBeNull();
  });
});
