/**
 * The scorer's fast path to its features: the same features `forEachFeature` (features.ts)
 * visits with a model's vocabulary, in the same order, but as numeric ids, with no string
 * built per feature.
 *
 * At load, every feature key the model has gets an id, and its pair keys ("head tail") are
 * split into one table per head. Each word seen is worked out once (its single-word
 * features' ids, its classes, its stem, the pair table it heads) and remembered, so a
 * sentence costs a few map lookups per word. Repeats are caught with a stamp per id.
 *
 * `forEachFeature` stays the definition (the trainer uses it); a test checks that this path
 * visits exactly what it visits.
 */
import { NEGATION_SCOPE, NEGATORS, TURN_PAIRS, TURNS, stemOf } from './features';
import type { Tokens } from './tokens';
import { classesOf } from './word-classes';

/** Negation marks as array indexes: 0 for none, 1 for '~'. */
const MARKS = ['', '~'] as const;

/** A word class's features, per mark. */
interface ClassInfo {
  /** "@class", as pair tails name it. */
  name: string;
  single: Int32Array;
  turned: Int32Array;
  /** The pairs the class heads, by tail. */
  pairs: (Map<string, number> | null)[];
}

/** A word's features, per mark (-1: the model has no such feature). */
interface WordInfo {
  /** "^ word": the sentence's first word. */
  first: number;
  single: Int32Array;
  stem: Int32Array;
  turned: Int32Array;
  /** The pairs it heads, by tail (null: it heads none). */
  pairs: (Map<string, number> | null)[];
  classes: ClassInfo[];
  turns: boolean;
  negates: boolean;
  /** Words that, after this one, make a two-word turn ("that" → "said"). */
  turnsBefore: ReadonlySet<string> | null;
}

/** Words remembered per index; cleared when it grows this large. */
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
  private readonly pairs = new Map<string, Map<string, number>>();
  /** Every first part of a pair feature ("sorry" of "sorry but"). */
  readonly pairHeads: ReadonlySet<string>;
  private readonly words = new Map<string, WordInfo>();
  private readonly classes = new Map<string, ClassInfo>();
  private stamp: Int32Array;
  private generation = 0;

  constructor(keys: Iterable<string>) {
    this.keys = [...keys];
    this.keys.forEach((key, id) => {
      this.ids.set(key, id);
      // "^ word" (the first word) is a single-word feature, not a pair; no head holds a space.
      const space = key.indexOf(' ');
      if (space > 0 && !key.startsWith('^ ')) {
        const head = key.slice(0, space);
        let table = this.pairs.get(head);
        if (!table) this.pairs.set(head, (table = new Map()));
        table.set(key.slice(space + 1), id);
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
        name,
        single: Int32Array.from(MARKS, (m) => this.id(m + name)),
        turned: Int32Array.from(MARKS, (m) => this.id('>' + m + name)),
        pairs: MARKS.map((m) => this.pairs.get(m + name) ?? null),
      };
      this.classes.set(name, info);
    }
    return info;
  }

  private wordInfo(word: string): WordInfo {
    let info = this.words.get(word);
    if (info) return info;
    const stem = stemOf(word);
    info = {
      first: this.id('^ ' + word),
      single: Int32Array.from(MARKS, (m) => this.id(m + word)),
      stem: Int32Array.from(MARKS, (m) => (stem === word ? -1 : this.id(m + '=' + stem))),
      turned: Int32Array.from(MARKS, (m) => this.id('>' + m + word)),
      pairs: MARKS.map((m) => this.pairs.get(m + word) ?? null),
      classes: classesOf(word).map((c) => this.classInfo(c)),
      turns: TURNS.has(word),
      negates: NEGATORS.has(word),
      turnsBefore: TURN_PAIR_HEADS.get(word) ?? null,
    };
    if (this.words.size >= WORD_MEMO) this.words.clear();
    this.words.set(word, info);
    return info;
  }

  /** Visits feature `id` the first time the current sentence meets it (-1: the model has no such feature). */
  private once(id: number, from: number, to: number, visit: (id: number, from: number, to: number) => void): void {
    if (id < 0 || this.stamp[id] === this.generation) return;
    this.stamp[id] = this.generation;
    visit(id, from, to);
  }

  /**
   * Calls `visit` once per distinct feature of the sentence the model has, with its id and
   * the indexes of the first and last word it covers: what `forEachFeature(tokens, visit,
   * vocabulary)` visits, in the same order. Not re-entrant (one stamp array per index).
   */
  forEach(tokens: Tokens, visit: (id: number, from: number, to: number) => void): void {
    const w = tokens.words;
    const n = w.length;
    if (n === 0) return;
    if (++this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    let a = this.wordInfo(w[0]!);
    this.once(a.first, 0, 0, visit);
    let negated = 0;
    let turned = false;
    let prev: WordInfo | null = null;
    for (let i = 0; i < n; i++) {
      if (tokens.breakBefore[i]) negated = 0;
      const mark = negated > 0 ? 1 : 0;
      const ca = a.classes;
      this.once(a.single[mark]!, i, i, visit);
      for (const c of ca) this.once(c.single[mark]!, i, i, visit);
      this.once(a.stem[mark]!, i, i, visit);
      if (turned) {
        this.once(a.turned[mark]!, i, i, visit);
        for (const c of ca) this.once(c.turned[mark]!, i, i, visit);
      }
      if (a.turns || (prev !== null && prev.turnsBefore !== null && prev.turnsBefore.has(w[i]!))) turned = true;
      negated = a.negates ? NEGATION_SCOPE : Math.max(0, negated - 1);
      if (i + 1 >= n) break;
      const wordB = w[i + 1]!;
      const b = this.wordInfo(wordB);
      const table = a.pairs[mark];
      if (table) {
        this.once(table.get(wordB) ?? -1, i, i + 1, visit);
        for (const c of b.classes) this.once(table.get(c.name) ?? -1, i, i + 1, visit);
      }
      for (const c of ca) {
        const t = c.pairs[mark];
        if (t) this.once(t.get(wordB) ?? -1, i, i + 1, visit);
      }
      prev = a;
      a = b;
    }
  }
}
