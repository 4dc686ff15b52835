import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, engineStats, forgetDrafts, resetStats, segment, warmUp } from '../../../lib/analysis';
import { ELEMENT_RULES } from '../../../lib/analysis/elements';
import { elementPatterns } from '../../../lib/analysis/elements/match';
import { makeSentence } from '../../../lib/analysis/normalize';
import { FLAG_RULES } from '../../../lib/analysis/rules';
import { registeredPatterns } from '../../../lib/analysis/rules/define';
import { oneByte } from '../../../lib/analysis/sentence-analysis';
import { describeQuery, mayMatch, trigramFilter } from '../../../lib/analysis/trigram-filter';
import { makeDraft } from '../../bench/drafts';

// Warm-up runs every rule on its examples once; its work is not the work being counted.
beforeAll(() => {
  warmUp();
});

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
  resetStats();
});

const filterOf = (source: string, flags = 'g') => trigramFilter(new RegExp(source, flags));

describe('trigram filter', () => {
  it('lets through every sentence a pattern matches, for every rule and element pattern', { timeout: 120_000 }, () => {
    const texts: string[] = [];
    for (const r of [...FLAG_RULES, ...ELEMENT_RULES]) texts.push(...r.examples.positive, ...r.examples.negative);
    const draft = makeDraft(500, 21);
    for (const r of segment(draft)) texts.push(draft.slice(r.start, r.end));
    const norms = texts.map((t) => makeSentence(t).norm);
    norms.push(...norms.map(oneByte));
    const patterns = [...registeredPatterns(), ...elementPatterns()];
    expect(patterns.length).toBeGreaterThan(200);
    let matched = 0;
    let skipped = 0;
    for (const re of patterns) {
      const filter = trigramFilter(re);
      const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      for (const norm of norms) {
        const may = mayMatch(filter, norm);
        if (!may) skipped++;
        if (probe.test(norm)) {
          matched++;
          if (!may) expect.fail(`filter rejected a match of /${re.source.slice(0, 80)}/ in "${norm}"`);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
    // It does filter: most (pattern, sentence) pairs are settled without running the pattern.
    expect(skipped).toBeGreaterThan((patterns.length * norms.length) / 2);
  });

  it('reads the trigrams a pattern needs from its source', () => {
    const sorry = filterOf(String.raw`\b(?:i'm|i am) (?:so |very )?sorry\b`);
    expect(mayMatch(sorry, "i'm so sorry.")).toBe(true);
    expect(mayMatch(sorry, 'i am sorry')).toBe(true);
    expect(mayMatch(sorry, 'i was so sorry')).toBe(false); // "i'm"/"i am" is missing
    expect(mayMatch(sorry, "i'm so sad")).toBe(false); // "sorry" is missing
    // Look-arounds consume nothing; classes and gaps break a literal; alternatives of literals stay required.
    const gap = filterOf(String.raw`\bpaid (?=you)\w+ back [^.]{0,20}?(?:monday|friday)`);
    expect(mayMatch(gap, 'paid you back on friday')).toBe(true);
    expect(mayMatch(gap, 'paid you on friday')).toBe(false); // " back " is missing
  });

  it('says "may match" for whatever it does not model', () => {
    for (const re of [/sorry/i, /\p{L}+ry/u, /(a)\1bc/, /\cJxyz/]) {
      expect(describeQuery(re)).toBe('*');
      expect(mayMatch(trigramFilter(re), 'nothing like it')).toBe(true);
    }
  });

  it('runs only a few flag and element patterns on everyday sentences', () => {
    const total = registeredPatterns().length + elementPatterns().length;
    for (const text of [
      'Grey skies over Leeds on Tuesday morning.',
      'Tickets for the concert went on sale at noon.',
      "Please find the minutes of Monday's meeting attached.",
    ]) {
      forgetDrafts();
      clearSentenceCache();
      resetStats();
      analyzeDraft(text);
      expect(engineStats.sentencesAnalysed).toBe(1);
      expect(engineStats.patternScans).toBeLessThan(total / 20);
    }
    // ... while a sentence with an apology and its conditional runs the patterns that can match.
    resetStats();
    const result = analyzeDraft("I'm sorry if you were hurt.");
    expect(engineStats.patternScans).toBeGreaterThan(0);
    expect(result.hints.some((h) => h.rule === 'conditional')).toBe(true);
  });
});
