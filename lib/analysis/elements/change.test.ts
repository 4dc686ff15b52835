import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../../tests/eval/example-texts';
import { makeSentence } from '../normalize';
import { makeDraft } from '../../../tests/bench/drafts';
import { mayMatch, trigramFilter } from '../trigram-filter';
import { ACTIVITY_PATTERN, ACTIVITY_PIECES, ACTIVITY_SHORT, hasShortName, mayHaveActivity } from './change';
import { topLevelAlternatives } from './match';

/** One phrase or more for each ACTIVITY alternative (the test checks each alternative is met). */
const PHRASES = [
  'sober', 'sobriety', 'clean for a year', 'clean since may', 'clean 40 days', 'clean six months', 'i am clean.', 'clean',
  'dry for a month', 'dry since june', 'abstinent', 'off the drink', 'off gambling', 'alcohol-free', 'drug-free',
  'aa', 'at na tonight', 'ga', 'ca', 'al-anon', 'alanon', 'alcoholics anonymous', 'gamblers anonymous',
  'smart recovery', 'meetings', 'aa meeting', '7pm meeting', 'tuesday meeting', 'meeting every week', 'to a meeting',
  'betting apps', 'bookie sites', "dealer's number", 'dealers contact', 'manages our money', 'looks after my bank',
  'sponsor', 'counsellor', 'counselor', 'counselling', 'therapy', 'therapist', 'psychiatrist', 'psychologist',
  'rehab', 'treatment', 'detox', 'outpatient', 'in-patient', 'a program', 'my 12-week programme', 'support group',
  'the steps', 'step four', 'step 9', 'sober living', 'halfway house', 'recovery home', 'medication', 'antabuse',
  'methadone', 'suboxone', 'naltrexone', 'buprenorphine', 'recovery', 'clinic', 'self-exclusion', 'selfexcluded',
  'gamstop', 'blocked all the betting sites', 'blocked apps', 'bank card', 'car keys', 'keys to', 'the account together',
  'anger management', 'behavioural coach', 'a new job', 'a job', 'working at', 'getting help', 'get help',
  'help with my', 'my doctor', 'my temper', 'my drinking', 'my gambling', 'my using', 'budget', 'a reminder',
  'check in', 'breathalyser', 'breathalyzer', 'curfew', 'accountability',
];

describe('change: the activity prefilter', () => {
  it('has a phrase for every ACTIVITY alternative', () => {
    const src = ACTIVITY_PATTERN.source.replace(/^\(\?:/, '').replace(/\)$/, '');
    for (const alt of topLevelAlternatives(src)) {
      const re = new RegExp(alt);
      expect(PHRASES.some((p) => re.test(p)), alt).toBe(true);
    }
  });

  const texts: string[] = [];
  for (const p of PHRASES) texts.push(p, `i've ${p} now`, `x${p}y`, `im ${p}, really`);
  texts.push(...ruleExampleTexts());
  for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));

  it('finds the two-letter group names as ACTIVITY_SHORT does', () => {
    const cases = ['aa', 'na', 'ga', 'ca', 'a', 'ba', 'aaa', 'xaa', 'aax', 'at aa.', 'at na', 'na meeting', 'my ca!',
      '_na', 'na_', '9ga', 'ga9', "ca'", "'ca", 'é na', 'naé', 'banana', 'a a', 'n a', 'nna', 'ana', 'c-a', 'NA', 'Na'];
    // Every string of up to four characters over a small alphabet, each placement included.
    const alphabet = ['a', 'n', 'c', 'g', 'b', ' ', '_', '1', "'", 'é'];
    const grow = (s: string, depth: number): void => {
      cases.push(s);
      if (depth > 0) for (const ch of alphabet) grow(s + ch, depth - 1);
    };
    grow('', 4);
    for (const text of cases) expect(hasShortName(text), JSON.stringify(text)).toBe(ACTIVITY_SHORT.test(text));
  });

  it('lets through every sentence ACTIVITY matches, and turns most others away', () => {
    let met = 0;
    let turnedAway = 0;
    for (const text of texts) {
      const { norm } = makeSentence(text);
      ACTIVITY_PATTERN.lastIndex = 0;
      const matches = ACTIVITY_PATTERN.test(norm);
      ACTIVITY_PATTERN.lastIndex = 0;
      if (matches) {
        met++;
        expect(mayHaveActivity(norm), text).toBe(true);
      } else if (!mayHaveActivity(norm)) turnedAway++;
    }
    expect(met).toBeGreaterThan(PHRASES.length * 3);
    expect(turnedAway).toBeGreaterThan(texts.length / 3);
  });
});

describe('change: the activity pieces read from the index', () => {
  it('says what the pieces pattern trigram filter says, sentence by sentence', () => {
    const filter = trigramFilter(ACTIVITY_PIECES);
    const texts: string[] = [];
    for (const p of PHRASES) texts.push(p, `i've ${p} now`, `x${p}y`);
    texts.push(...ruleExampleTexts());
    for (let seed = 1; seed <= 6; seed++) texts.push(...makeDraft(600, seed).split(/(?<=[.!?])\s+/));
    let let_through = 0;
    for (const text of texts) {
      const { norm } = makeSentence(text);
      // Another sentence marked in between, as the detectors interleave.
      mayHaveActivity('the cat sat on the mat');
      const want = mayMatch(filter, norm) || hasShortName(norm);
      expect(mayHaveActivity(norm), text).toBe(want);
      if (want) let_through++;
    }
    expect(let_through).toBeGreaterThan(PHRASES.length);
    expect(let_through).toBeLessThan(texts.length);
  });
});
