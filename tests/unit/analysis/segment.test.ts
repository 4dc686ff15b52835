import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment, segmentLines, segmentRange } from '../../../lib/analysis/segment';

const pieces = (text: string) => segment(text).map((r) => text.slice(r.start, r.end));

describe('segment', () => {
  it('splits ordinary prose into sentences', () => {
    expect(pieces('I lied to you. I took the money! Can you forgive me? No need to answer.')).toEqual([
      'I lied to you.',
      'I took the money!',
      'Can you forgive me?',
      'No need to answer.',
    ]);
  });

  it('treats line breaks as boundaries, so greetings and sign-offs stand alone', () => {
    expect(pieces('Dear Tom,\n\nim sorry i yelled\nu didnt deserve it\r\nLove,\nDad')).toEqual([
      'Dear Tom,',
      'im sorry i yelled',
      'u didnt deserve it',
      'Love,',
      'Dad',
    ]);
  });

  it('breaks chat-style lower-case sentences after a full stop', () => {
    expect(pieces('sorry. i was wrong. u know it')).toEqual(['sorry.', 'i was wrong.', 'u know it']);
  });

  it('keeps abbreviations and titles inside the sentence', () => {
    expect(pieces('Dear Mr. Patel, the meeting is at 10 a.m. on Friday. See you e.g. there.')).toEqual([
      'Dear Mr. Patel, the meeting is at 10 a.m. on Friday.',
      'See you e.g. there.',
    ]);
  });

  it('returns trimmed, ordered, non-overlapping ranges and nothing for blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('  \n\t \n ')).toEqual([]);
    const text = '  One.   Two?\n\n  three  ';
    const ranges = segment(text);
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i]!;
      expect(text.slice(r.start, r.end)).toBe(text.slice(r.start, r.end).trim());
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
    }
    expect(pieces(text)).toEqual(['One.', 'Two?', 'three']);
  });

  it('cuts a 20,000-character run with no punctuation into bounded chunks, covering every word', () => {
    const words = Array.from({ length: 3_500 }, (_, i) => (i % 7 === 0 ? 'sorry' : 'word' + (i % 10)));
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(20_000);
    const ranges = segment(text);
    expect(ranges.length).toBeGreaterThan(30);
    for (const r of ranges) expect(r.end - r.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(ranges.map((r) => text.slice(r.start, r.end)).join(' ')).toBe(text);
  });

  it('prefers a clause boundary when cutting a long run', () => {
    const clause = 'and then I said something I should not have said to you';
    const text = Array.from({ length: 30 }, () => clause).join(', ');
    for (const piece of pieces(text)) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(piece.endsWith(',') || piece.endsWith('you')).toBe(true);
    }
  });

  it('never splits a surrogate pair, even in a run of emoji', () => {
    const text = '\u{1F600}'.repeat(1_000);
    for (const r of segment(text)) {
      const c = text.charCodeAt(r.start);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });

  describe('one ICU pass over a whole stretch gives what segmenting line by line gives', () => {
    // Every kind of line break, titles, abbreviations, stops of other scripts, marks that ICU
    // skips (combining, zero-width joiner, BOM), quotes, digits, lower and upper case.
    const parts = ['Hello', 'world', 'i', 'was', 'wrong', 'Mr', 'Dr', 'e.g', 'etc', 'a.m', 'No', 'U.S', 'ok', 'IT', 'x', '5', '3.5', '"', "'", ')', '(', '.', '.', '!', '?', '?!', '...', '\u2026', ',', ';', '-', ' ', ' ', ' ', '  ', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', '\u00a0', '\u0301', '\u200d', '\ufeff', '\u3002', '\u061f', '\u203c', '\u00e9', '\u00c9', '\u65e5\u672c', '\u0645\u0631\u062d\u0628\u0627', '\ud83d\ude00', '\ud800', '\u00bb', '\u201d', 'and', 'But'];
    const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const texts = (extra: string[], count: number): string[] => {
      const next = random(count + extra.length);
      const all = [...parts, ...extra];
      return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 40) }, () => all[next() % all.length]).join(''));
    };

    it('on random texts and windows of them, with every line break ICU knows', () => {
      const next = random(7);
      for (const text of texts([], 20_000)) {
        expect(segmentRange(text)).toEqual(segmentLines(text, 0, text.length));
        const from = next() % (text.length + 1);
        const to = from + (next() % (text.length - from + 1));
        expect(segmentRange(text, from, to)).toEqual(segmentLines(text, from, to));
      }
    });

    it('on long texts, which ICU is given in stretches ended where it always has a boundary', () => {
      // Sentences of every ending, titles and abbreviations before capitals, "? lowercase",
      // quotes and brackets after stops, few line breaks: many stretches end inside a line.
      const words = ['Mr.', 'Dr.', 'Prof.', 'MRS.', 'st.', 'e.g.', 'U.S.', 'etc.', 'No.', 'I', 'was', 'wrong', 'Hello', 'World', 'sorry', 'Dear', 'Anna', 'x', '5.', '3.5', 'you', 'the', 'money'];
      const ends = ['. ', '.  ', '! ', '? ', '?! ', '." ', '.) ', '... ', ', ', ' ', ' ', ' ', '.\n', '. ', '? ', '!\u2029'];
      const next = random(23);
      for (let round = 0; round < 300; round++) {
        let text = '';
        const length = 1500 + (next() % 5000);
        while (text.length < length) {
          text += words[next() % words.length];
          text += ends[next() % ends.length];
        }
        expect(segmentRange(text)).toEqual(segmentLines(text, 0, text.length));
        const from = next() % text.length;
        expect(segmentRange(text, from)).toEqual(segmentLines(text, from, text.length));
      }
    });

    it('with a vertical tab or form feed, which end a line here but are spaces to ICU', () => {
      // "Done. 5\vand": alone, the line "Done. 5" ends after "Done."; read on across the \v,
      // ICU finds the lower-case "and" and does not. Such a text is segmented line by line.
      const text = 'Done. 5\u000band';
      expect(segmentRange(text)).toEqual(segmentLines(text, 0, text.length));
      expect(segment(text).map((r) => text.slice(r.start, r.end))).toEqual(['Done.', '5', 'and']);
      for (const t of texts(['\u000b', '\f'], 5_000)) expect(segmentRange(t)).toEqual(segmentLines(t, 0, t.length));
    });
  });
});

