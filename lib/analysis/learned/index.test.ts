import { describe, expect, it } from 'vitest';
import type { Span } from '../types';
import { clauseAround } from './index';

/** The regex definition clauseAround had before it used char codes: the reference. */
function clauseByRegex(norm: string, start: number, end: number): Span {
  const BREAK = /[,;:()\n\r\t"]|\s[-–—]\s/;
  let a = start;
  while (a > 0 && !BREAK.test(norm[a - 1]!) && !(a >= 2 && /\s[-–—]/.test(norm.slice(a - 2, a)))) a--;
  let b = end;
  while (b < norm.length && !BREAK.test(norm[b]!) && !/[.!?]/.test(norm[b]!)) b++;
  while (a < b && /\s/.test(norm[a]!)) a++;
  while (b > a && /\s/.test(norm[b - 1]!)) b--;
  if (b - a > 160) return { start, end };
  return { start: a, end: b };
}

describe('learned scorer: clause spans by char code', () => {
  it('gives the spans the regex definition gives, at every word of many texts', () => {
    // Every character the definition names, some it does not, and other whitespace.
    const parts = ['word', 'i', 'was', ' ', ' ', ',', ';', ':', '(', ')', '"', "'", '\n', '\r', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u180e', '\u200b',
      '-', '–', '—', '−', '.', '!', '?', '…', ' - ', ' – ', '—', '\v', '\f', '\u2028', 'x'.repeat(90), '🙏'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let checked = 0;
    for (let t = 0; t < 1500; t++) {
      let s = '';
      const len = 1 + next(40);
      for (let i = 0; i < len; i++) s += parts[next(parts.length)];
      for (let at = 0; at < s.length; at += 1 + next(3)) {
        const to = Math.min(s.length, at + next(6));
        expect(clauseAround(s, at, to), JSON.stringify([s, at, to])).toEqual(clauseByRegex(s, at, to));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
