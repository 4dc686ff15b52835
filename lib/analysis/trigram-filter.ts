/**
 * A necessary condition for a pattern to match, read from the pattern's own source: which
 * three-character pieces of text every match must contain (the trigram query of Russ Cox's
 * "Regular Expression Matching with a Trigram Index", the method behind Google Code Search).
 *
 * A sentence's trigrams are put in a small bitset once; a pattern whose clauses the bitset
 * does not satisfy cannot match the sentence and is not run. The clauses only ever err
 * towards "may match" (hash collisions, pieces the reader does not model, flags), so skipping
 * on them never changes a result; it only saves the scan. Reading a pattern is linear in its
 * source (no automaton is built), so the one-time cost stays small.
 *
 * Nothing here needs the rule authors' help: it works on any pattern written for `norm`.
 *
 * Reading every pattern costs hundreds of milliseconds, paid on a fresh engine's first
 * analysis (the extension's background worker is stopped when idle and starts afresh), so the
 * programs of the shipped patterns are read ahead of time into trigram-programs.json
 * (`npm run build-filters`), keyed by a hash of each pattern's source and flags. A pattern not
 * in that table (edited since) is read from its source as before: a stale table is slower,
 * never wrong.
 */
import STORED from './trigram-programs.json';

/**
 * At most this many clauses are kept per pattern (the least likely to hold). Each kept clause
 * can only turn a sentence away: ten keep most patterns to the sentences they match, for a
 * table of about 260 KB (six: 175 KB, and a third more patterns run).
 */
const MAX_CLAUSES = 10;
/** Clauses of each side combined when two alternatives are joined. */
const OR_FANOUT = 3;
/**
 * A clause with more trigrams than this tells too little to be worth testing. A long word
 * list ("records|files|photos|…") gives a clause of one trigram per word, rarely met
 * all the same: lists of up to a thousand are kept.
 */
const MAX_CLAUSE_SIZE = 1024;

const TABLE_BITS = 16;
const TABLE_SIZE = 1 << TABLE_BITS;

/** The table's hash of the trigram of character codes a, b, c (exported for the tests). */
export function hash3(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - TABLE_BITS);
}

// ---- clauses ----

/**
 * A pattern's requirement is kept as clauses: each a set of trigram hashes at least one of
 * which every match contains. A run of literal characters requires each of its trigrams; an
 * alternation requires, for some clause of each branch, one of them (their union); anything
 * the reader does not model (classes, gaps, escapes, optional parts) requires nothing. So the
 * clauses only ever under-state what a match needs: skipping on them is safe.
 */
interface Clause {
  /** Trigram hashes, one of which must be present. */
  h: number[];
  /** Estimated chance that it holds for a sentence (its trigrams' frequencies, summed). */
  w: number;
}
type Clauses = Clause[];

/**
 * How common a character is in English text (space and letters; a rough table). With no
 * sample sentences (below), a trigram's chance of occurring is taken as the product of its
 * characters': the filter keeps and tests the rarest clauses, which settle a sentence soonest
 * and let the fewest through.
 */
const CHAR_FREQ: Record<string, number> = {
  ' ': 0.18, e: 0.1, t: 0.075, a: 0.065, o: 0.062, i: 0.057, n: 0.057, s: 0.053, r: 0.05, h: 0.05,
  l: 0.033, d: 0.033, u: 0.023, c: 0.022, m: 0.02, w: 0.019, f: 0.018, y: 0.016, g: 0.016, p: 0.015,
  b: 0.012, v: 0.008, k: 0.006, "'": 0.005, x: 0.0015, j: 0.001, q: 0.0008, z: 0.0006,
};
const charFreq = (c: number): number => CHAR_FREQ[String.fromCharCode(c)] ?? 0.001;

/**
 * Sample sentences (the rules' examples, lower-cased), from which how often a trigram occurs
 * is counted. A product of letter frequencies misjudges words: "you" looks rare by its
 * letters and is in most apologies, so a pattern kept "you" as its telling clause and was run
 * on most sentences. Counted frequencies only steer which clauses are kept (and which one an
 * index lists a pattern under): any choice is sound, and finds exactly the same matches.
 */
const SAMPLE: string[] = [];

/** Adds sample sentences for the frequency estimates. */
export function addFrequencySample(texts: readonly string[]): void {
  for (const t of texts) SAMPLE.push(t.toLowerCase());
}

/** At most this many sample sentences are read (evenly spread): enough to rank trigrams. */
const SAMPLE_READ = 600;
let sampleFreq: { size: number; freq: Map<number, number> } | null = null;

/**
 * In how many sample sentences each trigram hash occurs (read once the sample stops growing;
 * it does not touch the current sentence's table).
 */
export function sampleFrequencies(): Map<number, number> {
  if (sampleFreq?.size === SAMPLE.length) return sampleFreq.freq;
  const freq = new Map<number, number>();
  const step = Math.max(1, Math.ceil(SAMPLE.length / SAMPLE_READ));
  const seen = new Set<number>();
  for (let i = 0; i < SAMPLE.length; i += step) {
    const text = SAMPLE[i]!;
    seen.clear();
    for (let k = 0; k + 3 <= text.length; k++) seen.add(hash3(text.charCodeAt(k), text.charCodeAt(k + 1), text.charCodeAt(k + 2)));
    for (const h of seen) freq.set(h, (freq.get(h) ?? 0) + 1);
  }
  sampleFreq = { size: SAMPLE.length, freq };
  return freq;
}

/**
 * A trigram's weight, its estimated chance of being in a sentence: its share of the sample
 * sentences (one absent taken as rare, not never there), or, with no sample, the product of
 * its letters' frequencies.
 */
function trigramWeight(a: number, b: number, c: number): number {
  if (SAMPLE.length === 0) return charFreq(a) * charFreq(b) * charFreq(c);
  const freq = sampleFrequencies();
  const read = Math.ceil(SAMPLE.length / Math.max(1, Math.ceil(SAMPLE.length / SAMPLE_READ)));
  return ((freq.get(hash3(a, b, c)) ?? 0) + 0.5) / read;
}

/** Every trigram of a literal run, each required on its own. */
function runClauses(run: string): Clauses {
  const out: Clauses = [];
  for (let i = 0; i + 3 <= run.length; i++) {
    const a = run.charCodeAt(i);
    const b = run.charCodeAt(i + 1);
    const c = run.charCodeAt(i + 2);
    out.push({ h: [hash3(a, b, c)], w: trigramWeight(a, b, c) });
  }
  return best(out);
}

/** The clauses least likely to hold (the most telling), without duplicates or oversized ones. */
function best(list: Clauses): Clauses {
  if (list.length <= 1) return list.length === 1 && list[0]!.h.length > MAX_CLAUSE_SIZE ? [] : list;
  const sorted = list.slice().sort((x, y) => x.w - y.w);
  const out: Clauses = [];
  for (const c of sorted) {
    if (c.h.length > MAX_CLAUSE_SIZE) continue;
    // Taking two clauses for one only drops a clause, which keeps the filter sound.
    if (out.some((o) => o.w === c.w && o.h.length === c.h.length && o.h[0] === c.h[0])) continue;
    out.push(c);
    if (out.length === MAX_CLAUSES) break;
  }
  return out;
}

/** Both hold. */
function both(x: Clauses, y: Clauses): Clauses {
  if (x.length === 0) return y;
  if (y.length === 0) return x;
  return best(x.concat(y));
}

/** One of the two holds: one clause of each, joined (the least likely joins are kept). */
function either(x: Clauses, y: Clauses): Clauses {
  if (x.length === 0 || y.length === 0) return [];
  // Weigh the candidate joins first and copy only the ones kept.
  const pairs: { a: Clause; b: Clause; w: number }[] = [];
  for (let i = 0; i < x.length && i < OR_FANOUT; i++) {
    for (let j = 0; j < y.length && j < OR_FANOUT; j++) {
      const a = x[i]!;
      const b = y[j]!;
      if (a.h.length + b.h.length <= MAX_CLAUSE_SIZE) pairs.push({ a, b, w: a.w + b.w });
    }
  }
  pairs.sort((p, q) => p.w - q.w);
  const next: Clauses = [];
  for (let k = 0; k < pairs.length && k < OR_FANOUT; k++) {
    const { a, b, w } = pairs[k]!;
    next.push({ h: a.h.concat(b.h), w });
  }
  return next;
}

// ---- what a piece of a pattern matches ----

/**
 * What the reader knows of a piece of a pattern: its clauses, and, to join it to its
 * neighbours, either every string it can match (`exact`, when few) or the first and last two
 * characters of every match (`prefix`, `suffix`; null when unknown). Joining "it|that" to
 * " " and "too|as well" then requires a trigram across the join ("t t" or "s t" or "t a"...)
 * although no piece has one of its own.
 */
interface Info {
  clauses: Clauses;
  exact: readonly string[] | null;
  prefix: readonly string[] | null;
  suffix: readonly string[] | null;
}

/** Exact sets and edge sets are kept only while this small. */
const MAX_EXACT = 16;
const MAX_EDGES = 32;

/** Something of unknown text (a class, a gap, a back-reference): no requirement. */
const UNKNOWN: Info = { clauses: [], exact: null, prefix: null, suffix: null };
/** Matches the empty string only (\b, ^, a look-around). */
const EMPTY: Info = { clauses: [], exact: [''], prefix: null, suffix: null };

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** A literal string: it requires its trigrams. */
function literal(text: string): Info {
  return { clauses: runClauses(text), exact: [text], prefix: null, suffix: null };
}

/** Edge set: null when unknown or when it holds "" (every match starts with "", which says nothing). */
function edges(xs: readonly string[]): readonly string[] | null {
  const u = unique(xs);
  return u.length > MAX_EDGES || u.includes('') ? null : u;
}

function prefixOf(x: Info): readonly string[] | null {
  return x.exact ? edges(x.exact.map((t) => t.slice(0, 2))) : x.prefix;
}

function suffixOf(x: Info): readonly string[] | null {
  return x.exact ? edges(x.exact.map((t) => t.slice(-2))) : x.suffix;
}

/**
 * The trigrams across a join. For every (end of the left, start of the right) pair, the
 * match holds both trigrams that straddle the join: two characters of the left and one of
 * the right, and one of the left and two of the right. So two clauses: one of the first
 * kind over all pairs, one of the second (each only when every pair has such a trigram).
 */
function joinClauses(left: readonly string[] | null, right: readonly string[] | null): Clauses {
  if (!left || !right || left.length * right.length > 64) return [];
  const out: Clauses = [];
  for (const leftChars of [2, 1]) {
    const h: number[] = [];
    let w = 0;
    let ok = true;
    for (const a of left) {
      for (const b of right) {
        if (a.length < leftChars || b.length < 3 - leftChars) {
          ok = false;
          break;
        }
        const t = a.slice(a.length - leftChars) + b.slice(0, 3 - leftChars);
        const c0 = t.charCodeAt(0);
        const c1 = t.charCodeAt(1);
        const c2 = t.charCodeAt(2);
        h.push(hash3(c0, c1, c2));
        w += trigramWeight(c0, c1, c2);
      }
      if (!ok) break;
    }
    if (ok && h.length <= MAX_CLAUSE_SIZE) out.push({ h: [...new Set(h)], w });
  }
  return out;
}

/** x then y: both requirements, and a trigram across the join. */
function concat(x: Info, y: Info): Info {
  const clauses = both(both(x.clauses, y.clauses), joinClauses(suffixOf(x), prefixOf(y)));
  if (x.exact && y.exact && x.exact.length * y.exact.length <= MAX_EXACT) {
    const out: string[] = [];
    for (const a of x.exact) for (const b of y.exact) out.push(a + b);
    return { clauses, exact: unique(out), prefix: null, suffix: null };
  }
  // Every match of xy starts as x's matches start (or, when x's are all known, as x's then y's).
  let prefix = prefixOf(x);
  if (x.exact) {
    const yp = prefixOf(y);
    const out: string[] = [];
    for (const a of x.exact) {
      if (a.length >= 2) out.push(a.slice(0, 2));
      else if (yp) for (const b of yp) out.push((a + b).slice(0, 2));
      else out.push(a);
    }
    prefix = edges(out);
  }
  let suffix = suffixOf(y);
  if (y.exact) {
    const xs = suffixOf(x);
    const out: string[] = [];
    for (const b of y.exact) {
      if (b.length >= 2) out.push(b.slice(-2));
      else if (xs) for (const a of xs) out.push((a + b).slice(-2));
      else out.push(b);
    }
    suffix = edges(out);
  }
  return { clauses, exact: null, prefix, suffix };
}

/** x or y. */
function union(x: Info, y: Info): Info {
  const clauses = either(x.clauses, y.clauses);
  if (x.exact && y.exact && x.exact.length + y.exact.length <= MAX_EXACT) {
    return { clauses, exact: unique([...x.exact, ...y.exact]), prefix: null, suffix: null };
  }
  const xp = prefixOf(x);
  const yp = prefixOf(y);
  const xs = suffixOf(x);
  const ys = suffixOf(y);
  return {
    clauses,
    exact: null,
    prefix: xp && yp ? edges([...xp, ...yp]) : null,
    suffix: xs && ys ? edges([...xs, ...ys]) : null,
  };
}

// ---- a small reader for the pattern syntax the rules use ----

class Unsupported extends Error {}

const SPECIAL = '()[]{}|\\^$.*+?';
const QUANTIFIER = '*+?{';
const NOTHING: Clauses = [];

/**
 * The pattern's requirement as alternatives: with `split`, the branches of its outermost
 * alternation (at the top level, or inside one group spanning the whole pattern), each with
 * its own clauses; otherwise a single entry. A match matches one branch, so it holds every
 * clause of that branch: testing branch by branch keeps what each alternative needs, where
 * joining them (`either`) would leave only a wide union that almost every sentence meets.
 */
function parse(src: string, split = false): Clauses[] {
  let i = 0;

  function branches(): Info[] {
    const out = [sequence()];
    while (src[i] === '|') {
      i++;
      out.push(sequence());
    }
    return out;
  }

  function alternation(): Info {
    let acc = sequence();
    while (src[i] === '|') {
      i++;
      acc = union(acc, sequence());
    }
    return acc;
  }

  function sequence(): Info {
    let acc: Info = EMPTY;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      // A run of plain characters (none of them quantified) is literal text of the match.
      let run = '';
      while (i < src.length && !SPECIAL.includes(src[i]!) && !QUANTIFIER.includes(src[i + 1] ?? '|')) run += src[i++];
      acc = concat(acc, run ? literal(run) : quantified());
    }
    return acc;
  }

  function quantified(): Info {
    const inner = atom();
    const q = quantifier();
    if (!q) return inner;
    if (q[0] === 0) {
      // Optional once: the strings it can match, plus none at all.
      if (q[1] === 1 && inner.exact && inner.exact.length < MAX_EXACT) return { clauses: [], exact: unique([...inner.exact, '']), prefix: null, suffix: null };
      return UNKNOWN;
    }
    if (q[0] === 1 && q[1] === 1) return inner;
    // At least once: the atom's requirement stands, and a repetition starts and ends as it does.
    return { clauses: inner.clauses, exact: null, prefix: prefixOf(inner), suffix: suffixOf(inner) };
  }

  function quantifier(): [number, number] | null {
    const c = src[i];
    let q: [number, number] | null = null;
    if (c === '*') (q = [0, Infinity]), i++;
    else if (c === '+') (q = [1, Infinity]), i++;
    else if (c === '?') (q = [0, 1]), i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
      if (!m) return null; // a literal "{"
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length;
    }
    if (q && src[i] === '?') i++; // lazy
    return q;
  }

  function atom(): Info {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let zero = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) (i += 2), (zero = true);
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) (i += 3), (zero = true);
      else if (src.startsWith('?<', i)) {
        const close = src.indexOf('>', i);
        if (close < 0) throw new Unsupported();
        i = close + 1;
      } else if (src[i] === '?') throw new Unsupported();
      const inner = alternation();
      if (src[i] !== ')') throw new Unsupported();
      i++;
      // Look-arounds consume nothing.
      return zero ? EMPTY : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Unsupported();
    i++;
    if (c === '^' || c === '$') return EMPTY;
    // "." and stray "{", "}", "]": some character.
    if (SPECIAL.includes(c)) return UNKNOWN;
    return literal(c);
  }

  function escape(): Info {
    const e = src[i + 1];
    if (e === undefined) throw new Unsupported();
    i += 2;
    if (e === 'k') {
      const close = src.indexOf('>', i);
      if (close < 0) throw new Unsupported();
      i = close + 1;
      return UNKNOWN;
    }
    if (e === 'c' || e === 'p' || e === 'P') throw new Unsupported();
    if (e === 'u' || e === 'x') {
      const len = e === 'x' ? 2 : 4;
      if (!/^[0-9a-fA-F]+$/.test(src.slice(i, i + len))) throw new Unsupported();
      i += len;
      return UNKNOWN;
    }
    if (e >= '0' && e <= '9') {
      while (src[i]! >= '0' && src[i]! <= '9') i++; // a back-reference or an octal escape
      return UNKNOWN;
    }
    if (e === 'b' || e === 'B') return EMPTY;
    // An escaped punctuation mark is that mark; letters name classes (\d, \w, \s, \n...).
    if (/[a-zA-Z0-9]/.test(e)) return UNKNOWN;
    return literal(e);
  }

  function charClass(): Info {
    i++; // [
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    if (src[i] !== ']') throw new Unsupported();
    i++;
    return UNKNOWN;
  }

  if (split && src[0] === '(' && !/^\(\?(?:[=!]|<[=!])/.test(src)) {
    // One group around everything, like (?<s>a|b|c): its alternatives are the branches.
    i = 1;
    if (src.startsWith('?:', i)) i += 2;
    else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
    if (i > 0 && src[i] !== '?') {
      const inner = branches();
      if (src[i] === ')' && i === src.length - 1) return inner.map((b) => b.clauses);
    }
    i = 0;
  }
  const found = split ? branches() : [alternation()];
  if (i !== src.length) throw new Unsupported();
  return found.map((b) => b.clauses);
}

/** The clauses of a pattern: what every match of it contains. */
function clausesOf(re: RegExp): Clauses {
  // Case folding and Unicode modes are not modelled: no information.
  if (re.ignoreCase || re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets) return NOTHING;
  try {
    return parse(re.source)[0]!;
  } catch (e) {
    if (e instanceof Unsupported) return NOTHING;
    throw e;
  }
}

// ---- evaluation ----

/**
 * The current sentence's trigrams as a bitset over the hash range (8 KB, so it stays in the
 * fastest cache). The bits set for one sentence are cleared before the next is entered.
 */
const bits = new Int32Array(TABLE_SIZE >>> 5);
/** The current sentence's distinct trigram hashes, in order of first occurrence. */
const distinct: number[] = [];
let tableFor: string | null = null;

/**
 * Enters `norm`: its trigrams' bits set (the last sentence's cleared) and `distinct` listed.
 * Every part of the analysis enters each sentence (the rules, the elements, the small parts
 * run sentence by sentence in turn), so this is kept lean: the last sentence's bits are
 * cleared through its own trigrams, each character is read once, and `distinct` is written
 * by index and cut to length at the end (emptying it with `length = 0` would give back its
 * storage, to be grown again push by push, every sentence).
 */
function fill(norm: string): void {
  if (norm === tableFor) return;
  for (let k = 0; k < distinct.length; k++) bits[distinct[k]! >>> 5] = 0;
  let n = 0;
  const length = norm.length;
  if (length >= 3) {
    let a = norm.charCodeAt(0);
    let b = norm.charCodeAt(1);
    for (let k = 2; k < length; k++) {
      const c = norm.charCodeAt(k);
      const h = hash3(a, b, c);
      a = b;
      b = c;
      const w = h >>> 5;
      const bit = 1 << (h & 31);
      const word = bits[w]!;
      if ((word & bit) !== 0) continue;
      bits[w] = word | bit;
      distinct[n++] = h;
    }
  }
  distinct.length = n;
  tableFor = norm;
}

/** The distinct trigram hashes of `norm` (read before the next sentence is entered). */
export function trigramsOf(norm: string): readonly number[] {
  fill(norm);
  return distinct;
}

/** One branch of a filter's program, for an index that finds patterns from trigrams. */
export interface IndexBranch {
  /** Where the branch starts in the program (for `branchHolds`). */
  at: number;
  /** Its clauses, each as its trigram hashes (at least one clause). */
  clauses: number[][];
}

/**
 * A filter's branches and their clauses. Null when the filter lets every sentence through
 * (no branch). `mayMatch` holds exactly when one of the branches holds (`branchHolds`).
 */
export function indexBranches(f: TrigramFilter): IndexBranch[] | null {
  const p = f.program ?? build(f);
  const branches = p[0]!;
  if (branches === 0) return null;
  const out: IndexBranch[] = [];
  let pc = 1;
  for (let b = 0; b < branches; b++) {
    const at = pc;
    const branchEnd = p[pc++]!;
    const clauses: number[][] = [];
    while (pc < branchEnd) {
      const clauseEnd = p[pc++]!;
      clauses.push(Array.from(p.subarray(pc, clauseEnd)));
      pc = clauseEnd;
    }
    out.push({ at, clauses });
  }
  return out;
}

/**
 * Whether the branch of `program` at `at` holds for the sentence last entered with
 * `trigramsOf` or `mayMatch`: every clause has one of its trigrams there.
 */
export function branchHolds(program: Int32Array, at: number): boolean {
  let pc = at;
  const branchEnd = program[pc++]!;
  while (pc < branchEnd) {
    const clauseEnd = program[pc++]!;
    let found = false;
    for (; pc < clauseEnd; pc++) {
      const h = program[pc]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) !== 0) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    pc = clauseEnd;
  }
  return true;
}

/** The branches of a pattern's requirement (see `parse`); none means "may always match". */
function branchesOf(re: RegExp): Clauses[] {
  if (re.ignoreCase || re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets) return [];
  try {
    const branches = parse(re.source, true);
    // A branch that requires nothing lets every sentence through.
    return branches.some((b) => b.length === 0) ? [] : branches;
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
}

/**
 * A pattern's branches, flattened into one array read front to back (one array, no object
 * per clause: testing a filter is the engine's most frequent step). `program` is null until
 * the filter is first used, then:
 *   [branch count, then per branch: its end, then per clause: its end, its hashes...]
 * where an end is the index just past that branch or clause.
 */
export interface TrigramFilter {
  readonly re: RegExp;
  program: Int32Array | null;
}

/** Every filter made so far (for `npm run build-filters`, which stores their programs). */
const made: TrigramFilter[] = [];

/** A filter for `re`; its query is read from the source the first time it is used. */
export function trigramFilter(re: RegExp): TrigramFilter {
  const f: TrigramFilter = { re, program: null };
  made.push(f);
  return f;
}

/** The filters made so far, in order. */
export function filtersMade(): readonly TrigramFilter[] {
  return made;
}

/** How many filters have read their pattern's source so far (an index can take in the new ones). */
export let filtersRead = 0;

/** Whether the filter has read its pattern's source already (so indexing it costs little). */
export function isRead(f: TrigramFilter): boolean {
  return f.program !== null;
}

/** The program of `re` read from its source (the reference the stored table must equal). */
export function parsedProgram(re: RegExp): Int32Array {
  const branches = branchesOf(re).map((b) => b.map((c) => [...new Set(c.h)]));
  const out: number[] = [branches.length];
  for (const clauses of branches) {
    const branchAt = out.length;
    out.push(0);
    for (const hashes of clauses) {
      const clauseAt = out.length;
      out.push(0);
      for (const h of hashes) out.push(h);
      out[clauseAt] = out.length;
    }
    out[branchAt] = out.length;
  }
  return Int32Array.from(out);
}

/**
 * The table's key for a pattern: a 53-bit hash (cyrb53) of its source and flags, in base 36,
 * then the source's length. Two of the engine's sources sharing both is not a real risk.
 */
export function programKey(re: RegExp): string {
  const text = `${re.source}/${re.flags}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + '.' + re.source.length.toString(36);
}

/**
 * How the table stores a program, compactly (it ships in the extension): counts in place of
 * ends ([branches, per branch: its clause count, per clause: its hash count, then its
 * hashes]), each hash as its place in the table's shared list of hashes (the commonest first,
 * so most places are small), and every number as base-32 digits written with a 64-letter
 * alphabet, where a letter of the upper half means "more digits follow".
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let d = 0; d < 64; d++) DIGIT_OF[DIGITS.charCodeAt(d)] = d;

/** Non-negative integers written as digits (see above). */
export function encodeNumbers(values: Iterable<number>): string {
  let out = '';
  for (const v of values) {
    let digits = DIGITS[v & 31]!;
    for (let rest = Math.floor(v / 32); rest > 0; rest = Math.floor(rest / 32)) digits = DIGITS[32 | (rest & 31)]! + digits;
    out += digits;
  }
  return out;
}

/** The numbers `text` writes, or null when it is not such a text. */
export function decodeNumbers(text: string): number[] | null {
  const out: number[] = [];
  let acc = 0;
  let open = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const d = c < 128 ? DIGIT_OF[c]! : -1;
    if (d < 0 || acc > 0xfffff) return null;
    acc = acc * 32 + (d & 31);
    open = d >= 32;
    if (!open) {
      out.push(acc);
      acc = 0;
    }
  }
  return open ? null : out;
}

/** `program` in the table's form, given each hash's place in the table's list (null when it cannot be stored). */
export function encodeProgram(program: Int32Array, places: ReadonlyMap<number, number>): string | null {
  if (!wellFormed(program)) return null;
  const out: number[] = [program[0]!];
  let pc = 1;
  for (let b = 0; b < program[0]!; b++) {
    const branchEnd = program[pc++]!;
    const countAt = out.length;
    out.push(0);
    while (pc < branchEnd) {
      const clauseEnd = program[pc++]!;
      out[countAt]!++;
      out.push(clauseEnd - pc);
      for (; pc < clauseEnd; pc++) {
        const place = places.get(program[pc]!);
        if (place === undefined) return null;
        out.push(place);
      }
    }
  }
  return encodeNumbers(out);
}

/** The program `text` stores, given the table's list of hashes; null when it is not a stored program. */
export function decodeProgram(text: string, hashes: readonly number[]): Int32Array | null {
  const v = decodeNumbers(text);
  if (!v || v.length === 0) return null;
  const out: number[] = [v[0]!];
  let k = 1;
  for (let b = 0; b < v[0]!; b++) {
    const clauses = v[k++];
    if (clauses === undefined) return null;
    const branchAt = out.length;
    out.push(0);
    for (let c = 0; c < clauses; c++) {
      const n = v[k++];
      if (n === undefined) return null;
      const clauseAt = out.length;
      out.push(0);
      for (let j = 0; j < n; j++) {
        const h = hashes[v[k++]!];
        if (h === undefined) return null;
        out.push(h);
      }
      out[clauseAt] = out.length;
    }
    out[branchAt] = out.length;
  }
  if (k !== v.length) return null;
  const p = Int32Array.from(out);
  return wellFormed(p) ? p : null;
}

const TABLE: Readonly<Record<string, string>> = STORED.programs;
/** The table's hashes in its order; none when damaged (then nothing is taken from it). */
const HASHES: readonly number[] = ((list) => (list && list.every((h) => h < TABLE_SIZE) ? list : []))(decodeNumbers(STORED.hashes));
let tableInUse = true;

/** Whether filters take their programs from the table (`npm run build-filters` reads every source afresh). */
export function useStoredPrograms(on: boolean): void {
  tableInUse = on;
}

/** Whether `p` is laid out as a program (every end past its start, inside the array, in order). */
function wellFormed(p: Int32Array): boolean {
  if (p.length === 0) return false;
  let pc = 1;
  for (let b = 0; b < p[0]!; b++) {
    const branchEnd = p[pc++]!;
    if (!(branchEnd > pc && branchEnd <= p.length)) return false;
    while (pc < branchEnd) {
      const clauseEnd = p[pc++]!;
      if (!(clauseEnd > pc && clauseEnd <= branchEnd)) return false;
      pc = clauseEnd;
    }
  }
  return pc === p.length;
}

/** The program the committed table holds for `re`, or null when it holds none (or a damaged one). */
export function storedProgram(re: RegExp): Int32Array | null {
  if (!tableInUse) return null;
  const text = TABLE[programKey(re)];
  return text === undefined ? null : decodeProgram(text, HASHES);
}

function build(f: TrigramFilter): Int32Array {
  filtersRead++;
  f.program = storedProgram(f.re) ?? parsedProgram(f.re);
  return f.program;
}

/**
 * False when the filter's pattern cannot match anywhere in `norm`; true when it may: when
 * some branch has, for every clause, one of the clause's trigrams in the sentence.
 */
export function mayMatch(f: TrigramFilter, norm: string): boolean {
  const p = f.program ?? build(f);
  const branches = p[0]!;
  if (branches === 0) return true;
  fill(norm);
  if (branches >= MANY_BRANCHES) return someBranchHolds(p, branchIndexOf(p));
  // Each branch starts with its end, so the next branch is found without walking this one.
  for (let b = 0, pc = 1; b < branches; b++, pc = p[pc]!) if (branchHolds(p, pc)) return true;
  return false;
}

/**
 * A filter with this many branches or more (a gate of many short pieces: "self|meself|kms|
 * suicid|life|…", a hundred of them) is not tested branch by branch, which costs a test per
 * branch on every sentence that matches none: its branches are listed under the trigrams of
 * their first clause, and only the branches listed under one of the sentence's trigrams are
 * tested. A branch that holds has one of its first clause's trigrams in the sentence, so it
 * is among them: the answer is the same.
 */
const MANY_BRANCHES = 12;

/** A filter's branches by the trigrams of their first clause. */
interface BranchIndex {
  /** Bit h set when some branch is listed under trigram h (most of a sentence's are not). */
  bits: Int32Array;
  /** Trigram -> where its branches start in the program. */
  listed: Map<number, Int32Array>;
}

const branchIndexes = new WeakMap<Int32Array, BranchIndex>();

function branchIndexOf(p: Int32Array): BranchIndex {
  let index = branchIndexes.get(p);
  if (index) return index;
  const lists = new Map<number, number[]>();
  let pc = 1;
  for (let b = 0; b < p[0]!; b++) {
    const at = pc;
    const firstClauseEnd = p[pc + 1]!;
    for (let k = pc + 2; k < firstClauseEnd; k++) {
      const h = p[k]!;
      const list = lists.get(h);
      if (!list) lists.set(h, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
    pc = p[pc]!;
  }
  const bits = new Int32Array(TABLE_SIZE >>> 5);
  const listed = new Map<number, Int32Array>();
  for (const [h, ats] of lists) {
    bits[h >>> 5]! |= 1 << (h & 31);
    listed.set(h, Int32Array.from(ats));
  }
  index = { bits, listed };
  branchIndexes.set(p, index);
  return index;
}

/** Whether a branch listed under one of the current sentence's trigrams holds. */
function someBranchHolds(p: Int32Array, index: BranchIndex): boolean {
  const { bits: listedBits, listed } = index;
  for (let k = 0; k < distinct.length; k++) {
    const h = distinct[k]!;
    if ((listedBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    const ats = listed.get(h)!;
    for (let i = 0; i < ats.length; i++) if (branchHolds(p, ats[i]!)) return true;
  }
  return false;
}

/** Filters of the helper patterns run through `filteredExec` / `filteredTest`, made on first use. */
const helperFilters = new WeakMap<RegExp, TrigramFilter>();

function helperFilter(re: RegExp): TrigramFilter {
  let f = helperFilters.get(re);
  if (!f) helperFilters.set(re, (f = trigramFilter(re)));
  return f;
}

/**
 * `re.exec(s)`, without the scan when `re`'s trigrams say it cannot match anywhere in `s`:
 * the same result and the same `lastIndex` afterwards (a failed global or sticky run resets
 * it to 0). For the helper patterns a rule runs on every sentence (guards, gates), where most
 * sentences lack a piece every match contains.
 */
export function filteredExec(re: RegExp, s: string): RegExpExecArray | null {
  if (!mayMatch(helperFilter(re), s)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return null;
  }
  return re.exec(s);
}

/** `re.test(s)`, like `filteredExec`. */
export function filteredTest(re: RegExp, s: string): boolean {
  if (!mayMatch(helperFilter(re), s)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(s);
}

/** The clauses of a pattern, written out (for tests and for seeing what a pattern requires). */
export function describeQuery(re: RegExp): string {
  return clausesOf(re)
    .map((c) => `(${[...new Set(c.h)].join('|')})`)
    .join(' & ') || '*';
}
