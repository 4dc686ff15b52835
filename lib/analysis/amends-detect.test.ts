import { describe, expect, it } from 'vitest';
import { amendsCues, readsAsAmends } from './amends-detect';
import { ELEMENT_RULES } from './elements';
import { makeSentence } from './normalize';
import type { ElementId, FlagId } from './types';

/** Splits on sentence ends and line breaks: enough for these test messages. */
function sentences(text: string) {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((s) => s.trim())
    .map((s) => makeSentence(s));
}

/** The verdict as the engine forms it: cues per sentence plus the elements found. */
function verdict(text: string, flags: FlagId[] = []): boolean {
  const sents = sentences(text);
  const elements = new Set<ElementId>();
  for (const rule of ELEMENT_RULES) for (const s of sents) if (rule.find(s).length) elements.add(rule.id);
  return readsAsAmends({ cues: sents.map(amendsCues), elements, flags: new Set(flags) });
}

describe('amendsCues', () => {
  it('counts harm, recovery and the words of ordinary mail separately', () => {
    const harm = amendsCues(makeSentence('I lied to you and stole from your purse while I was drinking.'));
    expect(harm.harm).toBeGreaterThanOrEqual(2);
    expect(harm.recovery).toBeGreaterThanOrEqual(1);
    expect(harm.addressed).toBe(true);
    const work = amendsCues(makeSentence('Sorry for the late reply, the report and the invoice are attached.'));
    expect(work.business).toBeGreaterThanOrEqual(3);
    expect(work.politeness).toBe(1);
    expect(work.harm).toBe(0);
    const condolence = amendsCues(makeSentence("I was so sorry to hear about your mum's passing."));
    expect(condolence.sympathy).toBeGreaterThanOrEqual(1);
    const company = amendsCues(makeSentence('We apologise for any inconvenience caused.'));
    expect(company.impersonal).toBeGreaterThanOrEqual(1);
  });

  it('returns zeros for empty and unrelated text', () => {
    expect(amendsCues(makeSentence(''))).toEqual({
      harm: 0, recovery: 0, business: 0, politeness: 0, sympathy: 0, impersonal: 0, addressed: false,
    });
  });
});

describe('readsAsAmends', () => {
  const amends = [
    'mum im sorry i took the money from ur purse. i was using again and i lied when u asked. ill pay u back every penny',
    "Dear Ruth,\nI owe you an apology. I took money from the petty cash and let the team think it was an accounting error. That was wrong, and you had to answer for it to head office.\nI am now in recovery and I would like to repay the full amount.",
    "I'm sorry I wasn't there when the baby was born. I was drinking and I chose that over you. You had to do it all alone.",
    'sorry for the way i spoke to u last night. u didnt deserve that',
    "Hey Rob. I smashed your bike up when I borrowed it drunk and told you it was stolen. I'm sorry mate.",
    "I've been sober since March and I go to meetings twice a week. I'm not asking you for anything.",
    'I stole $300 from your wallet.',
  ];
  // Short defensive apologies: few harm words, no elements beyond regret, and the flag rules may miss them.
  const defensive = [
    'ok im sorry. can we just drop it now',
    "Look, I said sorry. You're blowing this out of proportion and it takes two.",
    'soz about the fight, i was only joking. stop ignoring me',
    "I'm sorry, alright? Give me another chance.",
  ];
  it.each(defensive)('reads a short defensive apology as amends, even with no flags found: %s', (text) => {
    expect(verdict(text, [])).toBe(true);
  });

  it.each(amends)('reads as amends: %s', (text) => {
    expect(verdict(text)).toBe(true);
  });

  const ordinary = [
    "Hi Sam,\nSorry for the delay on this. The signed contract is attached; could you countersign it by Thursday?",
    'sorry mate cant make it tonight, got stuck at work. next week?',
    "Dear Mr Brown,\nWe're sorry to hear your order arrived late. We have issued a refund for the delivery charge.\nCustomer Support",
    "Jo, I'm so sorry to hear about your dad. Thinking of you all. No need to reply to this.",
    'Hi Mum, sorry I missed your call, I was in the shower. Ring you after tea?',
    "Sorry, I think I've got the wrong number.",
    'Good morning all, sorry for the short notice but the car park will be closed on Wednesday.',
    "I'm sorry I couldn't come to the quiz last night, my train was cancelled.",
    'The meeting has been moved to 10 a.m. on Friday.',
    "Sorry I can't make the fight night on Saturday, have fun!",
    "Apologies, let's move on to the budget item and drop it from the agenda.",
    '',
  ];
  it.each(ordinary)('stays quiet on ordinary mail: %s', (text) => {
    expect(verdict(text)).toBe(false);
  });

  it('lets the flags of an apology gone wrong count, so short texts with them are coached', () => {
    const text = 'You know how I get when you bring up money.';
    expect(verdict(text, ['blame'])).toBe(true);
  });

  it('does not let a stray "but" in work mail turn it into amends', () => {
    const text = 'Apologies, but I need to move the planning meeting. Could we meet on Friday instead? I will send the slides and the agenda.';
    expect(verdict(text, ['but'])).toBe(false);
  });

  it('weighs a company apology as ordinary mail even when it names damage', () => {
    const text =
      "Dear customer,\nWe're sorry your parcel was damaged in transit. Our team has arranged a replacement by tracked delivery.\nKind regards, Customer Care";
    expect(verdict(text, ['passive'])).toBe(false);
  });
});
