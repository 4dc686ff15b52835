import { describe, expect, it } from 'vitest';
import { makeSentence } from './normalize';
import { SUPPORT_EXAMPLES, findSupportSpans } from './support';

describe('findSupportSpans', () => {
  it('keeps enough examples on both sides to guard recall and the idioms', () => {
    expect(SUPPORT_EXAMPLES.positive.length).toBeGreaterThanOrEqual(15);
    expect(SUPPORT_EXAMPLES.negative.length).toBeGreaterThanOrEqual(8);
  });

  it.each(SUPPORT_EXAMPLES.positive)('finds crisis language in: %s', (text) => {
    const spans = findSupportSpans(makeSentence(text));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it.each(SUPPORT_EXAMPLES.negative)('leaves the idiom alone: %s', (text) => {
    expect(findSupportSpans(makeSentence(text))).toEqual([]);
  });

  it('points at the crisis words themselves, in the original text', () => {
    const text = 'Mum, I DON\u2019T DESERVE TO LIVE after what I did.';
    const [span] = findSupportSpans(makeSentence(text));
    expect(text.slice(span!.start, span!.end)).toBe('DON\u2019T DESERVE TO LIVE');
  });

  it('finds it inside an amends sentence that also says sorry', () => {
    const text = "I'm sorry for everything, and honestly everyone would be better off without me.";
    const spans = findSupportSpans(makeSentence(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['better off without me']);
  });

  it('returns nothing for empty, blank and very long ordinary text', () => {
    expect(findSupportSpans(makeSentence(''))).toEqual([]);
    expect(findSupportSpans(makeSentence('   \n '))).toEqual([]);
    expect(findSupportSpans(makeSentence('we walked to the shop and back '.repeat(700)))).toEqual([]);
  });
});
