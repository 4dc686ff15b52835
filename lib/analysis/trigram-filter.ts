/**
 * A necessary condition for a pattern to match, read from the pattern's own source: which
 * three-character pieces of text every match must contain (the trigram query of Russ Cox's
 * "Regular Expression Matching with a Trigram Index", the method behind Google Code Search).
 *
 * A sentence's trigrams are put in a small table once; a pattern whose query the table does
 * not satisfy cannot match the sentence and is not run. The query only ever errs towards
 * "may match" (hash collisions, pieces it cannot read, flags it does not model), so skipping
 * on a failed query never changes a result; it only saves the scan.
 *
 * Nothing here needs the rule authors' help: it works on any pattern written for `norm`.
 */

/** A query over the sentence's trigrams. */
type Query =
  | { op: 'all' } // no information: may match anything
  | { op: 'tri'; h: number } // this trigram must be present
  | { op: 'and' | 'or'; kids: Query[] };

const ALL: Query = { op: 'all' };

/** Exact strings beyond this many are turned into trigrams plus prefixes and suffixes. */
const MAX_EXACT = 7;
/** Prefix and suffix sets beyond this size are not crossed with their neighbours. */
const MAX_SET = 20;
/** A character class with more members than this reads as "any character". */
const MAX_CLASS = 8;

const TABLE_BITS = 16;
const TABLE_SIZE = 1 << TABLE_BITS;

function hash3(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - TABLE_BITS);
}

// ---- queries ----

function and(a: Query, b: Query): Query {
  if (a.op === 'all') return b;
  if (b.op === 'all') return a;
  const kids = [...(a.op === 'and' ? a.kids : [a]), ...(b.op === 'and' ? b.kids : [b])];
  return { op: 'and', kids };
}

function or(a: Query, b: Query): Query {
  if (a.op === 'all' || b.op === 'all') return ALL;
  const kids = [...(a.op === 'or' ? a.kids : [a]), ...(b.op === 'or' ? b.kids : [b])];
  return { op: 'or', kids };
}

/**
 * How common a character is in English text (space and letters; a rough table). A trigram's
 * chance of occurring is taken as the product of its characters': the filter prefers to test
 * rare trigrams, which settle a sentence soonest and let the fewest through.
 */
const CHAR_FREQ: Record<string, number> = {
  ' ': 0.18, e: 0.1, t: 0.075, a: 0.065, o: 0.062, i: 0.057, n: 0.057, s: 0.053, r: 0.05, h: 0.05,
  l: 0.033, d: 0.033, u: 0.023, c: 0.022, m: 0.02, w: 0.019, f: 0.018, y: 0.016, g: 0.016, p: 0.015,
  b: 0.012, v: 0.008, k: 0.006, "'": 0.005, x: 0.0015, j: 0.001, q: 0.0008, z: 0.0006,
};
const charFreq = (c: number): number => CHAR_FREQ[String.fromCharCode(c)] ?? 0.001;

/** Estimated frequency per trigram hash (the highest of the trigrams sharing a hash). */
const weightOf = new Map<number, number>();

/** Every trigram of `s` (ALL when `s` is shorter than three characters). */
function trigramsOf(s: string): Query {
  let q: Query = ALL;
  for (let i = 0; i + 3 <= s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    const h = hash3(a, b, c);
    weightOf.set(h, Math.max(weightOf.get(h) ?? 0, charFreq(a) * charFreq(b) * charFreq(c)));
    q = and(q, { op: 'tri', h });
  }
  return q;
}

/** One of the strings must occur (no information if any is shorter than three). */
function anyOf(set: ReadonlySet<string>): Query {
  let q: Query | null = null;
  for (const s of set) {
    if (s.length < 3) return ALL;
    const t = trigramsOf(s);
    q = q ? or(q, t) : t;
  }
  return q ?? ALL;
}

// ---- string sets ----

function minLen(set: ReadonlySet<string>): number {
  let n = Infinity;
  for (const s of set) n = Math.min(n, s.length);
  return n === Infinity ? 0 : n;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set(a);
  for (const s of b) out.add(s);
  return out;
}

// ---- analysis (per node of the pattern) ----

interface Info {
  canEmpty: boolean;
  /** Every string the node can match, when few enough to list; null otherwise. */
  exact: Set<string> | null;
  /** When exact is null: strings one of which every match starts / ends with. */
  prefix: Set<string>;
  suffix: Set<string>;
  match: Query;
}

const emptyString = (): Info => ({ canEmpty: true, exact: new Set(['']), prefix: new Set(), suffix: new Set(), match: ALL });
const anyChar = (): Info => ({ canEmpty: false, exact: null, prefix: new Set(['']), suffix: new Set(['']), match: ALL });
const anyMatch = (): Info => ({ canEmpty: true, exact: null, prefix: new Set(['']), suffix: new Set(['']), match: ALL });
const chars = (cs: Iterable<string>): Info => ({ canEmpty: false, exact: new Set(cs), prefix: new Set(), suffix: new Set(), match: ALL });

function addExact(info: Info): void {
  if (info.exact) info.match = and(info.match, anyOf(info.exact));
}

function simplifySet(info: Info, set: Set<string>, isSuffix: boolean): Set<string> {
  if (minLen(set) >= 3) info.match = and(info.match, anyOf(set));
  const out = new Set<string>();
  for (const s of set) out.add(s.length <= 2 ? s : isSuffix ? s.slice(-2) : s.slice(0, 2));
  return out;
}

function simplify(info: Info, force: boolean): Info {
  const ex = info.exact;
  if (ex && (ex.size > MAX_EXACT || (minLen(ex) >= 3 && force) || minLen(ex) >= 4)) {
    addExact(info);
    for (const s of ex) {
      if (s.length < 3) {
        info.prefix.add(s);
        info.suffix.add(s);
      } else {
        info.prefix.add(s.slice(0, 2));
        info.suffix.add(s.slice(-2));
      }
    }
    info.exact = null;
  }
  if (!info.exact) {
    info.prefix = simplifySet(info, info.prefix, false);
    info.suffix = simplifySet(info, info.suffix, true);
  }
  return info;
}

function concat(x: Info, y: Info): Info {
  const xy: Info = { canEmpty: x.canEmpty && y.canEmpty, exact: null, prefix: new Set(), suffix: new Set(), match: and(x.match, y.match) };
  if (x.exact && y.exact) {
    xy.exact = cross(x.exact, y.exact);
  } else {
    // Every match starts with a prefix of x (or, when x can be empty, of y) and ends likewise.
    if (x.exact) xy.prefix = cross(x.exact, y.prefix);
    else xy.prefix = x.canEmpty ? union(x.prefix, y.prefix) : new Set(x.prefix);
    if (y.exact) xy.suffix = cross(x.suffix, y.exact);
    else xy.suffix = y.canEmpty ? union(y.suffix, x.exact ?? x.suffix) : new Set(y.suffix);
  }
  if (!x.exact && !y.exact && x.suffix.size <= MAX_SET && y.prefix.size <= MAX_SET && minLen(x.suffix) + minLen(y.prefix) >= 3) {
    xy.match = and(xy.match, anyOf(cross(x.suffix, y.prefix)));
  }
  return simplify(xy, false);
}

function alternate(x: Info, y: Info): Info {
  const xy: Info = { canEmpty: x.canEmpty || y.canEmpty, exact: null, prefix: new Set(), suffix: new Set(), match: ALL };
  if (x.exact && y.exact) {
    xy.exact = union(x.exact, y.exact);
  } else {
    xy.prefix = union(x.exact ?? x.prefix, y.exact ?? y.prefix);
    xy.suffix = union(x.exact ?? x.suffix, y.exact ?? y.suffix);
    addExact(x);
    addExact(y);
  }
  xy.match = or(x.match, y.match);
  return simplify(xy, false);
}

// ---- a small parser for the pattern syntax the rules use ----

class Unsupported extends Error {}

function parse(src: string): Info {
  let i = 0;

  function alternation(): Info {
    let left = sequence();
    while (src[i] === '|') {
      i++;
      left = alternate(left, sequence());
    }
    return left;
  }

  function sequence(): Info {
    let acc = emptyString();
    while (i < src.length && src[i] !== '|' && src[i] !== ')') acc = concat(acc, quantified());
    return acc;
  }

  function quantified(): Info {
    const { info, zeroWidth } = atom();
    const q = quantifier();
    if (!q) return info;
    if (zeroWidth) return emptyString();
    const [min, max] = q;
    if (min === 0 && max === 1) return alternate(info, emptyString());
    if (min === 0) return anyMatch();
    if (min === 1 && max === 1) return info;
    // At least one repetition: every match starts with a match of the atom.
    return concat(info, anyMatch());
  }

  function quantifier(): [number, number] | null {
    const c = src[i];
    let q: [number, number] | null = null;
    if (c === '*') (q = [0, Infinity]), i++;
    else if (c === '+') (q = [1, Infinity]), i++;
    else if (c === '?') (q = [0, 1]), i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return null; // a literal "{"
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      q = [min, max];
      i += m[0].length;
    }
    if (q && src[i] === '?') i++; // lazy
    return q;
  }

  function atom(): { info: Info; zeroWidth: boolean } {
    const wrap = (info: Info, zeroWidth = false) => ({ info, zeroWidth });
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
      // Look-arounds consume nothing: the text matched on either side is contiguous.
      return zero ? wrap(emptyString(), true) : wrap(inner);
    }
    if (c === '[') return wrap(charClass());
    if (c === '.') return i++, wrap(anyChar());
    if (c === '^' || c === '$') return i++, wrap(emptyString(), true);
    if (c === '\\') {
      const zero = src[i + 1] === 'b' || src[i + 1] === 'B';
      return wrap(escape(), zero);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Unsupported();
    i++;
    return wrap(chars([c]));
  }

  function escape(): Info {
    const e = src[i + 1];
    if (e === undefined) throw new Unsupported();
    i += 2;
    if (e === 'b' || e === 'B') return emptyString();
    if ('dDwWsS'.includes(e)) return anyChar();
    if (e === 'k' || (e >= '1' && e <= '9')) {
      // A back-reference: any text.
      if (e === 'k') {
        const close = src.indexOf('>', i);
        if (close < 0) throw new Unsupported();
        i = close + 1;
      } else while (src[i]! >= '0' && src[i]! <= '9') i++;
      return anyMatch();
    }
    const lit = escapedChar(e);
    return chars([lit]);
  }

  /** The character an escape stands for (after the backslash and `e` were consumed). */
  function escapedChar(e: string): string {
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === 'r') return '\r';
    if (e === 'f') return '\f';
    if (e === 'v') return '\v';
    if (e === '0') {
      if (src[i]! >= '0' && src[i]! <= '9') throw new Unsupported(); // an octal escape
      return '\0';
    }
    if (e === 'x' || e === 'u') {
      const len = e === 'x' ? 2 : 4;
      const hex = src.slice(i, i + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Unsupported();
      i += len;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (e === 'c' || e === 'p' || e === 'P') throw new Unsupported();
    return e;
  }

  function charClass(): Info {
    i++; // [
    let negated = false;
    if (src[i] === '^') (negated = true), i++;
    const members = new Set<string>();
    let large = false;
    while (i < src.length && src[i] !== ']') {
      let lo: string | null;
      if (src[i] === '\\') {
        const e = src[i + 1]!;
        i += 2;
        if ('dDwWsS'.includes(e)) {
          large = true;
          lo = null;
        } else lo = e === 'b' ? '\b' : escapedChar(e);
      } else lo = src[i++]!;
      if (lo !== null && src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let hi: string;
        if (src[i] === '\\') {
          const e = src[i + 1]!;
          i += 2;
          if ('dDwWsS'.includes(e)) throw new Unsupported();
          hi = e === 'b' ? '\b' : escapedChar(e);
        } else hi = src[i++]!;
        const a = lo.charCodeAt(0);
        const b = hi.charCodeAt(0);
        if (b - a + 1 > MAX_CLASS) large = true;
        else for (let k = a; k <= b; k++) members.add(String.fromCharCode(k));
      } else if (lo !== null) members.add(lo);
    }
    if (src[i] !== ']') throw new Unsupported();
    i++;
    if (negated || large || members.size > MAX_CLASS || members.size === 0) return anyChar();
    return chars(members);
  }

  const info = alternation();
  if (i !== src.length) throw new Unsupported();
  return info;
}

/** The trigram query of a pattern: what every match of it contains. */
function queryOf(re: RegExp): Query {
  // Case folding, Unicode sets and the like are not modelled: no information.
  if (re.ignoreCase || re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets) return ALL;
  try {
    const info = simplify(parse(re.source), true);
    addExact(info);
    return info.match;
  } catch (e) {
    if (e instanceof Unsupported) return ALL;
    throw e;
  }
}

// ---- the query, weakened to a few clauses ----

/**
 * A query is reduced to clauses, each a set of trigrams at least one of which must be
 * present. Weakening keeps it sound: an "or" of two queries implies the union of one clause
 * from each. Few, small clauses keep the per-sentence test to a handful of table loads.
 */
const MAX_CLAUSES = 6;
/** Clauses of each side combined when two alternatives are joined. */
const OR_FANOUT = 3;
const MAX_CLAUSE_SIZE = 256;

function clauses(q: Query): number[][] {
  switch (q.op) {
    case 'all':
      return [];
    case 'tri':
      return [[q.h]];
    case 'and':
      return best(q.kids.flatMap(clauses));
    case 'or': {
      let acc: number[][] | null = null;
      for (const kid of q.kids) {
        const c = clauses(kid);
        if (c.length === 0) return [];
        if (!acc) {
          acc = c;
          continue;
        }
        const next: number[][] = [];
        for (const x of acc.slice(0, OR_FANOUT)) for (const y of c.slice(0, OR_FANOUT)) next.push([...new Set([...x, ...y])]);
        acc = best(next);
        if (acc.length === 0) return [];
      }
      return acc ?? [];
    }
  }
}

/** Estimated chance that a clause holds for a sentence (its trigrams' frequencies, summed). */
function clauseWeight(c: readonly number[]): number {
  let w = 0;
  for (const h of c) w += weightOf.get(h) ?? 1;
  return w;
}

/** The clauses least likely to hold (the most telling), without duplicates or oversized ones. */
function best(list: number[][]): number[][] {
  const seen = new Set<string>();
  const out: number[][] = [];
  const weighed = list.map((c) => ({ c, w: clauseWeight(c) })).sort((a, b) => a.w - b.w);
  for (const { c } of weighed) {
    if (c.length > MAX_CLAUSE_SIZE) continue;
    const key = [...c].sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length === MAX_CLAUSES) break;
  }
  return out;
}

// ---- evaluation ----

/**
 * The current sentence's trigrams as a bitset over the hash range (8 KB, so it stays in the
 * fastest cache). The bits set for one sentence are cleared before the next is entered.
 */
const bits = new Int32Array(TABLE_SIZE >>> 5);
const setWords: number[] = [];
let tableFor: string | null = null;

function fill(norm: string): void {
  if (norm === tableFor) return;
  for (let k = 0; k < setWords.length; k++) bits[setWords[k]!] = 0;
  setWords.length = 0;
  for (let k = 0; k + 3 <= norm.length; k++) {
    const h = hash3(norm.charCodeAt(k), norm.charCodeAt(k + 1), norm.charCodeAt(k + 2));
    const w = h >>> 5;
    if (bits[w] === 0) setWords.push(w);
    bits[w]! |= 1 << (h & 31);
  }
  tableFor = norm;
}

/** A pattern's clauses, flattened: `hashes[ends[c-1] .. ends[c])` is clause c. */
export interface TrigramFilter {
  readonly re: RegExp;
  hashes: Int32Array | null;
  ends: Int32Array | null;
}

/** A filter for `re`; its query is read from the source the first time it is used. */
export function trigramFilter(re: RegExp): TrigramFilter {
  return { re, hashes: null, ends: null };
}

function build(f: TrigramFilter): void {
  const cs = clauses(queryOf(f.re));
  const ends = new Int32Array(cs.length);
  const hashes = new Int32Array(cs.reduce((n, c) => n + c.length, 0));
  let k = 0;
  cs.forEach((c, i) => {
    for (const h of c) hashes[k++] = h;
    ends[i] = k;
  });
  f.hashes = hashes;
  f.ends = ends;
}

/** False when the filter's pattern cannot match anywhere in `norm`; true when it may. */
export function mayMatch(f: TrigramFilter, norm: string): boolean {
  if (f.ends === null) build(f);
  const ends = f.ends!;
  if (ends.length === 0) return true;
  fill(norm);
  const hashes = f.hashes!;
  let k = 0;
  for (let c = 0; c < ends.length; c++) {
    const end = ends[c]!;
    let found = false;
    for (; k < end; k++) {
      const h = hashes[k]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) !== 0) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    k = end;
  }
  return true;
}

/** The clauses of a pattern, written out (for tests and for seeing what a pattern requires). */
export function describeQuery(re: RegExp): string {
  return clauses(queryOf(re))
    .map((c) => `(${c.join('|')})`)
    .join(' & ') || '*';
}
