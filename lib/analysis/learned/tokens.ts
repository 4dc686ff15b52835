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
  /**
   * Each word's id (one per distinct word), valid while `wordEpoch()` is `epoch`: the feature
   * index finds its words by these. Tokens made elsewhere may leave them out.
   */
  ids?: number[];
  epoch?: number;
}

/** Chat spellings and contractions, spelled out. Keys are lower-case tokens without apostrophes. */
export const SPELLED: Readonly<Record<string, string>> = {
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
export const ENDINGS: Readonly<Record<string, string>> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would', s: '' };

/** A token's words (what `tokenize` pushes for it) and their ids, worked out once per distinct token. */
interface TokenWords {
  raw: string;
  hash: number;
  words: readonly string[];
  ids: readonly number[];
}

/**
 * The tokens met so far, in an open-addressing table keyed by a hash of their characters,
 * so a token met before is found straight from the sentence's characters (no substring, no
 * string hashing). When it holds TOKEN_MEMO tokens it and the word ids start afresh (a new
 * epoch) before the next sentence.
 */
const TOKEN_MEMO = 20_000;
const SLOTS = 1 << 16;
let slots = new Int32Array(SLOTS);
let known: TokenWords[] = [];
let idOf = new Map<string, number>();
let epoch = 0;

/** Changes whenever word ids are given afresh: ids from another epoch mean nothing. */
export function wordEpoch(): number {
  return epoch;
}

function wordId(word: string): number {
  let id = idOf.get(word);
  if (id === undefined) idOf.set(word, (id = idOf.size));
  return id;
}

/** The token norm[start, end) with character hash `hash`: found in the table, or worked out and added. */
function tokenWords(norm: string, start: number, end: number, hash: number): TokenWords {
  const len = end - start;
  let slot = hash & (SLOTS - 1);
  for (let k = slots[slot]!; k !== 0; k = slots[(slot = (slot + 1) & (SLOTS - 1))]!) {
    const entry = known[k - 1]!;
    if (entry.hash !== hash || entry.raw.length !== len) continue;
    const raw = entry.raw;
    let j = 0;
    while (j < len && raw.charCodeAt(j) === norm.charCodeAt(start + j)) j++;
    if (j === len) return entry;
  }
  const raw = norm.slice(start, end);
  const words = spellToken(raw);
  const entry: TokenWords = { raw, hash, words, ids: words.map(wordId) };
  // The table is emptied between sentences (TOKEN_MEMO); a text of more distinct tokens than
  // that, given in one piece, must not fill it (the search above needs an empty slot to stop):
  // past half full, tokens are worked out without being remembered.
  if (known.length >= SLOTS >> 1) return entry;
  known.push(entry);
  slots[slot] = known.length;
  return entry;
}

/** Token characters: a-z 0-9 $ £ € (a token is a run of them, then any number of ' and a-z run). */
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 163 || c === 8364;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Clause punctuation between words: , ; : . ! ? ( ) - and a line break. */
function isBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 || c === 10 || c === 45;
}

/** Own entries only: a token such as "constructor" must not find Object.prototype's. */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Money and numbers become one word each, so "$300" and "$45" teach the same thing. */
function shape(word: string): string {
  const c = word.charCodeAt(0);
  if (c === 36 || c === 163 || c === 8364) return '<money>';
  if (c >= 48 && c <= 57) {
    for (let i = 1; i < word.length; i++) if (isLower(word.charCodeAt(i))) return word;
    return '<num>';
  }
  return word;
}

/** The words one token (a match of the token pattern) stands for, spelled out. */
function spellToken(raw: string): readonly string[] {
  const apos = raw.indexOf("'");
  if (apos < 0) {
    const spelled = own(SPELLED, raw);
    return spelled !== undefined ? spelled.split(' ') : [shape(raw)];
  }
  const joined = raw.replace(/'/g, '');
  // "don't", "can't", "I'm", "you're": the whole token spelled out where we know it.
  const spelled = own(SPELLED, joined);
  if (spelled !== undefined) return spelled.split(' ');
  const head = raw.slice(0, apos);
  const tail = raw.slice(apos + 1);
  if (tail === 't' && head.endsWith('n')) return [head.slice(0, -1), 'not'];
  const ending = own(ENDINGS, tail);
  if (ending === undefined) return [shape(head), tail];
  return ending === '' ? [shape(head)] : [shape(head), ending];
}

/**
 * Scans by char code (no regex, no match arrays) for the tokens the pattern
 * /[a-z0-9$£€]+(?:'[a-z]+)* / (global) finds, and pushes each token's words, worked out once
 * per distinct token (see tokenWords). Clause punctuation is noted while skipping the gap
 * before a token: the first word of a token breaks when its gap holds some, the others (a
 * contraction's) never do.
 */
export function tokenize(norm: string): Tokens {
  if (known.length >= TOKEN_MEMO) {
    slots = new Int32Array(SLOTS);
    known = [];
    idOf = new Map();
    epoch++;
  }
  const t: Tokens = { words: [], starts: [], ends: [], breakBefore: [], ids: [], epoch };
  const ids = t.ids!;
  const n = norm.length;
  let gapBreaks = false;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (!isTokenChar(c)) {
      if (isBreak(c)) gapBreaks = true;
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the token's characters.
    let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    i++;
    for (let d = norm.charCodeAt(i); i < n && isTokenChar(d); d = norm.charCodeAt(++i)) hash = Math.imul(hash ^ d, 0x01000193);
    while (i + 1 < n && norm.charCodeAt(i) === 39 && isLower(norm.charCodeAt(i + 1))) {
      hash = Math.imul(hash ^ 39, 0x01000193);
      i++;
      for (let d = norm.charCodeAt(i); i < n && isLower(d); d = norm.charCodeAt(++i)) hash = Math.imul(hash ^ d, 0x01000193);
    }
    const entry = tokenWords(norm, start, i, hash);
    const words = entry.words;
    for (let k = 0; k < words.length; k++) {
      t.breakBefore.push(k === 0 && gapBreaks && t.words.length > 0);
      t.words.push(words[k]!);
      ids.push(entry.ids[k]!);
      t.starts.push(start);
      t.ends.push(i);
    }
    gapBreaks = false;
  }
  return t;
}
