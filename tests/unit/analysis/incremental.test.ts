import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, engineStats, forgetDrafts, resetStats, sentenceRangesOf } from '../../../lib/analysis';
import { segment, MAX_SENTENCE } from '../../../lib/analysis/segment';
import { analyzeSentence, analyzeSentences, SENTENCE_CACHE_SIZE, sentenceCacheSize } from '../../../lib/analysis/sentence-analysis';
import { makeDraft, rng } from '../../bench/drafts';

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
  resetStats();
});

/** Inserts a character in the middle of the word nearest the middle of the text. */
function editMiddle(text: string, ch = 'x'): string {
  let i = text.length >> 1;
  while (i < text.length && !/[a-z]/i.test(text[i]!)) i++;
  return text.slice(0, i) + ch + text.slice(i);
}

function costOfEdit(words: number) {
  const draft = makeDraft(words, 7);
  analyzeDraft(draft);
  resetStats();
  analyzeDraft(editMiddle(draft));
  return { ...engineStats };
}

function cold(text: string) {
  forgetDrafts();
  clearSentenceCache();
  return analyzeDraft(text);
}

describe('incremental analysis', { timeout: 60_000 }, () => {
  it('re-analyses only the edited sentence after a keystroke, however long the draft', () => {
    const small = costOfEdit(3_000);
    const large = costOfEdit(30_000);
    for (const cost of [small, large]) {
      expect(cost.sentencesAnalysed).toBe(1);
      // Flag and element rules run for that one sentence only.
      expect(cost.ruleInvocations).toBeLessThanOrEqual(20);
      // The segmenter sees the edited sentence and its two neighbours, not the draft.
      expect(cost.charsSegmented).toBeLessThanOrEqual(3 * MAX_SENTENCE);
    }
    expect(large.sentencesAnalysed).toBe(small.sentencesAnalysed);
  });

  it('costs nothing to analyse the same text again', () => {
    const draft = makeDraft(3_000, 3);
    analyzeDraft(draft);
    resetStats();
    analyzeDraft(draft);
    expect(engineStats).toMatchObject({ sentencesAnalysed: 0, charsSegmented: 0 });
  });

  it('keeps each of two fields incremental when the coach alternates between them', () => {
    let a = makeDraft(3_000, 11);
    let b = makeDraft(3_000, 12);
    analyzeDraft(a);
    analyzeDraft(b);
    for (let k = 0; k < 5; k++) {
      a = editMiddle(a, 'a');
      b = editMiddle(b, 'b');
      resetStats();
      analyzeDraft(a);
      analyzeDraft(b);
      expect(engineStats.sentencesAnalysed).toBeLessThanOrEqual(2);
    }
  });

  it('typing a new sentence at the end analyses only the sentence being typed', () => {
    let text = makeDraft(3_000, 5) + '\n';
    analyzeDraft(text);
    for (const ch of "I'm sorry if you were hurt.") {
      text += ch;
      resetStats();
      analyzeDraft(text);
      expect(engineStats.sentencesAnalysed).toBeLessThanOrEqual(1);
    }
    expect(analyzeDraft(text).hints.some((h) => h.rule === 'conditional' && text.slice(h.start, h.end) === 'if you were hurt')).toBe(true);
  });

  it('keeps the placed findings of the sentences before an edit, on a 30,000-word draft', () => {
    let text = makeDraft(30_000, 13) + '\n';
    analyzeDraft(text);
    for (const ch of 'I am sorry I lied.') {
      text += ch;
      resetStats();
      analyzeDraft(text);
      // Typing at the end: the sentence being typed and its neighbour are placed again, nothing else.
      expect(engineStats.findingsPlaced).toBeLessThanOrEqual(3);
      expect(engineStats.sentencesAnalysed).toBeLessThanOrEqual(1);
    }
    // An edit in the middle places again only what moved (the sentences after it).
    const sentences = segment(text).length;
    resetStats();
    analyzeDraft(editMiddle(text));
    expect(engineStats.findingsPlaced).toBeGreaterThan(0);
    expect(engineStats.findingsPlaced).toBeLessThanOrEqual(Math.ceil(sentences / 2) + 3);
  });

  it('gives exactly what a cold analysis gives, after random edits', () => {
    const r = rng(42);
    const pieces = ['x', ' ', '. ', '\n', 'but ', 'sorry ', 'I', "'", '\u{1F600}', 'you made me ', ''];
    let text = makeDraft(400, 9);
    analyzeDraft(text);
    for (let k = 0; k < 80; k++) {
      const at = Math.floor(r() * (text.length + 1));
      const del = r() < 0.4 ? Math.floor(r() * 12) : 0;
      const ins = pieces[Math.floor(r() * pieces.length)]!;
      text = text.slice(0, at) + ins + text.slice(at + del);
      const incremental = analyzeDraft(text);
      const ranges = sentenceRangesOf(text);
      const expected = cold(text);
      expect(ranges).toEqual(segment(text));
      expect(incremental).toEqual(expected);
      analyzeDraft(text);
    }
  }, 60_000);

  it('analyses a run of new sentences together exactly as one at a time, a repeated one once', () => {
    const texts = [
      "I'm sorry if you were hurt, but I was under a lot of stress.",
      'We failed to protect your data and we will pay for two years of credit monitoring.',
      'I took $300 from your purse.',
      "I'm sorry if you were hurt, but I was under a lot of stress.",
      "You don't need to reply.",
      'I lied to you about the money, and I know it hurt you.',
      'Still, you know what the traffic is like.',
      'That was a lie.',
    ];
    const together = analyzeSentences(texts);
    expect(engineStats.sentencesAnalysed).toBe(texts.length - 1);
    expect(engineStats.cacheHits).toBe(1);
    expect(together[3]).toBe(together[0]);
    clearSentenceCache();
    const alone = texts.map((t) => {
      clearSentenceCache();
      return analyzeSentence(t);
    });
    expect(together).toEqual(alone);
    // The results found are the real ones, not empty lists that would also agree.
    expect(together[0]!.flags.map((f) => f.rule)).toEqual(expect.arrayContaining(['conditional', 'but']));
    expect(together[1]!.elements.map((e) => e.id)).toEqual(expect.arrayContaining(['repair']));
  });

  it('keeps the sentence cache bounded', () => {
    const parts: string[] = [];
    for (let i = 0; i < SENTENCE_CACHE_SIZE + 500; i++) parts.push(`I took ${i} pounds from you.`);
    analyzeDraft(parts.join('\n'));
    expect(sentenceCacheSize()).toBeLessThanOrEqual(SENTENCE_CACHE_SIZE);
  });
});

describe('incremental analysis of a run longer than a sentence may be', () => {
  it('gives exactly what a cold analysis gives after edits anywhere in a run cut into chunks', () => {
    const random = rng(11);
    const words = ['i', 'took', 'your', 'money', 'and', 'lied', 'about', 'it', 'sorry', 'xxxxxxxxxxxx', 'you', 'were', 'hurt'];
    for (let round = 0; round < 12; round++) {
      // One line with no sentence end, two to four times MAX_SENTENCE long, between two sentences.
      const run: string[] = [];
      while (run.join(' ').length < MAX_SENTENCE * (2 + (round % 3))) run.push(words[Math.floor(random() * words.length)]!);
      let text = `I am writing to say sorry. ${run.join(' ')}\nI hope you are well.`;
      forgetDrafts();
      analyzeDraft(text);
      for (let e = 0; e < 6; e++) {
        // Insert a space, a comma, a word or a long word, or delete a few characters, anywhere.
        const at = Math.floor(random() * text.length);
        const insert = [' ', ', ', 'wrong', 'x'.repeat(40), ''][Math.floor(random() * 5)]!;
        text = text.slice(0, at) + insert + text.slice(at + (insert === '' ? 3 : 0));
        const incremental = analyzeDraft(text);
        const ranges = sentenceRangesOf(text);
        expect(incremental).toEqual(cold(text));
        expect(ranges).toEqual(segment(text));
        forgetDrafts();
        analyzeDraft(text);
      }
    }
  });

  it('gives exactly what a cold analysis gives after a long chain of edits in long runs, each from the last', () => {
    const random = rng(23);
    const words = ['i', 'took', 'your', 'money', 'and', 'lied', 'sorry', 'you', 'were', 'hurt', 'e.g.', 'mr.', 'ok,', 'well;', '3.5', 'it -', 'x'.repeat(30)];
    const inserts = ['a', 'b', ' ', '  ', ', ', '; ', ' - ', 'word ', '.', '. ', '. I ', '\n', 'é', '\u{1F600}', ' '.repeat(250), ''];
    for (let round = 0; round < 6; round++) {
      const run: string[] = [];
      while (run.join(' ').length < MAX_SENTENCE * (3 + round)) run.push(words[Math.floor(random() * words.length)]!);
      let text = `Hi Sam.\nI am writing to say sorry. ${run.join(' ')} thanks\nTake care.`;
      forgetDrafts();
      clearSentenceCache();
      analyzeDraft(text);
      for (let e = 0; e < 40; e++) {
        // Mostly near where the last edit was (typing), sometimes anywhere.
        const at = Math.min(text.length, Math.max(0, random() < 0.8 ? (e * 97) % text.length : Math.floor(random() * text.length)));
        const insert = inserts[Math.floor(random() * inserts.length)]!;
        const del = insert === '' || random() < 0.2 ? Math.floor(random() * 4) : 0;
        text = text.slice(0, at) + insert + text.slice(at + del);
        const incremental = analyzeDraft(text);
        const ranges = sentenceRangesOf(text);
        expect(ranges, `round ${round} edit ${e}`).toEqual(segment(text));
        const expected = structuredClone(cold(text));
        expect(incremental).toEqual(expected);
        // Continue from the incremental draft, not from the cold one.
        forgetDrafts();
        analyzeDraft(text.slice(0, -1));
        analyzeDraft(text);
      }
    }
  }, 120_000);

  it('cuts a long run again only around a keystroke in it, not from its start', () => {
    const random = rng(5);
    const words = ['i', 'took', 'your', 'money', 'and', 'lied', 'about', 'it', 'sorry', 'you', 'were', 'hurt', 'every', 'day'];
    const run: string[] = [];
    while (run.join(' ').length < 100_000) run.push(words[Math.floor(random() * words.length)]!);
    const text = run.join(' ');
    analyzeDraft(text);
    const at = text.indexOf(' ', text.length >> 1);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    resetStats();
    const incremental = analyzeDraft(edited);
    // One or two chunks, not the run's 100,000 characters.
    expect(engineStats.charsSegmented).toBeLessThan(3 * MAX_SENTENCE);
    expect(engineStats.sentencesAnalysed).toBeLessThanOrEqual(3);
    expect(incremental).toEqual(structuredClone(cold(edited)));
  });
});
