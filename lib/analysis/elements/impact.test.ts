import { describe, expect, it } from 'vitest';
import { ruleExampleTexts } from '../../../tests/eval/example-texts';
import { makeSentence } from '../normalize';
import { makeDraft } from '../../../tests/bench/drafts';
import { guardPatternsForTest, isImpactForTest } from './impact';

const { CONDITIONAL, DISOWNED_IF, DISTANCED, INDEFINITE, OWED_TELLING, LEFT_AT, PASSIVE_LEFT, BEFORE_VETO } = guardPatternsForTest;
const before = (norm: string, start: number, n: number) => norm.slice(Math.max(0, start - n), start);

/**
 * The impact guard as first written, before its cheaper checks ("deserve" looked for before the
 * search, the leaving tests by comparison, LEFT_AT and PASSIVE_LEFT run only on text holding
 * their pieces), with the same patterns.
 */
function isImpactAsWritten(norm: string, start: number, end: number): boolean {
  const lead = before(norm, start, 40);
  if ((CONDITIONAL.test(lead) && !DISOWNED_IF.test(lead)) || DISTANCED.test(lead)) return false;
  if (INDEFINITE.test(before(norm, start, 60))) return false;
  const text = norm.slice(start, end);
  const d = text.search(/\bdeserves? /);
  if (d >= 0 && OWED_TELLING.test(norm.slice(start + d).replace(/^deserves? (?:(?:so|much|far|a lot) )?/, ' '))) return false;
  const leaving = /^(?:i |left|leaving|leave)/.test(text) || /\b(?:left|leaving|leave) $/.test(lead);
  if (leaving && LEFT_AT.test(norm.slice(start, end + 24))) return false;
  if (PASSIVE_LEFT.test(norm.slice(start, end + 30))) return false;
  if (BEFORE_VETO.test(lead)) {
    if (/^(?:i )?(?:made|left|leaving|put|putting|hurt|scared|frightened|humiliated)\b/.test(norm.slice(start, end))) return true;
    return false;
  }
  return true;
}

describe('impact: the guard', () => {
  const texts: string[] = [];
  texts.push(...ruleExampleTexts());
  for (let seed = 1; seed <= 3; seed++) texts.push(...makeDraft(300, seed).split(/(?<=[.!?])\s+/));
  // The leaving words at the edges of a word and of the text, the pieces split across the window's end.
  texts.push(
    'i left you to get home on your own', 'leaving u to walk home', 'the kids were left alone', 'you got left on your own to cope',
    'xleft you at the station', 'i leave the kids at home', 'you deserves better', 'undeserved, you deserve the truth',
    'he left. you were left home alone', 'bereft you left', 'cleft you', 'sleave you', "left'", 'leaving', 'leave ',
    "o'left you at the bus stop", 'my sister was left alone all night, you know', 'cleft u to walk home', 'bereft you to get home on your own',
    'the cleave kids to go home', 'sleaving the kids to make your way home',
  );

  it('decides every span of every text as the guard as first written did', () => {
    let spans = 0;
    let vetoed = 0;
    for (const text of texts) {
      const { norm } = makeSentence(text);
      for (let start = 0; start < norm.length; start++) {
        for (let end = start + 1; end <= Math.min(norm.length, start + 60); end += start % 3 === 0 ? 1 : 4) {
          const want = isImpactAsWritten(norm, start, end);
          if (isImpactForTest(norm, start, end) !== want) expect(isImpactForTest(norm, start, end), `${norm} [${start}, ${end})`).toBe(want);
          spans++;
          if (!want) vetoed++;
        }
      }
    }
    expect(spans).toBeGreaterThan(100_000);
    expect(vetoed).toBeGreaterThan(1000);
  });
});
