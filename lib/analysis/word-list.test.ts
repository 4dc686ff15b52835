import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../tests/eval/example-texts';
import { makeDraft } from '../../tests/bench/drafts';
import { teamCorpusTexts } from '../../tests/eval/corpus-texts';
import { amendsCues, readCueLists, WORD_LIST_CUES } from './amends-detect';
import { makeSentence } from './normalize';
import { oneByte } from './sentence-analysis';
import { countByPattern, listProgram, splitTopLevel, WordLists } from './word-list';

/** A seeded generator: the same salads on every run. */
function random(seed: number): (k: number) => number {
  let x = seed;
  return (k) => ((x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff), x % k);
}

/** Sentences as the engine sees them: corpus letters and messages, rule examples, drafts. */
function engineSentences(): string[] {
  const texts: string[] = [];
  for (const text of teamCorpusTexts()) texts.push(...text.split(/(?<=[.!?])\s+|\n+/));
  texts.push(...ruleExampleTexts());
  for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));
  return texts.map((t) => oneByte(makeSentence(t).norm));
}

/**
 * Random word salads from the lists' own words and pieces (so that their phrases, their
 * look-behinds' "no"/"out of", "#12" and "q3" meet one another), joined by spaces, nothing,
 * hyphens, apostrophes, commas and "#".
 */
function salads(patterns: readonly RegExp[], count: number, seed: number): string[] {
  const rnd = random(seed);
  const vocabulary = [...new Set(patterns.flatMap((re) => re.source.split(/[^a-z0-9'#-]+/)).filter(Boolean))];
  vocabulary.push('no', 'out', 'of', '#12', 'x#1', 'q3', 'q12', 'q', '4', '12', 'you', 'u', 'me', 'our', 'debt', "'", '-', 'é', 'ß', '_');
  const separators = [' ', ' ', ' ', ' ', '', '-', ', ', "'", '#', '. '];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = vocabulary[rnd(vocabulary.length)]!;
    for (let words = rnd(12); words > 0; words--) s += separators[rnd(separators.length)]! + vocabulary[rnd(vocabulary.length)]!;
    out.push(s);
  }
  return out;
}

/** Every count the lists give for `texts` that differs from running the patterns, at most a few. */
function disagreements(lists: WordLists, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of texts) {
    const counts = lists.count(s);
    lists.patterns.forEach((re, l) => {
      const expected = countByPattern(re, s);
      if (counts[l] !== expected && out.length < 5) out.push(`${re.source.slice(0, 30)}… on ${JSON.stringify(s)}: ${counts[l]}, not ${expected}`);
    });
  }
  return out;
}

describe('word lists counted word by word', () => {
  const lists = new WordLists(WORD_LIST_CUES);

  it('reads every word-list cue (none falls back to running its pattern)', () => {
    expect(lists.allRead()).toBe(true);
  });

  it('counts as the cue patterns do on corpus sentences, rule examples and drafts', () => {
    const texts = engineSentences();
    expect(texts.length).toBeGreaterThan(5000);
    expect(disagreements(lists, texts)).toEqual([]);
  });

  it('gives the same cues before warm-up reads the lists (patterns) and after (word by word)', () => {
    const sentences = [...engineSentences(), ...salads(WORD_LIST_CUES, 3000, 11)].map((norm) => ({ start: 0, text: norm, norm }));
    const before = JSON.stringify(sentences.map(amendsCues));
    readCueLists();
    expect(JSON.stringify(sentences.map(amendsCues)) === before).toBe(true);
  });

  it('counts as the cue patterns do on word salads of their own words', () => {
    expect(disagreements(lists, salads(WORD_LIST_CUES, 30000, 7))).toEqual([]);
  });

  it('counts as the pattern does where the order of alternatives and the resumed scan matter', () => {
    // Each list with the words its traps are made of; every text of up to three of them is tried.
    const cases: [RegExp, string[]][] = [
      // The first alternative that matches wins, and the scan goes on from its end: "a b" hides "b".
      [/\b(?:a b|a|b|b c)\b/g, ['a', 'b', 'c']],
      [/\b(?:a|a b|b c|c)\b/g, ['a', 'b', 'c']],
      // A phrase whose words are in the list, one with a word of any kind in it, a plain word after it.
      [/\b(?:let (?:you|u|our \w+) down|let|down|debt)\b/g, ['let', 'you', 'our', 'debt', 'down']],
      // Optional parts, greedy and lazy, and look-arounds.
      [/\b(?:lie(?:d|s)?|li(?:ar)??|(?<!no )harm(?:ed)?|fight(?! night)|x(?=#))\b/g, ['lie', 'lies', 'li', 'liar', 'no', 'harm', 'harmed', 'fight', 'night', 'x']],
      // Beginnings that end inside a word (q[1-4], ab\w*), and ones that are not word characters.
      [/\b(?:q[1-4]|#\d+|12-?step|room \d+|ab\w*|a\.b|#x|-y|out of|of)\b/g, ['q1', 'q5', 'q', '12', 'step', 'room', 'ab', 'abc', 'a', 'b', 'x', 'y', 'out', 'of']],
    ];
    const separators = [' ', '', '-', '#', '.'];
    for (const [re, words] of cases) {
      const texts: string[] = [];
      const grow = (s: string, depth: number): void => {
        texts.push(s);
        if (depth > 0) for (const sep of separators) for (const w of words) grow(s + sep + w, depth - 1);
      };
      for (const w of words) grow(w, 2);
      const mine = new WordLists([re]);
      expect(mine.allRead(), re.source).toBe(true);
      expect(disagreements(mine, texts)).toEqual([]);
    }
  });

  it('leaves to their patterns the lists it does not read', () => {
    for (const re of [/\b(?:a|b)\b/, /\b(?:a|b)\b/gi, /\b(?:a|(b))\b/g, new RegExp(String.raw`\b(?:a|b\1)\b`, 'g'), /\b(?:a)|(?:b)\b/g, /(?:a|b)\b/g, /\b(?:a|b?)\b/g, /\b(?:a|.b)\b/g, /\b(?:a|[xy]z)\b/g]) {
      expect(listProgram(re), re.source).toBeNull();
    }
    const lists = new WordLists([/\b(?:a|(b))\b/g, /\b(?:a|b)\b/g]);
    expect(lists.allRead()).toBe(false);
    expect(lists.count('a b (b) ab')).toEqual([3, 3]);
  });

  it('splits a list on its top-level bars only', () => {
    expect(splitTopLevel('a|b(?:c|d)|[|]|e\\|f')).toEqual(['a', 'b(?:c|d)', '[|]', 'e\\|f']);
    expect(splitTopLevel('a)|(b')).toBeNull();
  });
});
