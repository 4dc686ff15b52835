/**
 * Words for the learned scorer: a sentence's normalised text (see normalize.ts) cut into
 * word tokens with their offsets, chat spellings and contractions spelled out, so "im", "I'm"
 * and "I am" are the same two words and "dont", "don't" and "do not" are the same two.
 * Pure and allocation-light: it runs on every new sentence.
 */

export interface Tokens {
  words: string[];
  /** Offsets into the sentence of the token each word came from (a contraction's words share one). */
  starts: number[];
  ends: number[];
  /** True where clause punctuation (, ; : . ! ? and dashes) stands between word i-1 and word i. */
  breakBefore: boolean[];
}

/** Chat spellings and contractions, spelled out. Keys are lower-case tokens without apostrophes. */
const SPELLED: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  u: 'you',
  ya: 'you',
  youre: 'you are',
  youve: 'you have',
  youll: 'you will',
  youd: 'you would',
  ur: 'your',
  urs: 'yours',
  r: 'are',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
  arent: 'are not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'is not',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  weve: 'we have',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  becuz: 'because',
  bcuz: 'because',
  b4: 'before',
  idk: 'i do not know',
  tho: 'though',
  thru: 'through',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  kinda: 'kind of',
  sorta: 'sort of',
  rly: 'really',
  pls: 'please',
  plz: 'please',
  sry: 'sorry',
  srry: 'sorry',
  soz: 'sorry',
  apologise: 'apologize',
  apologised: 'apologized',
  apologising: 'apologizing',
  apologies: 'apology',
  n: 'and',
  w: 'with',
  ppl: 'people',
  bf: 'boyfriend',
  gf: 'girlfriend',
  mum: 'mom',
  mam: 'mom',
  mother: 'mom',
};

/** Endings after an apostrophe, spelled out; "'s" is dropped (possessive or "is": both read the same here). */
const ENDINGS: Record<string, string> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would', s: '' };

const TOKEN = /[a-z0-9$£€]+(?:'[a-z]+)*/g;
const spelledCache = new Map<string, string[]>();

/** Own entries only: a token such as "constructor" must not find Object.prototype's. */
function own(table: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function spell(key: string): string[] {
  let out = spelledCache.get(key);
  if (!out) {
    out = own(SPELLED, key)!.split(' ');
    spelledCache.set(key, out);
  }
  return out;
}

/** Clause punctuation between words: , ; : . ! ? ( ) - and a line break. */
function breakBetween(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = norm.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 || c === 10 || c === 45) return true;
  }
  return false;
}

function push(t: Tokens, word: string, start: number, end: number, norm: string): void {
  const n = t.words.length;
  t.breakBefore.push(n > 0 && breakBetween(norm, t.ends[n - 1]!, start));
  t.words.push(word);
  t.starts.push(start);
  t.ends.push(end);
}

/** Money and numbers become one word each, so "$300" and "$45" teach the same thing. */
function shape(word: string): string {
  const c = word.charCodeAt(0);
  if (c === 36 || c === 163 || c === 8364) return '<money>';
  if (c >= 48 && c <= 57) return /[a-z]/.test(word) ? word : '<num>';
  return word;
}

export function tokenize(norm: string): Tokens {
  const t: Tokens = { words: [], starts: [], ends: [], breakBefore: [] };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const apos = raw.indexOf("'");
    if (apos < 0) {
      if (own(SPELLED, raw) !== undefined) for (const w of spell(raw)) push(t, w, start, end, norm);
      else push(t, shape(raw), start, end, norm);
      continue;
    }
    const joined = raw.replace(/'/g, '');
    // "don't", "can't", "I'm", "you're": the whole token spelled out where we know it.
    if (own(SPELLED, joined) !== undefined) {
      for (const w of spell(joined)) push(t, w, start, end, norm);
      continue;
    }
    const head = raw.slice(0, apos);
    const tail = raw.slice(apos + 1);
    if (tail === 't' && head.endsWith('n')) {
      push(t, head.slice(0, -1), start, end, norm);
      push(t, 'not', start, end, norm);
      continue;
    }
    push(t, shape(head), start, end, norm);
    const ending = own(ENDINGS, tail);
    if (ending === undefined) push(t, tail, start, end, norm);
    else if (ending !== '') push(t, ending, start, end, norm);
  }
  return t;
}
