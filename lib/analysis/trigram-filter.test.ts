import { describe, expect, it } from 'vitest';
import { mayMatch, trigramFilter } from './trigram-filter';

const filterOf = (source: string) => trigramFilter(new RegExp(source, 'dg'));

describe('trigram filter, branch by branch', () => {
  it('requires all of one alternative, not one piece of each', () => {
    const re = String.raw`(?<s>\bzebra quokka\b|\bjazz fjord\b)`;
    const f = filterOf(re);
    expect(mayMatch(f, 'a zebra quokka here')).toBe(true);
    expect(mayMatch(f, 'some jazz fjord')).toBe(true);
    // A piece of each alternative, all of neither: the pattern cannot match.
    expect(mayMatch(f, 'zebra jazz')).toBe(false);
    expect(new RegExp(re).test('zebra jazz')).toBe(false);
  });

  it('splits a top-level alternation the same way', () => {
    const f = filterOf(String.raw`\bpay you back\b|\bmake it right\b`);
    expect(mayMatch(f, 'i will make it right')).toBe(true);
    expect(mayMatch(f, 'you make me pay')).toBe(false);
  });

  it('lets everything through when one alternative requires nothing', () => {
    const f = filterOf(String.raw`(?<s>\bcould have stopped me\b|\bu\b)`);
    expect(mayMatch(f, 'nothing alike')).toBe(true);
  });

  it('keeps a group that does not span the pattern as one requirement', () => {
    const f = filterOf(String.raw`(?:sorry|regret) for (?:lying|cheating)`);
    expect(mayMatch(f, 'sorry for lying')).toBe(true);
    expect(mayMatch(f, 'sorry about lying')).toBe(false);
  });

  it('requires a trigram across the join of pieces too short to have one of their own', () => {
    // "it"/"that" and "too" alone say little: the match needs "t t" ("it too", "that too").
    const re = String.raw`\b(?:it|that) (?:too|also)\b`;
    const f = filterOf(re);
    expect(mayMatch(f, 'i did that too')).toBe(true);
    expect(mayMatch(f, 'it was also me')).toBe(false);
    expect(new RegExp(re).test('it was also me')).toBe(false);
  });

  it('treats an optional word as present or absent, not as unknown', () => {
    const re = String.raw`\bi(?:'m| am) (?:so |very )?sorry\b`;
    const f = filterOf(re);
    expect(mayMatch(f, "i'm so sorry")).toBe(true);
    expect(mayMatch(f, 'i am sorry')).toBe(true);
    expect(mayMatch(f, 'sorry, i am late')).toBe(false);
  });
});
