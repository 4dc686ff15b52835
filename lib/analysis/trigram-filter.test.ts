import { describe, expect, it } from 'vitest';
import { branchHolds, filteredExec, filteredTest, indexBranches, mayMatch, trigramFilter, trigramsOf } from './trigram-filter';

const filterOf = (source: string) => trigramFilter(new RegExp(source, 'dg'));

describe('trigram filter, branch by branch', () => {
  it('requires all of one alternative, not one piece of each', () => {
    const re = String.raw`(?<s>\bzebra quokka\b|\bjazz fjord\b)`;
    const f = filterOf(re);
    expect(mayMatch(f, 'a zebra quokka here')).toBe(true);
    expect(mayMatch(f, 'some jazz fjord')).toBe(true);
    // A piece of each alternative, all of neither: the pattern cannot match.
    expect(mayMatch(f, 'zebra jazz')).toBe(false);
    expect(new RegExp(re).test('zebra jazz')).toBe(false);
  });

  it('splits a top-level alternation the same way', () => {
    const f = filterOf(String.raw`\bpay you back\b|\bmake it right\b`);
    expect(mayMatch(f, 'i will make it right')).toBe(true);
    expect(mayMatch(f, 'you make me pay')).toBe(false);
  });

  it('lets everything through when one alternative requires nothing', () => {
    const f = filterOf(String.raw`(?<s>\bcould have stopped me\b|\bu\b)`);
    expect(mayMatch(f, 'nothing alike')).toBe(true);
  });

  it('keeps a group that does not span the pattern as one requirement', () => {
    const f = filterOf(String.raw`(?:sorry|regret) for (?:lying|cheating)`);
    expect(mayMatch(f, 'sorry for lying')).toBe(true);
    expect(mayMatch(f, 'sorry about lying')).toBe(false);
  });

  it('requires a trigram across the join of pieces too short to have one of their own', () => {
    // "it"/"that" and "too" alone say little: the match needs "t t" ("it too", "that too").
    const re = String.raw`\b(?:it|that) (?:too|also)\b`;
    const f = filterOf(re);
    expect(mayMatch(f, 'i did that too')).toBe(true);
    expect(mayMatch(f, 'it was also me')).toBe(false);
    expect(new RegExp(re).test('it was also me')).toBe(false);
  });

  it('treats an optional word as present or absent, not as unknown', () => {
    const re = String.raw`\bi(?:'m| am) (?:so |very )?sorry\b`;
    const f = filterOf(re);
    expect(mayMatch(f, "i'm so sorry")).toBe(true);
    expect(mayMatch(f, 'i am sorry')).toBe(true);
    expect(mayMatch(f, 'sorry, i am late')).toBe(false);
  });
});

describe('filteredExec and filteredTest (a helper pattern run only when its trigrams are there)', () => {
  /** Counts real scans, to see which calls the filter answered. */
  class Counting extends RegExp {
    scans = 0;
    override exec(s: string): RegExpExecArray | null {
      this.scans++;
      return super.exec(s);
    }
  }
  const subjects = [
    "i'm so sorry for lying to you",
    'sorry for lying, i was wrong',
    'nothing alike here',
    'i lied and i am sorry',
    'so sorry',
    '',
    'sorry for lying sorry for lying',
  ];

  it('answers exactly as exec and test do, with the same lastIndex after, for plain, global, sticky and indices patterns', () => {
    const source = String.raw`\b(?:sorry|apologi[sz]e) for (?<s>lying|cheating)\b`;
    for (const flags of ['', 'g', 'y', 'd', 'dg']) {
      for (const s of subjects) {
        for (const startAt of [0, 3]) {
          const fast = new RegExp(source, flags);
          const slow = new RegExp(source, flags);
          fast.lastIndex = startAt;
          slow.lastIndex = startAt;
          expect(JSON.stringify(filteredExec(fast, s)), `${flags} ${s}`).toBe(JSON.stringify(slow.exec(s)));
          expect(fast.lastIndex).toBe(slow.lastIndex);
          expect(JSON.stringify(filteredExec(fast, s)?.indices)).toBe(JSON.stringify(slow.exec(s)?.indices));
          fast.lastIndex = startAt;
          slow.lastIndex = startAt;
          expect(filteredTest(fast, s), `${flags} ${s}`).toBe(slow.test(s));
          expect(fast.lastIndex).toBe(slow.lastIndex);
        }
      }
    }
  });

  it('skips the scan when a piece every match holds is missing, and scans otherwise', () => {
    const re = new Counting(String.raw`\bsorry for (?:lying|cheating)\b`);
    expect(filteredTest(re, 'nothing alike here')).toBe(false);
    expect(re.scans).toBe(0);
    expect(filteredTest(re, 'so sorry for lying')).toBe(true);
    expect(re.scans).toBe(1);
    // Every piece present but not in order: the scan decides.
    expect(filteredTest(re, 'lying, sorry for that')).toBe(false);
    expect(re.scans).toBe(2);
  });

  it('resets a global pattern left mid-text when it skips, as a failed scan would', () => {
    const re = /\bsorry\b/g;
    expect(filteredTest(re, 'sorry and sorry')).toBe(true);
    expect(re.lastIndex).toBe(5);
    expect(filteredTest(re, 'nothing alike')).toBe(false);
    expect(re.lastIndex).toBe(0);
  });
});

describe('a filter of many branches (a gate of many pieces)', () => {
  it('says what testing every branch says, through its index of first clauses', () => {
    const pieces = ['self', 'meself', 'kms', 'suicid', 'life', 'not around', 'gone', 'dead', 'die', 'wish', 'rather', 'deserve', 'burden', 'waste of', 'goodbye', 'bridge', 'noose', 'razor', 'pointless', 'no one'];
    const re = new RegExp(pieces.join('|'));
    const f = trigramFilter(re);
    const texts = [
      'i want to see the bridge',
      'nobody would miss me',
      'no one would miss me',
      'i am a burden to everyone',
      'we had lunch by the river',
      'the razors were on sale',
      'i feel so tired',
      'what a waste of time',
      '',
      'ab',
      'goodby',
      'good bye',
      ...pieces.map((p) => `it was ${p} all along`),
      ...pieces.map((p) => p.slice(0, -1)),
    ];
    for (const t of texts) {
      // The reference: every branch tested in turn.
      const reference = (indexBranches(f) ?? []).some(({ at }) => (trigramsOf(t), branchHolds(f.program!, at)));
      expect(mayMatch(f, t), t).toBe(reference);
      // Sound: never "cannot match" where the pattern matches.
      if (re.test(t)) expect(mayMatch(f, t), t).toBe(true);
    }
    expect((indexBranches(f) ?? []).length).toBeGreaterThanOrEqual(12);
  });
});
