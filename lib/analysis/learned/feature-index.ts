/**
 * The scorer's fast path to its features: the same features `forEachFeature` (features.ts)
 * visits with a model's vocabulary, in the same order, but as numeric ids, with no string
 * built per feature.
 *
 * At load, every feature key the model has gets an id, and its pair keys ("head tail") are
 * split into one table per head, keyed by a number per tail. Each word seen is worked out
 * once (its single-word features' ids in visiting order, as ranges of one pool array; its
 * classes, its stem, the pair tables it heads, its tail number) and remembered by the word
 * id tokenize gives it, so a sentence costs no string lookup per word, and one number lookup
 * per pair whose head heads pairs and whose tail ends some. Repeats are caught with a stamp
 * per id. The walk's time goes mostly to memory reads, so a word's data is kept to plain
 * number fields and the pool: few pointers to follow.
 *
 * `forEachFeature` stays the definition (the trainer uses it); a test checks that this path
 * visits exactly what it visits.
 */
import { NEGATION_SCOPE, NEGATORS, TURN_PAIRS, TURNS, stemOf } from './features';
import { wordEpoch, type Tokens } from './tokens';
import { classesOf } from './word-classes';

/** Negation marks as array indexes: 0 for none, 1 for '~'. */
const MARKS = ['', '~'] as const;

/**
 * Pair features by tail number (see FeatureIndex.tails), for one head: a small open-addressing
 * table of integers (a Map of numbers costs several times more per lookup).
 */
class PairTable {
  private keys: Int32Array = new Int32Array(4).fill(-1);
  private values: Int32Array = new Int32Array(4);
  private size = 0;

  set(tail: number, id: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.put(tail, id);
  }

  /** The feature id of the pair with this tail, or -1. */
  get(tail: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let k = Math.imul(tail, 0x9e3779b1) >>> 0; ; k++) {
      const at = keys[k & mask]!;
      if (at === tail) return this.values[k & mask]!;
      if (at === -1) return -1;
    }
  }

  private put(tail: number, id: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let k = Math.imul(tail, 0x9e3779b1) >>> 0; ; k++) {
      const at = keys[k & mask]!;
      if (at === tail || at === -1) {
        if (at === -1) this.size++;
        keys[k & mask] = tail;
        this.values[k & mask] = id;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== -1) this.put(keys[k]!, values[k]!);
  }
}

/** A word class's features, per mark. */
interface ClassInfo {
  single: Int32Array;
  turned: Int32Array;
  /** The pairs the class heads (null: none). */
  pairs: (PairTable | null)[];
  /** Its number as a pair tail ("@class"); -1: no pair ends in it. */
  tail: number;
}

/**
 * A word's features, per mark (0: none, 1: negated). Its lists of feature ids are ranges of
 * the index's pool (one Int32Array), so reading them follows no pointer per word.
 */
interface WordInfo {
  /** "^ word": the sentence's first word (-1: the model has no such feature). */
  first: number;
  /** The word's, its classes' and its stem's feature ids, in visiting order, unknown ones left out: pool[own0, ownEnd0). */
  own0: number;
  ownEnd0: number;
  own1: number;
  ownEnd1: number;
  /** The same after a turn (the word's, then its classes'). */
  turned0: number;
  turnedEnd0: number;
  turned1: number;
  turnedEnd1: number;
  /** The pairs it heads (null: none). */
  pairs0: PairTable | null;
  pairs1: PairTable | null;
  /** Its number as a pair tail; -1: no pair ends in it. */
  tail: number;
  classes: ClassInfo[];
  turns: boolean;
  negates: boolean;
  /** Words that, after this one, make a two-word turn ("that" → "said"). */
  turnsBefore: ReadonlySet<string> | null;
}

/** Words remembered; all are forgotten (and the pool emptied) before a sentence once this many are. */
const WORD_MEMO = 20_000;

/** Second words of each two-word turn, by first word. */
const TURN_PAIR_HEADS = new Map<string, Set<string>>();
for (const pair of TURN_PAIRS) {
  const [a, b] = pair.split(' ') as [string, string];
  const set = TURN_PAIR_HEADS.get(a) ?? new Set<string>();
  set.add(b);
  TURN_PAIR_HEADS.set(a, set);
}


export class FeatureIndex {
  /** Feature key by id. */
  readonly keys: string[];
  private readonly ids = new Map<string, number>();
  /** Pair tables by head, and the number of each pair tail. */
  private readonly pairs = new Map<string, PairTable>();
  private readonly tails = new Map<string, number>();
  /** Every first part of a pair feature ("sorry" of "sorry but"). */
  readonly pairHeads: ReadonlySet<string>;
  private readonly words = new Map<string, WordInfo>();
  /** Words by the id tokenize gave them, for its word epoch `epoch`. */
  private byWordId: (WordInfo | undefined)[] = [];
  private epoch = -1;
  private readonly classes = new Map<string, ClassInfo>();
  /** The words' lists of feature ids (see WordInfo). */
  private pool: Int32Array = new Int32Array(4096);
  private poolSize = 0;
  private stamp: Int32Array;
  private generation = 0;
  /** The features `collect` found last: id, first and last word, in visiting order. */
  private seenId: Int32Array = new Int32Array(64);
  private seenFrom: Int32Array = new Int32Array(64);
  private seenTo: Int32Array = new Int32Array(64);
  private count = 0;

  constructor(keys: Iterable<string>) {
    this.keys = [...keys];
    this.keys.forEach((key, id) => {
      this.ids.set(key, id);
      // "^ word" (the first word) is a single-word feature, not a pair; no head holds a space.
      const space = key.indexOf(' ');
      if (space > 0 && !key.startsWith('^ ')) {
        const head = key.slice(0, space);
        const tail = key.slice(space + 1);
        let tailNo = this.tails.get(tail);
        if (tailNo === undefined) this.tails.set(tail, (tailNo = this.tails.size));
        let table = this.pairs.get(head);
        if (!table) this.pairs.set(head, (table = new PairTable()));
        table.set(tailNo, id);
      }
    });
    this.pairHeads = new Set(this.pairs.keys());
    this.stamp = new Int32Array(this.keys.length);
  }

  private id(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  private classInfo(name: string): ClassInfo {
    let info = this.classes.get(name);
    if (!info) {
      info = {
        single: Int32Array.from(MARKS, (m) => this.id(m + name)),
        turned: Int32Array.from(MARKS, (m) => this.id('>' + m + name)),
        pairs: MARKS.map((m) => this.pairs.get(m + name) ?? null),
        tail: this.tails.get(name) ?? -1,
      };
      this.classes.set(name, info);
    }
    return info;
  }

  /** Puts the ids the model has (not -1) at the end of the pool; returns where they start. */
  private toPool(ids: number[]): number {
    const at = this.poolSize;
    for (const id of ids) {
      if (id < 0) continue;
      if (this.poolSize === this.pool.length) {
        const bigger = new Int32Array(this.pool.length * 2);
        bigger.set(this.pool);
        this.pool = bigger;
      }
      this.pool[this.poolSize++] = id;
    }
    return at;
  }

  private makeWordInfo(word: string): WordInfo {
    const stem = stemOf(word);
    const classes = classesOf(word).map((c) => this.classInfo(c));
    const own = (k: 0 | 1): number[] => [
      this.id(MARKS[k] + word),
      ...classes.map((c) => c.single[k]!),
      stem === word ? -1 : this.id(MARKS[k] + '=' + stem),
    ];
    const turned = (k: 0 | 1): number[] => [this.id('>' + MARKS[k] + word), ...classes.map((c) => c.turned[k]!)];
    const own0 = this.toPool(own(0));
    const ownEnd0 = this.poolSize;
    const own1 = this.toPool(own(1));
    const ownEnd1 = this.poolSize;
    const turned0 = this.toPool(turned(0));
    const turnedEnd0 = this.poolSize;
    const turned1 = this.toPool(turned(1));
    const turnedEnd1 = this.poolSize;
    return {
      first: this.id('^ ' + word),
      own0,
      ownEnd0,
      own1,
      ownEnd1,
      turned0,
      turnedEnd0,
      turned1,
      turnedEnd1,
      pairs0: this.pairs.get(word) ?? null,
      pairs1: this.pairs.get('~' + word) ?? null,
      tail: this.tails.get(word) ?? -1,
      classes,
      turns: TURNS.has(word),
      negates: NEGATORS.has(word),
      turnsBefore: TURN_PAIR_HEADS.get(word) ?? null,
    };
  }

  private wordInfo(word: string): WordInfo {
    let info = this.words.get(word);
    if (info) return info;
    info = this.makeWordInfo(word);
    this.words.set(word, info);
    return info;
  }

  /** Word i of the sentence, by its word id where the tokens carry current ones. */
  private infoAt(tokens: Tokens, ids: number[] | null, i: number): WordInfo {
    if (ids === null) return this.wordInfo(tokens.words[i]!);
    const id = ids[i]!;
    const byId = this.byWordId;
    let info = id < byId.length ? byId[id] : undefined;
    if (info === undefined) {
      // Kept dense (no holes), so the array stays a fast one.
      while (byId.length <= id) byId.push(undefined);
      byId[id] = info = this.wordInfo(tokens.words[i]!);
    }
    return info;
  }

  /** Notes feature `id` the first time the current sentence meets it (-1: the model has no such feature). */
  private once(id: number, from: number, to: number): void {
    if (id < 0 || this.stamp[id] === this.generation) return;
    this.stamp[id] = this.generation;
    this.note(id, from, to);
  }

  private note(id: number, from: number, to: number): void {
    const k = this.count++;
    if (k === this.seenId.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.seenId = grow(this.seenId);
      this.seenFrom = grow(this.seenFrom);
      this.seenTo = grow(this.seenTo);
    }
    this.seenId[k] = id;
    this.seenFrom[k] = from;
    this.seenTo[k] = to;
  }

  /** Notes the features in pool[from, to) (known ids, no -1) the sentence has not met yet, for word i. */
  private onceAll(from: number, to: number, i: number): void {
    const pool = this.pool;
    const stamp = this.stamp;
    const gen = this.generation;
    for (let k = from; k < to; k++) {
      const id = pool[k]!;
      if (stamp[id] === gen) continue;
      stamp[id] = gen;
      this.note(id, i, i);
    }
  }

  /**
   * Calls `visit` once per distinct feature of the sentence the model has, with its id and
   * the indexes of the first and last word it covers: what `forEachFeature(tokens, visit,
   * vocabulary)` visits, in the same order. Not re-entrant (one stamp array per index).
   */
  forEach(tokens: Tokens, visit: (id: number, from: number, to: number) => void): void {
    const n = this.collect(tokens);
    const { seenId, seenFrom, seenTo } = this;
    for (let k = 0; k < n; k++) visit(seenId[k]!, seenFrom[k]!, seenTo[k]!);
  }

  /** What `forEach` visits, as arrays: `visits().id[k]` for k below the count returned. Valid until the next call. */
  visits(): { id: Int32Array; from: Int32Array; to: Int32Array } {
    return { id: this.seenId, from: this.seenFrom, to: this.seenTo };
  }

  /** Finds what `forEach` visits and keeps it (see `visits`); returns how many. */
  collect(tokens: Tokens): number {
    this.count = 0;
    const w = tokens.words;
    const n = w.length;
    if (n === 0) return 0;
    if (++this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const epoch = wordEpoch();
    if (this.epoch !== epoch) {
      this.epoch = epoch;
      this.byWordId = [];
    }
    // Never mid-sentence: the sentence's words keep their ranges of the pool.
    if (this.words.size >= WORD_MEMO) {
      this.words.clear();
      this.byWordId = [];
      this.poolSize = 0;
    }
    // Tokens made in an earlier word epoch (or without ids) are looked up by their words.
    const ids = tokens.ids !== undefined && tokens.epoch === epoch ? tokens.ids : null;
    let a = this.infoAt(tokens, ids, 0);
    this.once(a.first, 0, 0);
    let negated = 0;
    let turned = false;
    let prev: WordInfo | null = null;
    for (let i = 0; i < n; i++) {
      if (tokens.breakBefore[i]) negated = 0;
      const mark = negated > 0 ? 1 : 0;
      const ca = a.classes;
      if (mark === 0) {
        this.onceAll(a.own0, a.ownEnd0, i);
        if (turned) this.onceAll(a.turned0, a.turnedEnd0, i);
      } else {
        this.onceAll(a.own1, a.ownEnd1, i);
        if (turned) this.onceAll(a.turned1, a.turnedEnd1, i);
      }
      if (a.turns || (prev !== null && prev.turnsBefore !== null && prev.turnsBefore.has(w[i]!))) turned = true;
      negated = a.negates ? NEGATION_SCOPE : Math.max(0, negated - 1);
      if (i + 1 >= n) break;
      const b = this.infoAt(tokens, ids, i + 1);
      const tail = b.tail;
      const table = mark === 0 ? a.pairs0 : a.pairs1;
      if (table) {
        if (tail >= 0) this.once(table.get(tail), i, i + 1);
        for (const c of b.classes) if (c.tail >= 0) this.once(table.get(c.tail), i, i + 1);
      }
      if (tail >= 0) {
        for (const c of ca) {
          const t = c.pairs[mark];
          if (t) this.once(t.get(tail), i, i + 1);
        }
      }
      prev = a;
      a = b;
    }
    return this.count;
  }
}
