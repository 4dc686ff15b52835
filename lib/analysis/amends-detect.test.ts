import { describe, expect, it } from 'vitest';
import { amendsCues, CHECK_FEATURES, readsAsAmends, weighsAsAmends, type AmendsCheck, type AmendsEvidence } from './amends-detect';
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

/** The evidence as the engine gathers it: cues per sentence, the elements found, the words. */
function evidence(text: string, flags: FlagId[] = []): AmendsEvidence {
  const sents = sentences(text);
  const elements = new Set<ElementId>();
  for (const rule of ELEMENT_RULES) for (const s of sents) if (rule.find(s).length) elements.add(rule.id);
  const words = text.split(/\s+/).filter(Boolean).length;
  return { cues: sents.map(amendsCues), elements, flags: new Set(flags), words };
}

/** The verdict as the engine forms it. */
function verdict(text: string, flags: FlagId[] = []): boolean {
  return readsAsAmends(evidence(text, flags));
}

describe('amendsCues', () => {
  it('counts harm, recovery and the words of ordinary mail separately', () => {
    const harm = amendsCues(makeSentence('I lied to you and stole from your purse while I was drinking.'));
    expect(harm.harm).toBeGreaterThanOrEqual(2);
    expect(harm.recovery).toBeGreaterThanOrEqual(1);
    expect(harm.addressed).toBe(1);
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
      harm: 0, recovery: 0, business: 0, politeness: 0, sympathy: 0, impersonal: 0,
      gratitude: 0, declining: 0, plans: 0, advice: 0, retold: 0, addressed: 0, sentences: 1,
    });
  });

  const cue = (text: string) => amendsCues(makeSentence(text));
  it.each([
    'Thanks ever so much for the gorgeous flowers you sent for the christening.',
    'thank u for having us over, the kids loved the pool',
    'Many thanks for hosting the book club last month.',
  ])('counts a thank-you for a gift, a visit or a favour: %s', (text) => {
    expect(cue(text).gratitude).toBe(1);
  });
  it.each(['Thank you for reading this far.', 'Thank you for giving me the chance to say this.', 'thanks for nothing'])(
    'does not count a thank-you an amends letter makes: %s',
    (text) => expect(cue(text).gratitude).toBe(0),
  );

  it.each([
    'We regret that we will not be able to attend the christening on the 14th.',
    'I very much regret that I cannot make the reunion this year.',
    'Regretfully, I must decline the offer.',
    'My only regret is that we couldn’t stay longer.',
  ])('counts declining or missing an occasion: %s', (text) => {
    expect(cue(text).declining).toBeGreaterThanOrEqual(1);
  });
  it.each(['I regret the things I said to you that night.', 'I regret that I lied to you about the money.', 'I regret stealing from you.'])(
    'does not count regret for a harm done: %s',
    (text) => expect(cue(text).declining).toBe(0),
  );

  it.each(['drinks on me next week!', 'The first round is on me.', 'ill owe u a coffee', 'I owe you one for covering my shift.'])(
    'does not count a treat or a favour owed as harm: %s',
    (text) => expect(cue(text).harm).toBe(0),
  );
  it.each(["That's on me, not you.", 'I owe you an apology.', 'I owe you £200 and I will pay it back.', 'I owe you a lot more than a thank-you.'])(
    'still counts owning a harm and a debt: %s',
    (text) => expect(cue(text).harm).toBeGreaterThanOrEqual(1),
  );

  it.each(["Sorry I've been so quiet, work has been mad.", 'sorry ive been MIA lately', 'Sorry for the radio silence!', 'sorry sorry been a crazy week'])(
    'counts an apology for being out of touch: %s',
    (text) => expect(cue(text).politeness).toBeGreaterThanOrEqual(1),
  );
  it.each(["I'm sorry I went quiet when you needed me most.", "I'm sorry I've been so cruel to you."])(
    'does not count an apology for a harm done as one for being out of touch: %s',
    (text) => expect(cue(text).politeness).toBe(0),
  );

  it.each(['Please accept this as my formal resignation.', 'My notice period ends on the 28th.', 'I will prepare a handover for Sam.'])(
    'counts the words of a resignation as logistics: %s',
    (text) => expect(cue(text).business).toBeGreaterThanOrEqual(1),
  );

  it.each(['Could we move our catch-up to Friday instead?', 'Sorry, I double-booked myself.', 'Can I take a rain check on the cinema?', 'If Tuesday doesn’t suit, name another day.'])(
    'counts plans moved or cancelled: %s',
    (text) => expect(cue(text).plans).toBeGreaterThanOrEqual(1),
  );
  it.each(['I know I cancelled on you again and again that year.', 'Could we talk, if you ever want to?'])(
    'does not count plans in an amends: %s',
    (text) => expect(cue(text).plans).toBe(0),
  );

  it.each(['Before you send anything, bring your step nine letters to me on Thursday.', 'Go over your amends list with me first.', "Don't rush your ninth step."])(
    "counts someone else's recovery spoken of: %s",
    (text) => expect(cue(text).advice).toBeGreaterThanOrEqual(1),
  );
  it.each(['These are my amends to you.', 'My sponsor helped me write this.'])('does not count the writer’s own amends: %s', (text) =>
    expect(cue(text).advice).toBe(0),
  );
  it.each([
    // A share at a meeting.
    "Evening all, I'm Sam and I'm an addict.",
    'My name is Pat, I am a recovering gambler.',
    'Thank you for having me, and thanks for letting me share.',
    'They invited me to talk about the fourth step.',
    'If you’re new, stick around after.',
    '(Laughter)',
    '[Applause]',
    'This last bit is for the newcomers.',
    'Every sponsee I have had asks me the same thing.',
    // Notes on someone's draft.
    'I went through your draft on the train.',
    'Your letter to your nan is nearly there.',
    'Where you say you were under pressure, take that out.',
    'Cut the last paragraph entirely.',
    'That line is about you, not about her.',
    'Thanks for sending the draft over.',
    'Take out the "if" and say it plainly.',
    'Watch for sentences that explain instead of own.',
    'Be careful with "never again".',
    'Keep to your side of the street.',
    'Read them to me before you send anything.',
    'You did hurt her, and she knows it.',
    'This is about him, not you.',
    'Never ask them to forgive you in the letter.',
    // Amends and harm told of third persons.
    'The hardest amends I made was to my brother.',
    'Last spring I made my amends to my father.',
    'He read me his amends over lunch.',
    'I told her how sorry I was and left it there.',
    'I had stolen from my boss for two years.',
    // Thanks for support through it, a review.
    'Thank you for driving me to every appointment.',
    'Honestly, I couldn’t have done it without you.',
    'It is an honest memoir, and a hard one.',
    'Harbour Books, 296pp, £16.99.',
    '(London: Penguin, 2019, 340 pp.)',
  ])('counts recovery told about rather than amends made to the reader: %s', (text) => {
    expect(cue(text).retold).toBeGreaterThanOrEqual(1);
  });
  it.each([
    'I stole from you and I lied to you about it.',
    'I am making amends to the people I hurt, and you are at the top of my list.',
    'These are my amends to you, and I am sorry.',
    'I got your letter and I have read it many times.',
    'I told you I was sorry and then I did it again.',
    'I lied to you and to the kids about where the money went.',
    'Thank you for reading this far.',
    'I would lose my temper over nothing.',
    'I crossed a line that night and I know it.',
    "I'm an alcoholic, and I'm sorry for what I put you through.",
    'I sent the app to you at 9pm.',
    'I was your sponsor and you were my sponsee, and I broke your trust.',
    'I have written five drafts of this letter.',
    'I never looked at my side of the street.',
    'Before you decide anything, please read to the end.',
    'I hurt you, and I lied to you about it.',
    'You hurt me too, but this letter is about what I did.',
    'This is about you, not me.',
    'I do not expect you to forgive me.',
  ])('does not count an amends that names the reader’s harm: %s', (text) => expect(cue(text).retold).toBe(0));
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

  // Whole messages, where the learned check joins the weighing.
  const ordinaryMessages = [
    "Dear Tomasz and Ewa,\nThank you so much for the lovely invitation to your wedding. I very much regret that I will not be able to travel for it, as my knee operation is booked for that same week and the surgeon has told me not to fly.\nI'm sorry to miss it. I've sent a little something to your flat and I would love to take you both for dinner when you're home.\nWith love,\nAunt Halina",
    "Hi Chris,\nGood to see you at the meeting last night. Before you send anything, bring your step nine letters to me on Thursday and we'll go over them together. Keep it about what you did, not why. Don't ask your dad to forgive you, that's his call. Your job is to stay sober and keep your word.\nCall me any time.\nMick",
  ];
  it('weighs recovery told about, a share at a meeting, as ordinary mail', () => {
    const share =
      "Hi, I'm Alex and I'm an alcoholic. They asked me to talk about amends tonight. The first amends I made was to my uncle: I'd stolen from him for years and I told him I was sorry. He shook my hand. If you're new, keep going. Thanks for letting me share.";
    expect(weighsAsAmends(evidence(share))).toBe(false);
  });

  it.each(ordinaryMessages)('stays quiet on a whole message of ordinary mail full of apology words: %s', (text) => {
    expect(verdict(text)).toBe(false);
  });

  const amendsMessages = [
    "Dear Mr Okafor,\nI worked on your till from March to June last year, and during that time I took about £400 from it. I lied when you asked about the shortfalls, and I let the new girl take the blame. That was wrong and you trusted me.\nI am in recovery now and I want to pay it back. I can transfer £50 on the first of every month, starting in May, or pay it some other way if you'd prefer.\nYou don't have to reply.\nSincerely,\nDaniel",
    "hey jas. i owe u a proper apology for your birthday. i turned up wasted, i shouted at ur sister and i broke the glass table at ur mums. u had every right to ask me to leave. im 3 months sober now and i want to pay for the table. no pressure to answer x",
  ];
  it.each(amendsMessages)('reads a whole amends message as amends, logistics and all: %s', (text) => {
    expect(verdict(text)).toBe(true);
  });

  it('lets the learned check overrule the weighing on a whole message with no personal flag', () => {
    // The weighing calls this school notice amends (an owned mistake, a refund). Whether the
    // shipped check sets it aside depends on its last fit (p 0.29 to 0.31 around the 0.3 threshold
    // in recent fits), so a check that leans on its business words decides here.
    const text =
      "Dear Mrs Patel,\nI'm afraid the Year 5 trip to the science museum has had to be cancelled, as the coach company let us down at the last minute. I'm so sorry, I know the children were looking forward to it and that was my mistake for not confirming the booking sooner. We will refund the £12 in full and we hope to rebook for the summer term.\nBest wishes,\nMr Hughes";
    const e = evidence(text);
    expect(weighsAsAmends(e)).toBe(true);
    const businessLike: AmendsCheck = {
      features: CHECK_FEATURES,
      weights: CHECK_FEATURES.map((f) => (f === 'business' ? -3 : 0)),
      bias: 0,
      threshold: 0.3,
      minWords: 30,
      trainedOn: { messages: 0, amends: 0, corpora: [] },
    };
    expect(readsAsAmends(e, businessLike)).toBe(false);
    expect(readsAsAmends(e, null)).toBe(true);
  });

  it('lets the learned check weigh the flags of an apology gone wrong, not obey them', () => {
    // A check that would set every message aside, to see what it is allowed to overrule.
    const vetoAll: AmendsCheck = {
      features: CHECK_FEATURES,
      weights: CHECK_FEATURES.map(() => 0),
      bias: -10,
      threshold: 0.3,
      minWords: 30,
      trainedOn: { messages: 0, amends: 0, corpora: [] },
    };
    const text =
      'I want to apologise to anyone who was offended by what I said on the show last week. That was never my intention. Anyone who knows me knows I have always respected my audience, and I hope people can see past this.';
    const flawed = evidence(text, ['conditional', 'intent']);
    expect(weighsAsAmends(flawed)).toBe(true);
    // The flags found are no veto: a check may set even a flawed apology aside...
    expect(readsAsAmends(flawed, vetoAll)).toBe(false);
    // ...but they are its input, and the shipped check, which leans on them, keeps it amends.
    expect(readsAsAmends(flawed)).toBe(true);
    const flagsOnly: AmendsCheck = { ...vetoAll, weights: CHECK_FEATURES.map((f) => (f === 'personal flags' ? 4 : 0)), bias: -2 };
    expect(readsAsAmends(flawed, flagsOnly)).toBe(true);
    expect(readsAsAmends(evidence(text), flagsOnly)).toBe(false);
    // A message with no flag found may be set aside the same way...
    const notice = evidence(
      "Dear Mrs Patel,\nI'm afraid the Year 5 trip has had to be cancelled, as the coach company let us down at the last minute. I'm so sorry, I know the children were looking forward to it and that was my mistake for not confirming the booking sooner. We will refund the £12 in full.\nMr Hughes",
    );
    expect(weighsAsAmends(notice)).toBe(true);
    expect(readsAsAmends(notice, vetoAll)).toBe(false);
    // ...but a short draft is never the check's to judge.
    expect(readsAsAmends({ ...notice, words: 12 }, vetoAll)).toBe(true);
  });

  it('lets the learned check only say "ordinary after all", never turn ordinary mail into amends', () => {
    for (const text of [...ordinary, ...ordinaryMessages, ...amendsMessages, ...amends, ...defensive]) {
      const e = evidence(text);
      if (readsAsAmends(e)) expect(weighsAsAmends(e)).toBe(true);
    }
  });

  it('leaves short drafts to the weighing alone: the check learned from whole messages', () => {
    for (const text of [...amends, ...defensive]) {
      const e = evidence(text);
      if ((e.words ?? 0) < 30) expect(readsAsAmends(e)).toBe(weighsAsAmends(e));
    }
  });

  it('weighs a company apology as ordinary mail even when it names damage', () => {
    const text =
      "Dear customer,\nWe're sorry your parcel was damaged in transit. Our team has arranged a replacement by tracked delivery.\nKind regards, Customer Care";
    expect(verdict(text, ['passive'])).toBe(false);
  });
});
