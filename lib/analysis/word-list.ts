/**
 * Counting the matches of word-list patterns, `\b(?:word|other words|...)\b` with the g flag,
 * word by word instead of running each alternation at every position of the sentence.
 *
 * The amends cues (amends-detect.ts) count long lists of words ("lied|stole|hurt|..."). V8 runs
 * such an alternation by trying its alternatives one after the other at every position, and
 * the harm, business and recovery lists let most sentences through their trigram filters
 * (they hold short words: "high", "owe", "aa", "link"). Most alternatives are plain words,
 * and a plain-word alternative matches at a word's start exactly when it is that word: one
 * lookup per word of the sentence answers for all of them, in every list at once.
 *
 * The programs are read from the patterns' own sources, so each list stays written once, as a
 * pattern. Each alternative is either
 * - a set of plain words (`hurt(?:ing)?`: hurt, hurting), matched by looking the word up, or
 * - anything else (`let (?:you|u) down`, `(?<!no )harm(?:ed)?`, `q[1-4]`), run on its own as a
 *   sticky pattern, only at a word it can start with ("let", "harm", "harmed", any word
 *   beginning with "q") and only where the text begins as one of its matches does ("let u",
 *   "let you").
 *
 * Why the count is the same: a match of `\b(?:A1|...|An)\b` starts where `\b` holds and its
 * first character can start some alternative; at such a position the pattern takes the first
 * alternative Ai for which `Ai\b` matches there, and the global scan goes on from its end.
 * The counter visits the same positions in order (word starts, and the ends of words for
 * alternatives that start with a non-word character such as "#12"), skips those inside the
 * list's last match, and tries at each, in the pattern's order, just the alternatives that
 * can match there: the others cannot, so the first that matches is the pattern's. A plain
 * word `w` matches at a word's start only when the word is `w` (otherwise a word character
 * follows it, and `\b` fails). word-list.test.ts checks the counts against the patterns on
 * corpus sentences and on random word salads made from the lists' own words.
 *
 * A pattern the reader does not take (other flags or form, a capturing group, an alternative
 * that may start with anything) is counted by running it (`WordLists.allRead` tells).
 */

import { isWordCode } from './char-codes';

function isWordText(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (!isWordCode(t.charCodeAt(k))) return false;
  return t.length > 0;
}

// ---- reading an alternative ----

/**
 * A piece of an alternative: literal text, a group of alternatives, a zero-width assertion
 * (\b, a look-around, ^, $), or something that consumes text the reader does not spell out
 * (a class, \d, \w, a dot).
 */
type Atom =
  | { kind: 'text'; text: string }
  | { kind: 'group'; alternatives: Atom[][] }
  | { kind: 'assertion' }
  | { kind: 'unknown' };

/** An atom and how often it may repeat ([1, 1] when not quantified; max Infinity when unbounded). */
interface Piece {
  atom: Atom;
  min: number;
  max: number;
  lazy: boolean;
}

class Unsupported extends Error {}

/** Escapes of a class of characters and of an assertion (a backslash before punctuation is that character). */
const CLASS_ESCAPES = 'dDwWsS';
const ASSERTION_ESCAPES = 'bB';

/** Reads alternatives separated by "|" from `src` at `at.i`, up to a ")" or the end. */
function readAlternatives(src: string, at: { i: number }): Piece[][] {
  const out: Piece[][] = [readSequence(src, at)];
  while (src[at.i] === '|') {
    at.i++;
    out.push(readSequence(src, at));
  }
  return out;
}

function readSequence(src: string, at: { i: number }): Piece[] {
  const pieces: Piece[] = [];
  while (at.i < src.length && src[at.i] !== '|' && src[at.i] !== ')') {
    const atom = readAtom(src, at);
    const [min, max, lazy] = readQuantifier(src, at);
    if (atom.kind === 'assertion' && (min !== 1 || max !== 1)) throw new Unsupported('quantified assertion');
    // Literal characters in a row are one piece of text (fewer strings to join when spelling).
    const last = pieces[pieces.length - 1];
    if (atom.kind === 'text' && min === 1 && max === 1 && last?.atom.kind === 'text' && last.min === 1 && last.max === 1) {
      last.atom = { kind: 'text', text: last.atom.text + atom.text };
      continue;
    }
    pieces.push({ atom, min, max, lazy });
  }
  return pieces;
}

function readAtom(src: string, at: { i: number }): Atom {
  const c = src[at.i]!;
  if (c === '\\') {
    const e = src[at.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    at.i += 2;
    if (CLASS_ESCAPES.includes(e)) return { kind: 'unknown' };
    if (ASSERTION_ESCAPES.includes(e)) return { kind: 'assertion' };
    // Letters and digits after a backslash mean something (\n, \u…, \1, \k<…>): not read here.
    if (/[0-9A-Za-z]/.test(e)) throw new Unsupported(`escape \\${e}`);
    return { kind: 'text', text: e };
  }
  if (c === '[') {
    // A class consumes one character; skip to its end (escapes inside respected; in JavaScript
    // the first "]" closes it, even right after "[": "[]" is a class of nothing).
    let k = at.i + 1;
    if (src[k] === '^') k++;
    while (k < src.length && src[k] !== ']') k += src[k] === '\\' ? 2 : 1;
    if (k >= src.length) throw new Unsupported('open class');
    at.i = k + 1;
    return { kind: 'unknown' };
  }
  if (c === '(') {
    let assertion = false;
    if (src.startsWith('(?:', at.i)) at.i += 3;
    else if (src.startsWith('(?=', at.i) || src.startsWith('(?!', at.i)) (at.i += 3), (assertion = true);
    else if (src.startsWith('(?<=', at.i) || src.startsWith('(?<!', at.i)) (at.i += 4), (assertion = true);
    // Capturing and named groups would number differently once the alternatives run apart.
    else throw new Unsupported('capturing group');
    const alternatives = readAlternatives(src, at);
    if (src[at.i] !== ')') throw new Unsupported('open group');
    at.i++;
    if (assertion) return { kind: 'assertion' };
    return { kind: 'group', alternatives: alternatives.map(flatten) };
  }
  if (c === '.') {
    at.i++;
    return { kind: 'unknown' };
  }
  if (c === '^' || c === '$') {
    at.i++;
    return { kind: 'assertion' };
  }
  if ('*+?{'.includes(c)) throw new Unsupported(`quantifier without atom at ${at.i}`);
  at.i++;
  return { kind: 'text', text: c };
}

/** A group's alternative as atoms: only `?` is kept as a choice; other quantifiers become unknown. */
function flatten(pieces: Piece[]): Atom[] {
  return pieces.map(({ atom, min, max, lazy }) => {
    if (min === 1 && max === 1) return atom;
    if (min === 0 && max === 1) {
      const none: Atom[] = [];
      // Greedy tries the atom first, lazy tries nothing first: the order of the choices.
      return { kind: 'group', alternatives: lazy ? [none, [atom]] : [[atom], none] };
    }
    return { kind: 'unknown' };
  });
}

function readQuantifier(src: string, at: { i: number }): [number, number, boolean] {
  const c = src[at.i];
  let q: [number, number] | null = null;
  if (c === '?') q = [0, 1];
  else if (c === '*') q = [0, Infinity];
  else if (c === '+') q = [1, Infinity];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(at.i));
    if (!m) throw new Unsupported('brace');
    at.i += m[0].length - 1;
    q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
  }
  if (!q) return [1, 1, false];
  at.i++;
  const lazy = src[at.i] === '?';
  if (lazy) at.i++;
  return [q[0], q[1], lazy];
}

// ---- what an alternative can match ----

/** Expansions are given up beyond this many strings (the lists' alternatives have a few). */
const MAX_STRINGS = 512;

/** A string an alternative matches, or (`open`) how such strings begin. */
interface Spelling {
  text: string;
  open: boolean;
}

/**
 * The strings a sequence of atoms matches, in the order the pattern tries them, each marked
 * `open` when an atom the reader cannot spell out comes next (the text is then only how the
 * match begins). Assertions are passed over when `skipAssertions` (they take no text, so
 * leaving them out only lets more through); otherwise they end the spelling like an unknown.
 */
function spell(atoms: readonly Atom[], skipAssertions: boolean): Spelling[] {
  let acc: Spelling[] = [{ text: '', open: false }];
  for (const atom of atoms) {
    let next: Spelling[];
    if (atom.kind === 'text') next = [{ text: atom.text, open: false }];
    else if (atom.kind === 'group') next = atom.alternatives.flatMap((alt) => spell(alt, skipAssertions));
    else if (atom.kind === 'assertion' && skipAssertions) continue;
    else next = [{ text: '', open: true }];
    const joined: Spelling[] = [];
    for (const a of acc) {
      if (a.open) joined.push(a);
      else for (const b of next) joined.push({ text: a.text + b.text, open: b.open });
    }
    if (joined.length > MAX_STRINGS) throw new Unsupported('too many spellings');
    acc = joined;
  }
  return acc;
}

/**
 * Where an alternative can match, read from the beginnings of its matches (assertions passed
 * over): at a word's start, when the word is the first word of a beginning (`byWord`, with
 * the beginnings that start with it) or starts with a beginning that ends inside a word
 * (`prefixes`: "q" of q[1-4]); right after a word, when the next character is one a beginning
 * starts with that is not a word character ("#" of #\d+).
 */
interface Starts {
  byWord: Map<string, string[]>;
  prefixes: string[];
  nonWord: string[];
}

function startsOf(atoms: readonly Atom[]): Starts {
  const starts: Starts = { byWord: new Map(), prefixes: [], nonWord: [] };
  for (const { text, open } of spell(atoms, true)) {
    if (text === '') throw new Unsupported('an alternative may start with anything');
    if (!isWordCode(text.charCodeAt(0))) {
      starts.nonWord.push(text);
      continue;
    }
    let k = 0;
    while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
    // A non-word character ends the first word; so does the match's end when nothing is open.
    if (k < text.length || !open) {
      const word = text.slice(0, k);
      const list = starts.byWord.get(word);
      if (list) list.push(text);
      else starts.byWord.set(word, [text]);
    } else starts.prefixes.push(text);
  }
  return starts;
}

/** The plain words an alternative matches when it matches only plain words, else null. */
function plainWords(atoms: readonly Atom[]): Set<string> | null {
  const spellings = spell(atoms, false);
  if (spellings.some((s) => s.open || !isWordText(s.text))) return null;
  return new Set(spellings.map((s) => s.text));
}

// ---- the counter ----

/**
 * One thing to try at a position: the word itself (`re` null: a plain-word alternative holds
 * it), or an alternative's own pattern, run only when the text there begins with one of
 * `texts` (the beginnings of its matches that can start there).
 */
interface Step {
  re: RegExp | null;
  texts: readonly string[];
}

const THE_WORD: Step = { re: null, texts: [] };
const JUST_THE_WORD: Step[] = [THE_WORD];

/** One alternative: a set of plain words, or a pattern run on its own where it can start. */
type Alternative = { words: Set<string> } | { re: RegExp; starts: Starts };

/** How one list is counted: what to try at each word, and right after a word. */
interface ListProgram {
  /** The steps at a word the list names (as a plain word or as a first word), in order. */
  atWord: Map<string, Step[]>;
  /** At any other word: alternatives known by a beginning inside the word, in order. */
  prefixed: Step[];
  /** Right after a word, when the next character is one of `nonWordFirst`. */
  afterWord: Step[];
  nonWordFirst: Set<number>;
}

/** How a list of alternatives is counted (see the header). Plain loops: this runs once, cold. */
function programOf(alternatives: readonly Alternative[]): ListProgram {
  // Which alternatives name each word (as a plain word or as a first word), in order.
  const naming = new Map<string, number[]>();
  const prefixedAt: number[] = [];
  for (let k = 0; k < alternatives.length; k++) {
    const alt = alternatives[k]!;
    for (const w of 'words' in alt ? alt.words : alt.starts.byWord.keys()) {
      const list = naming.get(w);
      if (list) list.push(k);
      else naming.set(w, [k]);
    }
    if (!('words' in alt) && alt.starts.prefixes.length > 0) prefixedAt.push(k);
  }
  const atWord = new Map<string, Step[]>();
  for (const [w, named] of naming) {
    // The alternatives known by a beginning inside a word that this word starts with.
    const prefixHits: number[] = [];
    for (const k of prefixedAt) if (startsWithOne(w, (alternatives[k] as { starts: Starts }).starts.prefixes)) prefixHits.push(k);
    if ('words' in alternatives[named[0]!]! && (prefixHits.length === 0 || prefixHits[0]! > named[0]!)) {
      // The commonest case, settled at once: a plain word, and nothing tried before it.
      atWord.set(w, JUST_THE_WORD);
      continue;
    }
    const tried = prefixHits.length === 0 ? named : [...new Set([...named, ...prefixHits])].sort((x, y) => x - y);
    const steps: Step[] = [];
    for (const k of tried) {
      const alt = alternatives[k]!;
      if ('words' in alt) {
        // A plain-word alternative holding the word surely matches: nothing after it is tried.
        steps.push(THE_WORD);
        break;
      }
      const texts = [...(alt.starts.byWord.get(w) ?? [])];
      for (const p of alt.starts.prefixes) if (w.startsWith(p)) texts.push(p);
      if (texts.length > 0) steps.push({ re: alt.re, texts: fewBeginnings(texts) });
    }
    atWord.set(w, steps);
  }
  const prefixed: Step[] = [];
  const afterWord: Step[] = [];
  const nonWordFirst = new Set<number>();
  for (const alt of alternatives) {
    if ('words' in alt) continue;
    if (alt.starts.prefixes.length > 0) prefixed.push({ re: alt.re, texts: alt.starts.prefixes });
    if (alt.starts.nonWord.length > 0) {
      afterWord.push({ re: alt.re, texts: alt.starts.nonWord });
      for (const t of alt.starts.nonWord) nonWordFirst.add(t.charCodeAt(0));
    }
  }
  return { atWord, prefixed, afterWord, nonWordFirst };
}

function startsWithOne(w: string, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (w.startsWith(prefixes[k]!)) return true;
  return false;
}

/**
 * Few, short beginnings that still hold whenever one of `texts` does (each checked costs a
 * comparison): each cut after its third word, or its second or first when that leaves too
 * many ("i was so wrong", "i was very wrong"... -> "i was "), and any that begins with
 * another dropped. A match still begins with one of them.
 */
const MAX_BEGINNINGS = 3;

function fewBeginnings(texts: readonly string[]): readonly string[] {
  if (texts.length === 1 && firstWords(texts[0]!, 3) === texts[0]) return texts;
  let out: string[] = [];
  for (let words = 3; words >= 1; words--) {
    const cut = [...new Set(texts.map((t) => firstWords(t, words)))];
    out = cut.filter((t) => !cut.some((u) => u !== t && t.startsWith(u)));
    if (out.length <= MAX_BEGINNINGS) break;
  }
  return out;
}

/** `t` up to the end of its `words`-th word and the non-word characters after it. */
function firstWords(t: string, words: number): string {
  let k = 0;
  for (let word = 0; word < words && k < t.length; word++) {
    while (k < t.length && isWordCode(t.charCodeAt(k))) k++;
    while (k < t.length && !isWordCode(t.charCodeAt(k))) k++;
  }
  return t.slice(0, k);
}

/**
 * The program for a pattern of the form `\b(?:A1|A2|…)\b` with the g flag only, or null when
 * the pattern is of another form or has an alternative the reader does not take.
 */
export function listProgram(re: RegExp): ListProgram | null {
  const src = re.source;
  if (re.flags !== 'g' || !src.startsWith('\\b(?:') || !src.endsWith(')\\b')) return null;
  const body = src.slice(5, -3);
  // The group must span the whole body ("\b(?:a)|(?:b)\b" is two lists, not one).
  const parts = splitTopLevel(body);
  if (!parts) return null;
  try {
    const alternatives = parts.map((part): Alternative => {
      // Most alternatives are one plain word: no need to read them.
      if (isWordText(part)) return { words: new Set([part]) };
      const at = { i: 0 };
      const read = readAlternatives(part, at);
      if (read.length !== 1 || at.i !== part.length) throw new Unsupported(`not one alternative: ${part}`);
      const atoms = flatten(read[0]!);
      const words = plainWords(atoms);
      if (words) return { words };
      return { re: new RegExp(`\\b(?:${part})\\b`, 'y'), starts: startsOf(atoms) };
    });
    return programOf(alternatives);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** `body` split on its "|" outside groups and classes; null when a ")" closes more than it opened. */
export function splitTopLevel(body: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k++;
      while (k < body.length && body[k] !== ']') k += body[k] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** The end of the first step that matches at `at` (a word's start, or right after a word), or -1. */
function firstMatch(s: string, at: number, wordEnd: number, steps: readonly Step[]): number {
  for (let j = 0; j < steps.length; j++) {
    const step = steps[j]!;
    if (step.re === null) return wordEnd;
    if (!beginsWithOne(s, at, step.texts)) continue;
    step.re.lastIndex = at;
    if (step.re.test(s)) return step.re.lastIndex;
  }
  return -1;
}

function beginsWithOne(s: string, at: number, texts: readonly string[]): boolean {
  for (let k = 0; k < texts.length; k++) if (s.startsWith(texts[k]!, at)) return true;
  return false;
}

/**
 * Hash of s[from, to), as `count` works it out while reading a word: FNV-1a, cut to 30 bits
 * so that it stays a small integer (a Map keyed by larger numbers boxes each key it is asked
 * about).
 */
function wordHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 2;
}

function setBit(bits: Int32Array, c: number): void {
  bits[c >>> 5]! |= 1 << (c & 31);
}

function hasBit(bits: Int32Array, c: number): boolean {
  return (bits[c >>> 5]! & (1 << (c & 31))) !== 0;
}

/** A word some list names: the lists that can match at it, and each one's steps there. */
interface Named {
  word: string;
  lists: number[];
  steps: Step[][];
  /** Another named word with the same hash. */
  next: Named | null;
}

/**
 * Several word lists counted in one walk over a sentence's words: each word is hashed as it is
 * read, most are turned away by a bitmap of the named words' hashes, and the rest are looked
 * up once for all lists. Each list goes on from the end of its own last match.
 */
export class WordLists {
  /** The patterns counted, in the order `count` gives their counts. */
  readonly patterns: readonly RegExp[];
  /** Per pattern, its program; null for one the reader does not take (it is run as it is). */
  private readonly programs: readonly (ListProgram | null)[];
  private readonly named = new Map<number, Named>();
  /** Bit (hash & 0xffff) set for the hash of each named word. */
  private readonly bits = new Int32Array(1 << 11);
  /**
   * Bit c set for each character c < 128 that starts a beginning inside a word ("q" of q[1-4]:
   * a word starting with it is tried for such alternatives even when no list names it) or a
   * beginning that is not a word character ("#" of #\d+, tried right after a word).
   */
  private readonly prefixFirst = new Int32Array(4);
  private readonly afterWordFirst = new Int32Array(4);
  /** Non-word characters from 128 up that some alternative starts with (rare). */
  private readonly afterWordHigh = new Set<number>();

  constructor(patterns: readonly RegExp[]) {
    this.patterns = patterns;
    this.programs = patterns.map(listProgram);
    const words = new Set<string>();
    for (const p of this.programs) {
      if (!p) continue;
      for (const w of p.atWord.keys()) words.add(w);
      for (const step of p.prefixed) for (const t of step.texts) setBit(this.prefixFirst, t.charCodeAt(0));
      for (const c of p.nonWordFirst) {
        if (c < 128) setBit(this.afterWordFirst, c);
        else this.afterWordHigh.add(c);
      }
    }
    for (const word of words) {
      const entry: Named = { word, lists: [], steps: [], next: null };
      for (let l = 0; l < this.programs.length; l++) {
        const p = this.programs[l];
        if (!p) continue;
        const steps = p.atWord.get(word) ?? (hasBit(this.prefixFirst, word.charCodeAt(0)) ? prefixedAt(p, word) : null);
        if (steps && steps.length > 0) entry.lists.push(l), entry.steps.push(steps);
      }
      const h = wordHash(word, 0, word.length);
      entry.next = this.named.get(h) ?? null;
      this.named.set(h, entry);
      setBit(this.bits, h & 0xffff);
    }
  }

  /** Whether every pattern is counted word by word (none is run as it is). */
  allRead(): boolean {
    return this.programs.every((p) => p !== null);
  }

  /** The entry of the word s[from, to) (hash h), or null when no list names it. */
  private namedAt(s: string, from: number, to: number, h: number): Named | null {
    if (!hasBit(this.bits, h & 0xffff)) return null;
    for (let e: Named | null = this.named.get(h) ?? null; e !== null; e = e.next) {
      if (e.word.length === to - from && s.startsWith(e.word, from)) return e;
    }
    return null;
  }

  /** How many matches each pattern finds in `s`, scanning globally, in the order of `patterns`. */
  count(s: string): number[] {
    const programs = this.programs;
    const counts = new Array<number>(programs.length).fill(0);
    // Per list, where its scan goes on (the end of its last match).
    const resume = new Array<number>(programs.length).fill(0);
    const n = s.length;
    let i = 0;
    while (i < n) {
      let c = s.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      do {
        h = Math.imul(h ^ c, 0x01000193);
        c = ++i < n ? s.charCodeAt(i) : -1;
      } while (i < n && isWordCode(c));
      const entry = this.namedAt(s, start, i, h >>> 2);
      if (entry !== null) {
        for (let k = 0; k < entry.lists.length; k++) tryList(s, entry.lists[k]!, entry.steps[k]!, start, i, counts, resume);
      } else if (hasBit(this.prefixFirst, s.charCodeAt(start))) {
        // A word no list names, but some alternative begins inside a word ("q" of q[1-4]).
        const word = s.slice(start, i);
        for (let l = 0; l < programs.length; l++) {
          const p = programs[l];
          if (p) tryList(s, l, prefixedAt(p, word), start, i, counts, resume);
        }
      }
      // Right after the word: an alternative starting with "#", say ("\b#\d+" needs a word before).
      if (i < n && (c < 128 ? hasBit(this.afterWordFirst, c) : this.afterWordHigh.has(c))) {
        for (let l = 0; l < programs.length; l++) {
          const p = programs[l];
          if (p && p.nonWordFirst.has(c)) tryList(s, l, p.afterWord, i, i, counts, resume);
        }
      }
    }
    for (let l = 0; l < programs.length; l++) if (!programs[l]) counts[l] = countByPattern(this.patterns[l]!, s);
    return counts;
  }
}

/** Tries list l's `steps` at `at` (unless inside its last match); counts a match and moves the list past it. */
function tryList(s: string, l: number, steps: readonly Step[], at: number, wordEnd: number, counts: number[], resume: number[]): void {
  if (at < resume[l]!) return;
  const end = firstMatch(s, at, wordEnd, steps);
  if (end >= 0) {
    counts[l]!++;
    resume[l] = end;
  }
}

/** A list's steps at a word it does not name: its alternatives with a beginning the word starts with. */
function prefixedAt(p: ListProgram, word: string): Step[] {
  return p.prefixed.filter((step) => step.texts.some((t) => word.startsWith(t)));
}

/** The matches of a global pattern, counted by running it. */
export function countByPattern(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}
