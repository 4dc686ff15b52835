import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../lib/coach/fields/plain-text';

describe('extractPlainText (textarea)', () => {
  it('keeps the person\'s words and masks ">" quoted lines with same-length spaces', () => {
    const value = 'I am sorry I lied.\n> you always lie\n> and you know it\nLove, A';
    const snap = extractPlainText(value);
    expect(snap.text).toBe(value);
    expect(snap.analysisText).toHaveLength(value.length);
    expect(snap.analysisText.split('\n')).toEqual([
      'I am sorry I lied.',
      ' '.repeat('> you always lie'.length),
      ' '.repeat('> and you know it'.length),
      'Love, A',
    ]);
  });

  it('masks everything after the "-- " signature line', () => {
    const snap = extractPlainText('I was wrong.\n-- \nA. Person\nCall me anytime');
    expect(snap.analysisText.trimEnd()).toBe('I was wrong.');
    expect(snap.analysisText).toHaveLength(snap.text.length);
  });

  it('does not mask a ">" inside a line', () => {
    expect(extractPlainText('I think 3 > 2, but').analysisText).toBe('I think 3 > 2, but');
  });
});
