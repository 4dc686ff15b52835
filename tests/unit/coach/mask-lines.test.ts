import { describe, expect, it } from 'vitest';
import { isForwardHeader, isQuotedLine, isSignatureDelimiter, maskLineConventions } from '../../../lib/coach/masks/line-masks';
import { extractPlainText } from '../../../lib/coach/fields/plain-text';

/** The analysis text with masked runs shown as "·" runs per line, for readable expectations. */
function kept(text: string): string[] {
  const analysis = maskLineConventions(text);
  expect(analysis).toHaveLength(text.length);
  // Every kept character is the original one; every other is a space (line breaks stay).
  for (let i = 0; i < text.length; i++) {
    if (analysis[i] !== text[i]) expect(analysis[i]).toBe(text[i] === '\n' ? '\n' : ' ');
  }
  return analysis.split('\n').map((line) => line.trimEnd());
}

describe('quoted lines', () => {
  it('masks lines that start with ">" (also indented and nested)', () => {
    expect(kept('I lied to you.\n> sorry if you were offended, but\n  >> you started it\nI am sorry.')).toEqual([
      'I lied to you.',
      '',
      '',
      'I am sorry.',
    ]);
  });

  it('leaves a ">" inside a sentence alone', () => {
    expect(isQuotedLine('I think 3 > 2, but')).toBe(false);
    expect(isQuotedLine('->  next step')).toBe(false);
    expect(kept('My need > your feelings was how I acted -> I see that now.')).toEqual([
      'My need > your feelings was how I acted -> I see that now.',
    ]);
  });
});

describe('attribution lines', () => {
  it('masks the line ending with ":" directly before a quote, in any language', () => {
    for (const attribution of [
      'On Mon, 3 Mar 2026 at 10:02, Ann <ann@example.org> wrote:',
      'Am Mo., 3. März 2026 um 10:02 Uhr schrieb Anna <anna@example.org>:',
      'El lun, 3 mar 2026 a las 10:02, Ana (<ana@example.org>) escribió:',
      '2026年3月3日(月) 10:02 Ann <ann@example.org>：',
    ]) {
      expect(kept(`I was wrong.\n${attribution}\n> sorry if you were offended, but`)).toEqual(['I was wrong.', '', '']);
    }
  });

  it('masks both lines of an attribution wrapped inside the address', () => {
    expect(kept('I was wrong.\nOn Mon, 3 Mar 2026 at 10:02, Ann Example <\nann@example.org> wrote:\n> you always do this')).toEqual([
      'I was wrong.',
      '',
      '',
      '',
    ]);
  });

  it('keeps the person\'s line before an attribution when it opens no address', () => {
    expect(kept('I am sorry, <3 Sam\nOn Mon, Ann <ann@example.org> wrote:\n> you always do this')).toEqual(['I am sorry, <3 Sam', '', '']);
  });

  it('allows one blank line between the attribution and the quote (Apple Mail)', () => {
    expect(kept('I was wrong.\nOn 3 Mar 2026, at 10:02, Ann wrote:\n\n> you always do this')).toEqual(['I was wrong.', '', '', '']);
  });

  it('keeps a line ending with ":" that no quote follows', () => {
    expect(kept('Here is what I want to own:\nI lied about the money.')).toEqual([
      'Here is what I want to own:',
      'I lied about the money.',
    ]);
  });

  it('keeps a line ending with ":" when two blank lines separate it from the quote', () => {
    expect(kept('What I did:\n\n\n> old text')).toEqual(['What I did:', '', '', '']);
  });

  it('keeps a long paragraph that happens to end with ":" before a quote', () => {
    const long = `${'I have thought about this for a long time and there is a lot I want to say. '.repeat(4)}You said:`;
    expect(kept(`${long}\n> you never listen`)[0]).toBe(long);
  });

  it('masks an attribution before a quote the page already masked (rich text)', () => {
    const text = 'I was wrong.\nOn Mon, Ann wrote:\nyou always lie';
    const pageMasked = text.replace('you always lie', ' '.repeat('you always lie'.length));
    expect(maskLineConventions(text, pageMasked).split('\n').map((l) => l.trim())).toEqual(['I was wrong.', '', '']);
  });
});

describe('signatures', () => {
  it('masks everything from a "-- " line to the end', () => {
    expect(isSignatureDelimiter('-- ')).toBe(true);
    expect(isSignatureDelimiter('--\u00a0')).toBe(true);
    expect(kept('I was wrong.\n-- \nSam\nSorry if you were offended, but that is life')).toEqual(['I was wrong.', '', '', '']);
  });

  it('leaves dashes that are not the delimiter alone', () => {
    expect(isSignatureDelimiter('--- ')).toBe(false);
    expect(isSignatureDelimiter('-- Sam')).toBe(false);
    expect(kept('I was wrong -- and I know it.\n---\nMore to say.')).toEqual([
      'I was wrong -- and I know it.',
      '---',
      'More to say.',
    ]);
  });
});

describe('forward headers', () => {
  it('masks from a ruled forward or original-message header to the end, in any language', () => {
    for (const header of [
      '---------- Forwarded message ---------',
      '-----Original Message-----',
      '-----Ursprüngliche Nachricht-----',
      '‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐',
      '________________________________',
    ]) {
      expect(isForwardHeader(header)).toBe(true);
      expect(kept(`Please read this.\n${header}\nFrom: Ann\nsorry if you were offended, but`)).toEqual(['Please read this.', '', '', '']);
    }
  });

  it('leaves a plain separator and dashed asides alone', () => {
    expect(isForwardHeader('-----')).toBe(false);
    expect(isForwardHeader('----- -----')).toBe(false);
    expect(isForwardHeader('I was -- honestly -- wrong')).toBe(false);
    expect(kept('First part.\n-----\nSecond part.')).toEqual(['First part.', '-----', 'Second part.']);
  });
});

describe('textarea snapshots use the same conventions', () => {
  it('masks quote, attribution and signature in a Roundcube-style plain reply', () => {
    const value = [
      'Dear Ann,',
      'I am sorry I lied to you about the money.',
      '',
      'On 03.03.2026 10:02, Ann wrote:',
      '> sorry if you were offended, but you lied',
      '-- ',
      'Sam - sorry if you were offended, but',
    ].join('\n');
    const snap = extractPlainText(value);
    expect(snap.text).toBe(value);
    expect(snap.analysisText).toHaveLength(value.length);
    expect(snap.analysisText.trimEnd()).toBe('Dear Ann,\nI am sorry I lied to you about the money.');
  });

  it('throws when given an analysis of another length (a bug, not input)', () => {
    expect(() => maskLineConventions('abc', 'ab')).toThrow(/as long as/);
  });
});
