/**
 * Whole-draft checks for the conditional, but, feelings, pressure, self-focus, vague and
 * overpromise flags on sentences written for these tests (not from any corpus). Only these
 * seven flags are compared, so work on the other rules does not move these tests. The
 * multi-sentence drafts guard behaviour a single-sentence rule example cannot: a "but" that
 * leans on the apology in the sentence before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, forgetDrafts } from '../../../lib/analysis/analyze';
import { clearSentenceCache } from '../../../lib/analysis/sentence-analysis';
import { summarize } from '../../../lib/analysis/summary';

const MINE = new Set(['conditional', 'but', 'feelings', 'pressure', 'self-focus', 'vague', 'overpromise']);

const CASES: [string, string[]][] = [
  // "but" whose apology was in the previous sentence, with a defence after it
  ["I'm sorry about the rent. I know it was late, but you never reminded me.", ['but']],
  ["I'm so sorry for what I said at dinner. I was angry, but it was only because you kept pushing.", ['but']],
  ["I'm sorry I yelled. It was late, but I was exhausted after the double shift.", ['but']],
  // ...and the traps: no defence after it, or ownership after it
  ["I'm sorry I hurt you. I wanted to ring you, but I thought a letter would give you more space.", []],
  ["I'm sorry I lied. I drank every day, but that is no excuse.", []],
  ["I'm sorry. I wanted to come, but you were right to keep me away.", []],
  ['I took the car without asking. I meant to return it, but I crashed it.', []],
  // conditional: offers stay quiet now that the "if" lookahead works
  ["I'm sorry, and if you want I can pay for the repairs.", []],
  ['If you would like to talk about what I did, I am here.', []],
  ["If I had listened to you, you wouldn't have lost the deposit. I'm sorry.", []],
  ['If I overstepped at the christening, I apologise.', ['conditional']],
  ["If there's anything I said that hurt you, I'm sorry.", ['conditional']],
  // ordinary mail
  ['Sorry if this is a daft question, but is the form due Friday?', []],
  ["Sorry, but I can't make Thursday. Could we do Friday?", []],
  ['Sorry for any delays this may cause; the van is booked for Monday.', []],
  ["I can't sleep with the heat this week, so I've moved the meeting to Friday.", []],
  // pressure, self-focus, overpromise, feelings, vague
  ["I'm sorry I let you down. Let me know what you decide by Sunday.", ['pressure']],
  ["I can't stay sober while you won't even speak to me.", ['pressure']],
  ['Not seeing the kids is tearing me apart.', ['self-focus']],
  ["I've cried myself to sleep every night this month.", ['self-focus']],
  ['That version of me is gone for good.', ['overpromise']],
  ["I'll never borrow money off you again.", ['overpromise']],
  ["I won't contact you again unless you ask me to.", []],
  ["I'm sorry my joke landed so badly.", ['feelings']],
  ["I'm sorry for the way I've been lately.", ['vague']],
  ["I'm sorry for the things I said at your mum's birthday when I called her a liar.", []],
];

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
});

describe('fresh phrasings (conditional, but, feelings, pressure, self-focus, vague, overpromise)', { timeout: 60_000 }, () => {
  it.each(CASES)('%s', (text, want) => {
    const got = summarize(analyzeDraft(text)).flags.filter((f) => MINE.has(f));
    expect(got.sort()).toEqual([...want].sort());
  });
});
