/**
 * The prefilter index (word-keys.ts NeedIndex) finds the patterns a sentence may match from
 * the sentence's words and trigrams. With the caller's filter test for the patterns it finds
 * by words, it must say exactly what the reference checks say, one pattern at a time: the
 * sentence has one of the pattern's needs words, and its trigram filter may match (mayMatch).
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/analysis';
import { ELEMENT_RULES } from '../../../lib/analysis/elements';
import { elementPatterns } from '../../../lib/analysis/elements/match';
import { makeSentence } from '../../../lib/analysis/normalize';
import { FLAG_RULES } from '../../../lib/analysis/rules';
import { registeredPatterns } from '../../../lib/analysis/rules/define';
import { oneByte } from '../../../lib/analysis/sentence-analysis';
import { mayMatch, trigramFilter, type TrigramFilter } from '../../../lib/analysis/trigram-filter';
import { forEachElementWordKey, forEachRuleWordKey, KeyTable, keyOfWord, NeedIndex, sortAscending } from '../../../lib/analysis/word-keys';
import { makeDraft } from '../../bench/drafts';

function sentences(): string[] {
  const texts: string[] = [];
  for (const r of [...FLAG_RULES, ...ELEMENT_RULES]) texts.push(...r.examples.positive, ...r.examples.negative);
  const draft = makeDraft(400, 33);
  for (const r of segment(draft)) texts.push(draft.slice(r.start, r.end));
  texts.push('', 'a', 'ok.', 'Ünïcødé — “quotes” and emoji 🙂 here', 'x'.repeat(300));
  const norms = texts.map((t) => makeSentence(t).norm);
  return [...norms, ...norms.map(oneByte)];
}

type Tokenise = (norm: string, visit: (key: number) => void) => void;

/** The reference: needs words by key, then the full trigram filter. */
function reference(tokenise: Tokenise, words: string[] | null, filter: TrigramFilter | null, norm: string): boolean {
  if (words) {
    const keys = new Set(words.map(keyOfWord));
    let found = false;
    tokenise(norm, (k) => {
      if (keys.has(k)) found = true;
    });
    if (!found) return false;
  }
  return filter ? mayMatch(filter, norm) : true;
}

/** Some needs words per pattern, drawn from the sentences' own words so that some are met. */
function someWords(i: number, pool: string[]): string[] | null {
  if (i % 3 === 0) return null;
  if (i % 11 === 0) return []; // needs nothing that can occur: never enabled
  return [pool[i % pool.length]!, pool[(i * 7) % pool.length]!, 'zzq'];
}

describe('prefilter index', () => {
  for (const [name, tokenise] of [
    ['flag-rule words', forEachRuleWordKey],
    ['element words', forEachElementWordKey],
  ] as [string, Tokenise][]) {
    it(`enables exactly the patterns whose words and trigram filter hold (${name})`, { timeout: 120_000 }, () => {
      const norms = sentences();
      const pool = [...new Set(norms.join(' ').split(/[^a-z']+/).filter((w) => w.length > 0))].slice(0, 400);
      const patterns = [...registeredPatterns(), ...elementPatterns(), /.*/g, /\bu\b|x/g];
      expect(patterns.length).toBeGreaterThan(200);
      const index = new NeedIndex(tokenise);
      const entries = patterns.map((re, i) => {
        const words = someWords(i, pool);
        // Every fifth pattern has words and no filter to test.
        const filter = i % 5 === 4 && words ? null : trigramFilter(re);
        return { id: index.register(words, filter), words, filter };
      });
      let enabled = 0;
      let checked = 0;
      for (const norm of norms) {
        index.markSentence(norm);
        // The ascending list of enabled ids (what the rules visit) is exactly the ids
        // `enabled` says yes to, read from the start or from any id on.
        const yes = entries.filter((e) => index.enabled(e.id)).map((e) => e.id);
        for (const from of [0, 1, entries.length >> 1, entries.length - 1, entries.length]) {
          const listed: number[] = [];
          for (let k = index.firstEnabledFrom(from); index.enabledAt(k) >= 0; k++) listed.push(index.enabledAt(k));
          if (listed.join() !== yes.filter((id) => id >= from).join()) {
            throw new Error(`enabled list from ${from} on ${JSON.stringify(norm)}: ${listed.join()} vs ${yes.filter((id) => id >= from).join()}`);
          }
        }
        for (const e of entries) {
          const want = reference(tokenise, e.words, e.filter, norm);
          // markSentence is asked again by the next pattern list: the marks must still hold.
          // A pattern found by its words has its filter tested by the caller, as the engine does.
          const got = index.enabled(e.id) && (index.testsFilter(e.id) || !e.filter || mayMatch(e.filter, norm));
          if (got !== want) {
            throw new Error(`pattern ${e.id} on ${JSON.stringify(norm)}: index ${got}, reference ${want}`);
          }
          if (want) enabled++;
          checked++;
        }
        index.markSentence(norm);
      }
      // Not vacuous: many patterns are enabled, and many are not.
      expect(enabled).toBeGreaterThan(1000);
      expect(checked - enabled).toBeGreaterThan(1000);
    });
  }

  it('takes in words given after registration and patterns registered after a first sentence', () => {
    const index = new NeedIndex(forEachElementWordKey);
    const a = index.register(null, trigramFilter(/\bpay you back\b/g));
    index.markSentence('i will pay you back');
    expect(index.enabled(a)).toBe(true);
    index.setWords(a, ['owe']);
    index.markSentence('i will pay you back');
    expect(index.enabled(a)).toBe(false);
    index.markSentence('i owe it, i will pay you back');
    expect(index.enabled(a)).toBe(true);
    const b = index.register(['sorry'], trigramFilter(/\bso sorry\b/g));
    index.markSentence('i owe it, i will pay you back');
    expect(index.enabled(b)).toBe(false);
    index.markSentence('i am so sorry');
    expect(index.enabled(b)).toBe(true);
    expect(index.enabled(a)).toBe(false);
  });
});

describe('sortAscending (the index’s sort of a sentence’s enabled patterns)', () => {
  it('sorts like a typed array’s own sort, short and long, with repeats', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const n of [0, 1, 2, 3, 10, 63, 64, 65, 200]) {
      for (let round = 0; round < 20; round++) {
        const a = Int32Array.from({ length: n + 5 }, () => next() % 97);
        const tail = Array.from(a.subarray(n));
        const expected = Array.from(a.subarray(0, n)).sort((x, y) => x - y);
        sortAscending(a, n);
        expect(Array.from(a.subarray(0, n))).toEqual(expected);
        // What lies past n is left alone.
        expect(Array.from(a.subarray(n))).toEqual(tail);
      }
    }
  });
});

describe('KeyTable (the index’s word key -> patterns lists)', () => {
  it('finds every list it was given, and nothing for any other key', () => {
    let seed = 11;
    // The high bits of a linear congruential generator (its low bits repeat with short periods).
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (const size of [0, 1, 5, 100, 3000]) {
      const lists = new Map<number, number[]>();
      // Keys are three one-byte characters; some close together, as words sharing a start are.
      for (let k = 0; lists.size < size; k++) {
        const key = k % 2 ? next() & 0xffffff : 0x616100 + (next() % 4096);
        lists.set(key, Array.from({ length: 1 + (next() % 4) }, () => next() % 1000));
      }
      const table = new KeyTable(lists);
      for (const [key, ids] of lists) {
        const at = table.find(key);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(Array.from(table.ids.subarray(table.from[at]!, table.to[at]!))).toEqual(ids);
      }
      for (let k = 0; k < 20_000; k++) {
        const key = k < 10_000 ? next() & 0xffffff : 0x616100 + k - 10_000;
        if (!lists.has(key)) expect(table.find(key)).toBe(-1);
      }
    }
  });
});

describe('NeedIndex rebuilds', () => {
  it('indexes a filter read after its last build once the callers have tested it often', () => {
    const index = new NeedIndex(forEachRuleWordKey);
    const filter = trigramFilter(/\bsorry for the (?:mess|noise)\b/g);
    const id = index.register(['sorry'], filter);
    index.markSentence('i am sorry for the mess');
    // Built before its filter was read: the caller tests the filter.
    expect(index.testsFilter(id)).toBe(false);
    expect(mayMatch(filter, 'i am sorry for the mess')).toBe(true);
    for (let k = 0; k < 2100; k++) {
      index.markSentence(k % 2 ? 'so sorry for the noise' : 'sorry for that');
      if (index.enabled(id)) index.testsFilter(id);
    }
    // Rebuilt, once the tests added up: the index tests it now, and says the same.
    expect(index.testsFilter(id)).toBe(true);
    index.markSentence('sorry for that');
    expect(index.enabled(id)).toBe(false);
    index.markSentence('so sorry for the noise');
    expect(index.enabled(id)).toBe(true);
  });
});

