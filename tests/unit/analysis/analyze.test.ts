import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, clearSentenceCache, forgetDrafts } from '../../../lib/analysis';
import { summarize } from '../../../lib/analysis/summary';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import { CLEAN, CLEAN_2, FRESH, FRESH_2, FRESH_3, FRESH_4, FRESH_5, FRESH_6 } from './fresh-phrasings';

beforeEach(() => {
  forgetDrafts();
  clearSentenceCache();
});

describe('analyzeDraft', { timeout: 60_000 }, () => {
  it('returns the full shape, with all seven elements', () => {
    const a = analyzeDraft("I'm sorry if you were hurt, but I was under a lot of stress.");
    expect(Object.keys(a.elements).sort()).toEqual([...ELEMENT_IDS].sort());
    for (const id of ELEMENT_IDS) expect(a.elements[id].id).toBe(id);
    expect(a.english).toBe(true);
    expect(a.amends).toBe(true);
    expect(a.support).toEqual({ needed: false, spans: [] });
    for (const h of a.hints) {
      expect(h.kind).toBe('flag');
      expect(FLAG_IDS).toContain(h.rule);
      expect(h.title.length).toBeGreaterThan(0);
      expect(h.explanation.length).toBeGreaterThan(0);
      expect(['problem', 'consider']).toContain(h.severity);
    }
  });

  it('underlines the exact words, as UTF-16 offsets into the input', () => {
    const text = "Dear Sam,\n\n\u{1F64F} I\u2019m sorry if you were hurt, but you made me do it.";
    const a = analyzeDraft(text);
    const words = a.hints.map((h) => [h.rule, text.slice(h.start, h.end)]);
    expect(words).toContainEqual(['conditional', 'if you were hurt']);
    expect(words).toContainEqual(['but', 'but']);
    expect(words).toContainEqual(['blame', 'you made me']);
  });

  it('sorts hints by start offset', () => {
    const a = analyzeDraft(
      'You made me do it. I only took a little. I\u2019m sorry you feel that way. Mistakes were made. Please forgive me.',
    );
    const starts = a.hints.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(new Set(a.hints.map((h) => h.rule))).toEqual(new Set(['blame', 'minimizing', 'feelings', 'passive', 'pressure']));
  });

  it('never nags a good apology', () => {
    const a = analyzeDraft('I was wrong. I took $300 from your purse and I will pay it back by June.');
    expect(a.hints).toEqual([]);
    expect(a.amends).toBe(true);
    expect(a.elements.responsibility.present).toBe(true);
    expect(a.elements.repair.present).toBe(true);
  });

  it('counts a "But" that opens the sentence after an apology', () => {
    const text = "I'm sorry for cheating. But honestly, we'd been falling apart for months.";
    const a = analyzeDraft(text);
    const but = a.hints.find((h) => h.rule === 'but');
    expect(but && text.slice(but.start, but.end)).toBe('But');
    // Without the apology before it, a leading "But" is just a sentence.
    const b = analyzeDraft('I wanted to call you. But I thought a letter would give you more space.');
    expect(b.hints.some((h) => h.rule === 'but')).toBe(false);
  });

  it.each([
    'Sorry it felt to you like I had walked out on the family.',
    'sorry it upset u so much, honestly',
    'If my drinking at the christening spoiled anything for anyone, I apologise.',
  ])('shows no remorse element for a sorry about their reaction or on a condition, and prompts for one: %s', (text) => {
    const a = analyzeDraft(text);
    expect(a.hints.some((h) => h.rule === 'feelings' || h.rule === 'conditional')).toBe(true);
    expect(a.elements.regret.present).toBe(false);
    if (a.amends) expect(a.prompts.some((p) => p.element === 'regret')).toBe(true);
  });

  it('keeps the remorse of a plain sorry beside a hollow one in another sentence', () => {
    const a = analyzeDraft("I'm sorry you were upset. I'm sorry I shouted at you in front of your friends.");
    expect(a.elements.regret.present).toBe(true);
  });

  it('stays quiet on ordinary mail that says sorry, and gives no prompts there', () => {
    const a = analyzeDraft(
      "Hi all,\n\nApologies, but I need to move Thursday's planning meeting. Could we meet on Friday at 2pm instead? Just reply with a couple of slots.\n\nThanks,\nDev",
    );
    expect(a.amends).toBe(false);
    expect(a.hints).toEqual([]);
    expect(a.prompts).toEqual([]);
  });

  it("stays quiet on a sponsor's notes that quote a draft's flawed lines to cut them", () => {
    const a = analyzeDraft(
      "Proud of you for writing it. The line \"I'm sorry if you felt I wasn't there\" needs to go. Just say you weren't there. Don't ask her to forgive you, and don't tell her it will never happen again.",
    );
    expect(a.amends).toBe(false);
    expect(a.hints).toEqual([]);
  });

  it('prompts for each missing element, in checklist order, only on amends', () => {
    const a = analyzeDraft("I'm so sorry I lied to you about the money.");
    expect(a.amends).toBe(true);
    const missing = ELEMENT_IDS.filter((id) => !a.elements[id].present);
    expect(a.prompts.map((p) => p.element)).toEqual(missing);
    for (const p of a.prompts) {
      expect(p.starters.length).toBeGreaterThanOrEqual(2);
      expect(p.label.length).toBeGreaterThan(0);
    }
  });

  it('says nothing about a French letter, but still notices crisis language in English', () => {
    const fr = analyzeDraft(
      "Je suis vraiment désolé pour ce que j'ai fait. Tu ne méritais pas ça, et je te rembourserai tout.",
    );
    expect(fr.english).toBe(false);
    expect(fr.amends).toBe(false);
    expect(fr.hints).toEqual([]);
    expect(fr.prompts).toEqual([]);
    expect(ELEMENT_IDS.every((id) => !fr.elements[id].present)).toBe(true);

    const crisis = analyzeDraft("Sorry for the late reply. Honestly everyone would be better off without me.");
    expect(crisis.support.needed).toBe(true);
    const [span] = crisis.support.spans;
    expect(span).toBeDefined();
  });

  it('finds the labelled flags in fresh sentences written for these tests', () => {
    const wrong: string[] = [];
    for (const [text, flags] of [...FRESH, ...FRESH_2, ...FRESH_3, ...FRESH_4, ...FRESH_5, ...FRESH_6]) {
      const got = summarize(analyzeDraft(text)).flags;
      if (got.join() !== [...flags].sort().join()) wrong.push(`${text} -> [${got.join(', ')}], want [${[...flags].sort().join(', ')}]`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds nothing in sincere amends sentences and ordinary mail', () => {
    const nagged = [...CLEAN, ...CLEAN_2].filter((text) => analyzeDraft(text).hints.length > 0);
    expect(nagged).toEqual([]);
  });

  it('gives the same result for the same text, whatever was analysed before', () => {
    const text = "I'm sorry if I upset you. It was only a few drinks.\nYou know how you get.";
    const cold = analyzeDraft(text);
    forgetDrafts();
    clearSentenceCache();
    analyzeDraft('Something else entirely, to fill the cache.');
    analyzeDraft(text.slice(0, 20));
    const warm = analyzeDraft(text);
    expect(warm).toEqual(cold);
  });
});

describe('a group or a couple apologising as "we"', { timeout: 60_000 }, () => {
  beforeEach(() => {
    forgetDrafts();
    clearSentenceCache();
  });

  const BREACH =
    'To our customers,\n\nOn 3 March an unauthorised party copied the names and addresses of 40,000 of you from our systems. ' +
    'We are deeply sorry. You trusted us with your information and we failed to protect it. ' +
    'This happened because we had not installed a security update, and that was our mistake and no one else\'s. ' +
    'We will pay for two years of credit monitoring for everyone affected. You do not need to reply or do anything; we will write to you.';

  it('finds the elements of a company\'s apology for harm, on its own words, and reads it as amends', () => {
    const a = analyzeDraft(BREACH);
    expect(a.amends).toBe(true);
    for (const id of ['regret', 'responsibility', 'repair'] as const) expect(a.elements[id].present).toBe(true);
    const regret = a.elements.regret.spans.map((s) => BREACH.slice(s.start, s.end));
    expect(regret.some((s) => s.startsWith('We are deeply sorry'))).toBe(true);
    const repair = a.elements.repair.spans.map((s) => BREACH.slice(s.start, s.end));
    expect(repair.some((s) => s.includes('We will pay'))).toBe(true);
  });

  it('flags a group\'s excuse and conditional apology as it would a person\'s', () => {
    const text = 'We are sorry if anyone was offended, but we were under a lot of pressure that week.';
    const rules = new Set(analyzeDraft(text).hints.map((h) => h.rule));
    expect(rules).toContain('conditional');
    expect(rules).toContain('excuse');
    for (const h of analyzeDraft(text).hints) expect(h.end).toBeLessThanOrEqual(text.length);
  });

  it('shows the hints on a group\'s one-line apology, which has no room to read as a notice', () => {
    expect(analyzeDraft("We're sorry if anyone was offended by the campaign.").hints.map((h) => h.rule)).toEqual(['conditional']);
    expect(analyzeDraft('We are sorry that some fans felt let down by the cancelled tour.').hints.map((h) => h.rule)).toContain('feelings');
  });

  it('shows the hints on a one-line apology with a word of work in it, and not on a small inconvenience or plans moved', () => {
    const rules = (text: string) => analyzeDraft(text).hints.map((h) => h.rule);
    expect(rules('Some figures in the quarterly report were overstated.')).toEqual(['passive']);
    expect(rules('We can promise our customers that this will never happen again.')).toEqual(['overpromise']);
    expect(rules("The meeting's been moved to Thursday, sorry for any confusion.")).toEqual([]);
    expect(rules("Apologies, I need to move Thursday's meeting. Just reply with a couple of slots.")).toEqual([]);
  });

  it('stays quiet on a company\'s notice that says sorry for an inconvenience', () => {
    const a = analyzeDraft(
      "Dear Customer,\n\nWe're sorry that your flight BA2731 was delayed on 3 May. We apologise for the inconvenience. " +
        'Under UK261 you may be entitled to compensation of up to £350. To make a claim, please complete the form below.\n\nKind regards,\nCustomer Care',
    );
    expect(a.amends).toBe(false);
    expect(a.hints).toEqual([]);
  });

  it('keeps reading a personal letter\'s "we" as the writer and the reader together', () => {
    expect(analyzeDraft("I'm sorry I shouted, but we both made mistakes.").hints.map((h) => h.rule)).toContain('blame');
    expect(analyzeDraft('I lied to you about the money. Can we just put this behind us now?').hints.map((h) => h.rule)).toContain('pressure');
  });
});
