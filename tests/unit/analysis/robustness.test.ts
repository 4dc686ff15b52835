import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, engineStats, forgetDrafts, resetStats } from '../../../lib/analysis';
import { isEnglish, languageStats } from '../../../lib/analysis/language';
import { normalizeForMatching } from '../../../lib/analysis/normalize';
import { MAX_SENTENCE } from '../../../lib/analysis/segment';
import { makeDraft } from '../../bench/drafts';

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
  resetStats();
});

function wellFormed(text: string) {
  const a = analyzeDraft(text);
  for (const h of a.hints) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(h.end).toBeGreaterThan(h.start);
  }
  return a;
}

describe('robustness', { timeout: 60_000 }, () => {
  it('handles empty and blank text', () => {
    for (const text of ['', ' ', '\n\n\t', '\u00a0\u2028']) {
      const a = wellFormed(text);
      expect(a.hints).toEqual([]);
      expect(a.amends).toBe(false);
      expect(a.support.needed).toBe(false);
    }
  });

  it('handles emoji, right-to-left scripts and mixed scripts without English hints', () => {
    expect(wellFormed('\u{1F622}\u{1F622}\u{1F64F}').hints).toEqual([]);
    const arabic = wellFormed('أنا آسف جدا على ما فعلته، لم تستحق ذلك');
    expect(arabic.english).toBe(false);
    expect(arabic.hints).toEqual([]);
    const hebrew = wellFormed('אני מצטער, זו הייתה אשמתי');
    expect(hebrew.english).toBe(false);
    // English with an emoji still gets its hints, at the right offsets.
    const text = '\u{1F494} I\u2019m sorry you feel that way \u{1F494}';
    const a = wellFormed(text);
    expect(a.hints.map((h) => text.slice(h.start, h.end))).toContain('you feel that way');
  });

  it('handles HTML source pasted as text', () => {
    const html = '<div class="gmail_quote"><p>I&#39;m sorry if you were hurt,<br>but you made me do it.</p><script>alert(1)</script></div>';
    const a = wellFormed(html);
    expect(a.hints.every((h) => h.end <= html.length)).toBe(true);
  });

  it('says nothing on a French letter, a Spanish note or a German one', () => {
    const letters = [
      "Chère Marie,\nJe suis vraiment désolé pour ce que j'ai fait l'année dernière. Je t'ai menti et j'ai pris ton argent. Ce n'est pas une excuse, mais j'étais malade. Je vais te rembourser chaque mois.\nPierre",
      'Lo siento mucho, fue mi culpa y te voy a pagar todo lo que te debo.',
      'Es tut mir leid, dass ich dich angelogen habe. Ich war betrunken, aber das ist keine Entschuldigung.',
    ];
    for (const text of letters) {
      const a = wellFormed(text);
      expect(a.english).toBe(false);
      expect(a.hints).toEqual([]);
      expect(a.amends).toBe(false);
      expect(a.prompts).toEqual([]);
    }
  });

  it('keeps short English and chat text English', () => {
    for (const text of ['sorry wrong chat lol', 'im sorry i yelled', 'ok', 'You made me do it.', 'Thanks!']) {
      expect(isEnglish(languageStats(normalizeForMatching(text))), text).toBe(true);
    }
  });

  it('analyses 1 MB of text, and a 20,000-character sentence, in bounded pieces', () => {
    const big = makeDraft(230_000, 2);
    expect(big.length).toBeGreaterThan(1_000_000);
    const a = wellFormed(big);
    expect(a.amends).toBe(true);
    expect(a.hints.length).toBeGreaterThan(100);

    resetStats();
    const run = Array.from({ length: 3_000 }, (_, i) => ['im', 'sorry', 'if', 'u', 'were', 'hurt', 'but', 'u', 'made', 'me'][i % 10]).join(' ');
    expect(run.length).toBeGreaterThan(10_000);
    const long = run + ' ' + run;
    const b = wellFormed(long);
    expect(b.hints.length).toBeGreaterThan(0);
    // Every piece a rule saw was at most MAX_SENTENCE long.
    expect(engineStats.sentencesAnalysed + engineStats.cacheHits).toBeGreaterThanOrEqual(Math.floor(long.length / MAX_SENTENCE));
  });

  it('does work proportional to the length of the text', () => {
    const one = makeDraft(2_000, 4);
    const ten = makeDraft(20_000, 4);
    const work = (text: string) => {
      forgetDrafts();
      clearSentenceCache();
      resetStats();
      analyzeDraft(text);
      return { chars: engineStats.charsSegmented, sentences: engineStats.sentencesAnalysed + engineStats.cacheHits };
    };
    const w1 = work(one);
    const w10 = work(ten);
    expect(w1.chars).toBe(one.length);
    expect(w10.chars).toBe(ten.length);
    const ratio = w10.sentences / w1.sentences;
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
  });

  it('never throws on odd input', () => {
    const odd = [
      '\u0000\u0001\u0002',
      '\ud800 lone surrogate \udfff',
      '.'.repeat(5_000),
      '!?'.repeat(3_000),
      'a'.repeat(30_000),
      '"'.repeat(2_000) + 'you made me' + '"'.repeat(2_001),
      '\u202e\u202d reversed \u200f',
      'İstanbul ŞİŞLİ ß ǅ',
    ];
    for (const text of odd) expect(() => wellFormed(text)).not.toThrow();
  });
});
