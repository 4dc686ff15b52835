import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, engineStats, forgetDrafts, resetStats, sentenceRangesOf } from '../../../lib/analysis';
import { editKeepsBoundaries, segment } from '../../../lib/analysis/segment';
import { makeDraft, rng } from '../../bench/drafts';

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
  resetStats();
});

// Pieces that put stops, abbreviations and lower-case starts right beside the edits.
const PIECES = [
  'Mr. Patel came. ', 'i was wrong. ', 'e.g. this ', 'approx. ten ', 'U.S. Army ', 'sorry!! ', 'why? ', 'No. ',
  'no. 5 ', '3.5 ', 'a. b ', 'Dr. ', '"Sorry." ', 'ok... so ', '(yes.) ', 'I did it. But ', 'etc. and ', 'I lied\n',
  'A.B. ', 'x.Y ', 'sept. ', 'it.The ', 'I took the car and ran off. ',
];
// Runs with no stop, long enough together to be cut into chunks at MAX_SENTENCE.
const RUNS = ['and then we went on and on without a stop, ', 'I lied, I cheated, I stole; and more - ', 'x'.repeat(120) + ' ', 'i took it ', 'Mr. Patel '];
const TYPED = ['a', 'X', 'r', ' ', 'M', 'm', 'e', '.', 'g', 'approx', 'mr', 'Dr', 'é', ',', '"', '1', "'", 'sep', '!'];

describe('draft-level work', { timeout: 60_000 }, () => {
  it('skips segmenting only when an edit keeps every sentence boundary (checked against segmenting again)', () => {
    const r = rng(7);
    let kept = 0;
    for (let n = 0; n < 400; n++) {
      let text = '';
      const long = r() < 0.3;
      for (let i = 0, k = 2 + Math.floor(r() * (long ? 40 : 6)); i < k; i++) {
        text += long && r() < 0.9 ? RUNS[Math.floor(r() * RUNS.length)] : PIECES[Math.floor(r() * PIECES.length)];
      }
      const ranges = segment(text);
      for (let e = 0; e < 20; e++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.3 ? Math.min(text.length - at, 1 + Math.floor(r() * 2)) : 0;
        const ins = r() < 0.2 ? '' : TYPED[Math.floor(r() * TYPED.length)]!;
        if (del === 0 && ins === '') continue;
        const i = ranges.findIndex((x) => x.end >= at + del);
        if (i < 0) continue;
        const next = text.slice(0, at) + ins + text.slice(at + del);
        const starts = ranges.map((x) => x.start);
        const ends = ranges.map((x) => x.end);
        if (!editKeepsBoundaries(text, next, starts, ends, i, at, at + del, at + ins.length)) continue;
        kept++;
        const d = ins.length - del;
        const moved = ranges.map((x, j) => (j < i ? x : { start: j === i ? x.start : x.start + d, end: x.end + d }));
        expect(segment(next), JSON.stringify([text, next])).toEqual(moved);
      }
    }
    // The fast path is taken often enough for the comparison to mean something.
    expect(kept).toBeGreaterThan(500);
  });

  it('types a word mid-sentence without segmenting, and gives what a cold analysis gives', () => {
    let text = makeDraft(3_000, 21);
    analyzeDraft(text);
    let at = text.indexOf(' took ', text.length >> 1) + 3;
    let segmented = 0;
    for (const ch of 'o and sold') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      resetStats();
      const incremental = analyzeDraft(text);
      segmented += engineStats.charsSegmented;
      expect(engineStats.sentencesAnalysed).toBeLessThanOrEqual(1);
      expect(sentenceRangesOf(text)).toEqual(segment(text));
      forgetDrafts();
      expect(incremental).toEqual(analyzeDraft(text));
      forgetDrafts();
      analyzeDraft(text);
    }
    expect(segmented).toBe(0);
  });

  it('takes back a claim when the next sentence rebuts it, typed or deleted a key at a time, as a cold analysis does', () => {
    const claim = 'For years I said you pushed me into it.';
    const rebuttal = " You didn't.";
    const draft = makeDraft(600, 5);
    const mid = draft.indexOf('. ', draft.length >> 1) + 2;
    const before = draft.slice(0, mid) + claim;
    const after = ' ' + draft.slice(mid);
    const blameOnClaim = (text: string) => {
      const at = text.indexOf(claim);
      return analyzeDraft(text).hints.some((h) => h.rule === 'blame' && h.start >= at && h.end <= at + claim.length);
    };
    const steps: string[] = [];
    for (let k = 0; k <= rebuttal.length; k++) steps.push(before + rebuttal.slice(0, k) + after);
    for (let k = rebuttal.length - 1; k >= 0; k--) steps.push(before + rebuttal.slice(0, k) + after);
    // An edit inside the claim while the rebuttal stands, and one inside the sentence before it.
    const full = before + rebuttal + after;
    steps.push(full.replace('For years', 'For ten years'), full, full.replace(claim, 'Honestly. ' + claim), full);
    // The rebuttal made and unmade inside its own sentence ("That was the reason." -> "That was
    // not the reason."), which leaves every boundary where it was: only the claim before it changes.
    for (const k of [0, 1, 2, 3, 4, 3, 2, 1, 0]) steps.push(before + ' That was ' + 'not '.slice(0, k) + 'the reason.' + after);
    analyzeDraft(steps[0]!);
    for (const text of steps) {
      const incremental = analyzeDraft(text);
      forgetDrafts();
      expect(incremental, text.slice(mid - 20, mid + 80)).toEqual(analyzeDraft(text));
      forgetDrafts();
      analyzeDraft(steps[0]!);
      analyzeDraft(text);
    }
    expect(blameOnClaim(before + after)).toBe(true);
    expect(blameOnClaim(full)).toBe(false);
    expect(blameOnClaim(before + " You didn't" + after.replace(/^ /, ' and ')) ).toBe(true);
  });

  it('never changes an analysis the caller still holds when later drafts are analysed', () => {
    const r = rng(3);
    let text = makeDraft(1_500, 4);
    const held: { analysis: ReturnType<typeof analyzeDraft>; json: string; text: string }[] = [];
    const edits = ['x', 'I am sorry. ', '', 'But you made me. ', '\n', "I'm sorry if you were upset. "];
    for (let k = 0; k < 40; k++) {
      const analysis = analyzeDraft(text);
      held.push({ analysis, json: JSON.stringify(analysis), text });
      const at = Math.floor(r() * text.length);
      const ins = edits[k % edits.length]!;
      text = text.slice(0, at) + ins + text.slice(at + (ins === '' ? 5 : 0));
    }
    for (const h of held) {
      expect(JSON.stringify(h.analysis)).toBe(h.json);
      // Offsets still point at the words in that draft's own text.
      for (const hint of h.analysis.hints) expect(hint.end).toBeLessThanOrEqual(h.text.length);
    }
    // And each held analysis is what that text gives on its own.
    for (const h of held.slice(-5)) {
      forgetDrafts();
      expect(JSON.parse(h.json)).toEqual(JSON.parse(JSON.stringify(analyzeDraft(h.text))));
    }
  });

  it('returns plain data: hints and spans survive a structured clone unchanged', () => {
    let text = makeDraft(800, 5);
    analyzeDraft(text);
    text = text.slice(0, 400) + 'a' + text.slice(400);
    const analysis = analyzeDraft(text);
    expect(structuredClone(analysis)).toEqual(analysis);
    for (const h of analysis.hints) expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
  });
});
