/**
 * Generated amends drafts for tests and benchmarks: varied sentences built from parts with
 * a seeded generator (not the corpus), so a draft of N words is the same on every run.
 */
const OPENERS = ['Dear Sam,', 'Hi Mum,', 'Dad,', 'hey jo', 'Dear Mrs Okafor,', 'Karen,'];
const SUBJECTS = ['I', 'I', 'I', 'We both know I', 'Back then I', 'That winter I', 'i'];
const ACTS = [
  'took money from your purse', 'missed your recital', 'lied about where I was', 'borrowed the car without asking',
  'shouted at you in front of the kids', 'sold the guitar your dad gave you', 'forgot your birthday again',
  'ran up debts on our joint card', 'broke the promise to visit', 'left you to pay the rent alone',
];
const TAILS = [
  'and I am sorry', 'and that was wrong', 'because I was drinking', 'but you kept nagging me', 'and it was my choice',
  'and I know it hurt you', 'even though you had asked me not to', 'and I never said a word about it', 'so I owe you',
  'while you waited for me', 'and I cannot undo it', 'and you deserved better',
];
const EXTRAS = [
  "I've been sober since March and I see my sponsor every Thursday.",
  "You don't have to reply to this.",
  'I will pay back £40 every Friday until the £600 is cleared.',
  "I'm sorry if you were upset by any of it.",
  'It was only a few drinks, honestly.',
  'Mistakes were made on both sides.',
  'Please forgive me, I need you back.',
  'At least I never hit you.',
  'I never meant to hurt you.',
  'This has been so hard for me.',
  'I will never drink again.',
  'im sorry for everything',
  'u know how u get when ur tired',
  'Take all the time you need.',
];

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A draft of about `words` words, in paragraphs, with a greeting and a sign-off. */
export function makeDraft(words: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [pick(OPENERS), ''];
  let count = 2;
  let para: string[] = [];
  let n = 0;
  while (count < words) {
    const s =
      r() < 0.3
        ? pick(EXTRAS)
        : `${pick(SUBJECTS)} ${pick(ACTS)} ${r() < 0.5 ? 'on the ' + (1 + Math.floor(r() * 28)) + 'th' : 'last ' + pick(['June', 'spring', 'year', 'week'])}, ${pick(TAILS)}.`;
    para.push(s);
    count += s.split(/\s+/).length;
    if (++n % 5 === 0) {
      out.push(para.join(' '), '');
      para = [];
    }
  }
  if (para.length) out.push(para.join(' '), '');
  out.push('Love,', 'Alex');
  return out.join('\n');
}
