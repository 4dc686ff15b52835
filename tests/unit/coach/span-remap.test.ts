import { describe, expect, it } from 'vitest';
import { diffText, remapSpans } from '../../../lib/coach/span-remap';

describe('remapSpans: hints stay on their words while a new analysis is pending', () => {
  const before = 'Sorry, but you made me do it.';
  const but = { start: 7, end: 10, rule: 'but' };
  const made = { start: 15, end: 22, rule: 'blame' };

  it('finds the single edit between two texts', () => {
    expect(diffText('abc', 'abXc')).toEqual({ at: 2, removed: 0, inserted: 1 });
    expect(diffText('abc', 'abc')).toBeNull();
  });

  it('shifts spans after an insertion earlier in the text', () => {
    const text = 'Oh. ' + before;
    const out = remapSpans([but, made], before, text);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['but', 'made me']);
  });

  it('keeps spans before an edit at the end', () => {
    const out = remapSpans([but], before, before + ' Please');
    expect(out).toEqual([but]);
  });

  it('drops a span the edit changed', () => {
    const text = before.replace('made me', 'forced me');
    const out = remapSpans([but, made], before, text);
    expect(out.map((s) => s.rule)).toEqual(['but']);
  });
});
