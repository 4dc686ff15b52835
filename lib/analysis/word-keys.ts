/**
 * Word keys for the rules' "needs" prefilters: a word's first three characters (the whole
 * word when shorter), packed into one integer so a sentence's words are looked up without
 * making a substring or a match object per word.
 *
 * Two tokenisations exist, one per registry, and each is reproduced here exactly:
 * - flag rules (rules/define.ts): runs of [a-z0-9\u00c0-\u00ff'&/$\u00a3%-];
 * - element detectors (elements/match.ts): [a-z0-9][a-z0-9']*.
 * Every character either can put in a word is at most U+00FF, so three characters fit in 24
 * bits; a key containing anything wider can never occur in a sentence.
 */
import { addFrequencySample, branchHolds, filtersRead, indexBranches, isRead, mayMatch, sampleFrequencies, trigramsOf, type TrigramFilter } from './trigram-filter';

/** Key of a registered word: its first three characters, or -1 when no word can have it. */
export function keyOfWord(word: string): number {
  const n = Math.min(3, word.length);
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c === 0 || c > 0xff) return -1;
    key |= c << (8 * i);
  }
  return key;
}

/** [a-z0-9\u00c0-\u00ff'&/$\u00a3%-] */
function inRuleWord(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xff) ||
    c === 39 || c === 38 || c === 47 || c === 36 || c === 0xa3 || c === 37 || c === 45
  );
}

/** [a-z0-9] */
function alnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Calls `visit` with the key of every flag-rule word of `norm`, in order. */
export function forEachRuleWordKey(norm: string, visit: (key: number) => void): void {
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (!inRuleWord(c)) {
      i++;
      continue;
    }
    let key = c;
    let len = 1;
    i++;
    while (i < n) {
      const d = norm.charCodeAt(i);
      if (!inRuleWord(d)) break;
      if (len < 3) key |= d << (8 * len);
      len++;
      i++;
    }
    visit(key);
  }
}

/** Calls `visit` with the key of every element-detector word of `norm`, in order. */
export function forEachElementWordKey(norm: string, visit: (key: number) => void): void {
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (!alnum(c)) {
      i++;
      continue;
    }
    let key = c;
    let len = 1;
    i++;
    while (i < n) {
      const d = norm.charCodeAt(i);
      if (!(alnum(d) || d === 39)) break;
      if (len < 3) key |= d << (8 * len);
      len++;
      i++;
    }
    visit(key);
  }
}

/**
 * Appends the branch of `program` starting at `at` ([its end, then per clause: its end, its
 * hashes]) to `to`, in the same form with its ends rebased there, with its clauses in the
 * order `order` gives (clause numbers). The clause the branch is listed under is left out of
 * `order`: the branch is reached only through one of its hashes the sentence has, so it holds
 * whenever the branch is tested. Returns where it starts.
 */
function copyBranch(program: Int32Array, at: number, order: readonly number[], to: number[]): number {
  const start = to.length;
  const branchEnd = program[at]!;
  const clauseAt: number[] = [];
  for (let pc = at + 1; pc < branchEnd; pc = program[pc]!) clauseAt.push(pc);
  to.push(0); // its end, set below
  for (const c of order) {
    const pc = clauseAt[c]!;
    const clauseEnd = program[pc]!;
    to.push(to.length + clauseEnd - pc);
    for (let k = pc + 1; k < clauseEnd; k++) to.push(program[k]!);
  }
  to[start] = to.length;
  return start;
}

/** The number of bits set in `x` (32 bits). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Sorts `a[0 .. n)` ascending in place: an insertion sort, as a sentence enables a few dozen
 * patterns (a typed array's own sort costs a view and a call into the runtime per sentence).
 */
export function sortAscending(a: Int32Array, n: number): void {
  if (n > 64) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Sample sentences (the rules' examples), from which the index estimates how often a trigram
 * occurs, to pick the rarest thing to find each pattern by. They only steer the choice: any
 * choice finds exactly the same patterns. Kept with the trigram filters, which weigh their
 * clauses by the same counts.
 */
export const addIndexSample = addFrequencySample;

/**
 * Word key -> ids, as flat typed arrays: an open-addressed table (linear probing, at most
 * half full) behind a 64 Kbit filter of the keys' hashes. A sentence's words are looked up
 * one by one, and most are in no list ("the", "and", "was"): the filter answers those from
 * 8 KB without probing, where a Map lookup per word cost a fifth of marking a sentence.
 */
export class KeyTable {
  /** Per table slot: its key + 1 (0: empty), and its ids `ids[from .. to)`. */
  private readonly keys: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly ids: Int32Array;
  private readonly bits = new Int32Array((1 << 16) >>> 5);
  private readonly mask: number;

  constructor(lists: ReadonlyMap<number, readonly number[]>) {
    let size = 16;
    while (size < 2 * lists.size) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    const flat: number[] = [];
    for (const [key, ids] of lists) {
      const h = KeyTable.hash(key);
      this.bits[h >>> 5]! |= 1 << (h & 31);
      let at = h & this.mask;
      while (this.keys[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = key + 1;
      this.from[at] = flat.length;
      flat.push(...ids);
      this.to[at] = flat.length;
    }
    this.ids = Int32Array.from(flat);
  }

  /** 16 bits of a key (keys are up to 24 bits: three one-byte characters). */
  private static hash(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 16;
  }

  /** The table slot of `key`, or -1 when it has no list. */
  find(key: number): number {
    const h = KeyTable.hash(key);
    if ((this.bits[h >>> 5]! & (1 << (h & 31))) === 0) return -1;
    const want = key + 1;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const k = this.keys[at]!;
      if (k === want) return at;
      if (k === 0) return -1;
    }
  }
}

/**
 * The index is rebuilt once this many more patterns' filters have been read (see `build`), or
 * a quarter of those read at the last build, so a fresh engine rebuilds only a few times.
 */
const REBUILD_AFTER = 48;

/** Or once the callers have tested this many filters that an index built now would test itself. */
const CALLER_TESTS_BEFORE_REBUILD = 2000;

/**
 * One registry's prefilter, an inverted index from a sentence to the patterns that may match
 * it, so the work per sentence follows the sentence's words and trigrams rather than the
 * number of patterns. A pattern with needs words (one of which every match contains) is
 * found by them; its trigram filter (trigram-filter.ts) is read from its source only when a
 * sentence first has its words, since reading every pattern up front is slow, and until the
 * index is next rebuilt the caller tests it. A pattern's filter, once read, is indexed like
 * that of a pattern without needs: each branch of the filter is
 * listed under the hashes of one of its clauses, the one least often met in a sample (the
 * rules' examples), since a sentence in which the branch holds has one of them; a branch
 * reached that holds enables the pattern. So `enabled` (with the caller's filter test when
 * `testsFilter` is false) says exactly what testing every pattern's needs and filter says,
 * without visiting the patterns a sentence cannot match.
 *
 * Marks are stamps (`stamp[id] === generation`): a new sentence takes a new generation
 * instead of fresh, zeroed arrays, and the last sentence's marks are kept for the next
 * pattern list that asks about it.
 */
export class NeedIndex {
  private count = 0;
  /** Per pattern: the keys of its needs words (null: none), and its trigram filter. */
  private readonly words: (number[] | null)[] = [];
  private readonly filters: (TrigramFilter | null)[] = [];
  /** Built when first needed after a registration: */
  private builtFor = -1;
  /** word key -> patterns needing it (`KeyTable`: looked up for every word of every sentence) */
  private byKey = new KeyTable(new Map());
  /**
   * trigram hash -> branches listed under it. Bit h of `slotBits` is set when some branch is
   * listed under hash h; the hashes listed are numbered in ascending order (slot s is the s-th,
   * from 1), so a hash's slot is the number of bits set up to it: `slotRank[h >>> 5]` (the
   * bits set in the words before) plus those set before it in its own word. Its branches are
   * `slotBranches[slotStart[s - 1] .. slotStart[s])`. The lookup runs for every trigram of
   * every sentence: 8 KB of bits and 4 KB of ranks stay in the fastest cache, where a table
   * with a slot per hash (128 KB) did not.
   */
  private slotBits = new Int32Array(0);
  private slotRank = new Int32Array(0);
  private slotStart = new Int32Array(1);
  private slotBranches = new Int32Array(0);
  /**
   * Per branch: its pattern, and where it starts in `programs`: every listed branch's part of
   * its filter's program, copied into one array (ends rebased) so the test reads one array,
   * without the clause it is listed under (which holds whenever the branch is reached).
   */
  private branchPattern = new Int32Array(0);
  private programs = new Int32Array(0);
  private branchAt = new Int32Array(0);
  private branchStamp = new Int32Array(0);
  /**
   * Per pattern: 1 found by its needs words (the caller tests its filter), 2 by its trigram
   * filter's branches, 3 by both (words, then a branch that holds), 4 enabled always.
   */
  private mode = new Uint8Array(0);
  /** Patterns with neither: enabled for every sentence. */
  private always = new Int32Array(0);
  /** Enabled for the sentence: its words (if any) are there, and one of its branches holds (if any). */
  private okStamp = new Int32Array(0);
  /** The sentence has one of the pattern's needs words. */
  private wordStamp = new Int32Array(0);
  /** Per filter: each branch's start and the hashes it is listed under (null: no branch). */
  private readonly listed = new Map<TrigramFilter, { at: number; hashes: number[]; order: number[]; cost: number }[] | null>();
  /** `filtersRead` when last built: many filters read since makes a rebuild worthwhile. */
  private readAtBuild = 0;
  /**
   * Filters the callers tested since the last build (`testsFilter` false). Those of filters
   * read since are indexed by a rebuild: when few filters were read after the last build (as
   * after a warm-up), the count rebuilds instead, once, rather than leave those patterns to be
   * tested by every sentence that has their words.
   */
  private callerTests = 0;
  private generation = 0;
  private lastNorm: string | null = null;
  /**
   * The patterns enabled for the sentence last marked, ascending (`enabledCount` of them), so
   * a registry whose patterns have consecutive ids visits the few enabled ones, not all.
   */
  private enabledIds = new Int32Array(0);
  private enabledCount = 0;

  /** `forEachKey` is the registry's own tokenisation (forEachRuleWordKey or forEachElementWordKey). */
  constructor(private readonly forEachKey: (norm: string, visit: (key: number) => void) => void) {}

  /**
   * Registers a pattern; returns its id. With `words` it is enabled when the sentence has
   * one of them (by their keys); without, when its trigram `filter` may match (always when
   * it has no filter).
   */
  register(words: Iterable<string> | null, filter: TrigramFilter | null = null): number {
    const id = this.count++;
    this.words.push(null);
    this.filters.push(filter);
    if (words) this.setWords(id, words);
    return id;
  }

  /** Gives a registered pattern its needs words. */
  setWords(id: number, words: Iterable<string>): void {
    const keys: number[] = [];
    for (const word of words) {
      const key = keyOfWord(word);
      if (key >= 0 && !keys.includes(key)) keys.push(key); // else no sentence word can start so
    }
    this.words[id] = keys;
    this.builtFor = -1;
  }

  private build(): void {
    // How many sample sentences hold each trigram; one absent is taken as rare, not as never there.
    const freq = sampleFrequencies();
    const cost = (hashes: ArrayLike<number>): number => {
      let c = 0;
      for (let k = 0; k < hashes.length; k++) c += (freq.get(hashes[k]!) ?? 0) + 0.5;
      return c;
    };
    const lists = (): Map<number, number[]> => new Map();
    const add = (to: Map<number, number[]>, key: number, id: number): void => {
      const ids = to.get(key);
      if (!ids) to.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    const keyLists = lists();
    const trigramLists = lists();
    const branchPattern: number[] = [];
    const programs: number[] = [];
    const branchAt: number[] = [];
    const mode = new Uint8Array(this.count);
    const always: number[] = [];
    const toList: { id: number; program: Int32Array; at: number; hashes: number[]; order: number[]; cost: number }[] = [];
    for (let id = 0; id < this.count; id++) {
      const keys = this.words[id];
      const f = this.filters[id];
      if (keys) {
        // Found by its words. Its filter is read only when a sentence first has them (the
        // caller tests it then), as reading every pattern's source up front is slow; once
        // read, the next build lists its branches too, and the index tests it.
        for (const key of keys) add(keyLists, key, id);
        if (!f || !isRead(f)) {
          mode[id] = 1;
          continue;
        }
      }
      let listed = f ? this.listed.get(f) : null;
      if (f && listed === undefined) {
        // Per branch, the clause least often met in the sample, to list the branch under, and
        // the others least often met first, so a branch that fails (most tested do) fails at
        // its first clause. Kept for later builds.
        listed = indexBranches(f)?.map(({ at, clauses }) => {
          const costs = clauses.map(cost);
          const byCost = clauses.map((_, k) => k).sort((a, b) => costs[a]! - costs[b]! || a - b);
          const best = byCost[0]!;
          return { at, hashes: clauses[best]!, order: byCost.slice(1), cost: costs[best]! };
        }) ?? null;
        this.listed.set(f, listed);
      }
      if (!listed) {
        // The filter lets everything through.
        mode[id] = keys ? 1 : 4;
        if (!keys) always.push(id);
        continue;
      }
      mode[id] = keys ? 3 : 2;
      for (const { at, hashes, order, cost } of listed) toList.push({ id, program: f!.program!, at, hashes, order, cost });
    }
    // Most sentences test the same few branches, those listed under common trigrams: laid out
    // first, most often met first, they share the cache lines a sentence reads.
    toList.sort((a, b) => b.cost - a.cost);
    for (const { id, program, at, hashes, order } of toList) {
      const b = branchPattern.length;
      branchPattern.push(id);
      branchAt.push(copyBranch(program, at, order, programs));
      for (const h of hashes) add(trigramLists, h, b);
    }
    this.byKey = new KeyTable(keyLists);
    const slots = [...trigramLists].sort((a, b) => a[0] - b[0]);
    this.slotBits = new Int32Array((1 << 16) >>> 5);
    this.slotRank = new Int32Array((1 << 16) >>> 5);
    this.slotStart = new Int32Array(slots.length + 1);
    const flat: number[] = [];
    slots.forEach(([h, branches], s) => {
      this.slotBits[h >>> 5]! |= 1 << (h & 31);
      flat.push(...branches);
      this.slotStart[s + 1] = flat.length;
    });
    for (let w = 1; w < this.slotRank.length; w++) this.slotRank[w] = this.slotRank[w - 1]! + popcount(this.slotBits[w - 1]!);
    this.slotBranches = Int32Array.from(flat);
    this.always = Int32Array.from(always);
    this.branchPattern = Int32Array.from(branchPattern);
    this.programs = Int32Array.from(programs);
    this.branchAt = Int32Array.from(branchAt);
    this.branchStamp = new Int32Array(branchPattern.length);
    this.mode = mode;
    this.okStamp = new Int32Array(this.count);
    this.enabledIds = new Int32Array(this.count);
    this.enabledCount = 0;
    this.wordStamp = new Int32Array(this.count);
    this.readAtBuild = filtersRead;
    this.callerTests = 0;
    this.generation = 0;
    this.lastNorm = null;
    this.builtFor = this.count;
  }

  private readonly enableKey = (key: number): void => {
    const table = this.byKey;
    const at = table.find(key);
    if (at < 0) return;
    const { ids } = table;
    const g = this.generation;
    for (let i = table.from[at]!, end = table.to[at]!; i < end; i++) {
      const id = ids[i]!;
      this.wordStamp[id] = g;
      if (this.mode[id] === 1 && this.okStamp[id] !== g) {
        this.okStamp[id] = g;
        this.enabledIds[this.enabledCount++] = id;
      }
    }
  };

  /** Marks the patterns that may match `norm` (remembered for the last sentence). */
  markSentence(norm: string): void {
    if (norm === this.lastNorm && this.builtFor === this.count) return;
    if (
      this.builtFor !== this.count ||
      filtersRead - this.readAtBuild >= Math.max(REBUILD_AFTER, this.readAtBuild >> 2) ||
      (this.callerTests >= CALLER_TESTS_BEFORE_REBUILD && filtersRead > this.readAtBuild)
    ) {
      this.build();
    }
    const g = ++this.generation;
    this.enabledCount = 0;
    const { enabledIds, always, slotBits, slotRank, slotStart, slotBranches, branchPattern, programs, branchAt, branchStamp, okStamp, mode, wordStamp } = this;
    for (let i = 0; i < always.length; i++) okStamp[always[i]!] = g;
    enabledIds.set(always);
    this.enabledCount = always.length;
    this.forEachKey(norm, this.enableKey);
    let n = this.enabledCount;
    const hashes = trigramsOf(norm);
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k]!;
      const word = slotBits[h >>> 5]!;
      if ((word & (1 << (h & 31))) === 0) continue;
      const slot = slotRank[h >>> 5]! + popcount(word & ((1 << (h & 31)) - 1)) + 1;
      const end = slotStart[slot]!;
      for (let i = slotStart[slot - 1]!; i < end; i++) {
        const b: number = slotBranches[i]!;
        if (branchStamp[b] === g) continue; // tested already
        branchStamp[b] = g;
        const id = branchPattern[b]!;
        if (okStamp[id] === g) continue; // another branch holds
        if (mode[id] === 3 && wordStamp[id] !== g) continue; // its words are missing
        if (branchHolds(programs, branchAt[b]!)) {
          okStamp[id] = g;
          enabledIds[n++] = id;
        }
      }
    }
    this.enabledCount = n;
    sortAscending(enabledIds, n);
    this.lastNorm = norm;
  }

  /**
   * Whether pattern `id` may match the sentence last marked: it has one of its needs words,
   * or (without needs) its trigram filter may match.
   */
  enabled(id: number): boolean {
    return this.okStamp[id] === this.generation;
  }

  /**
   * Where the enabled patterns with ids from `from` on start in the sentence's ascending list
   * (read it with `enabledAt`): a registry whose patterns have consecutive ids visits the few
   * enabled ones instead of testing `enabled` on each.
   */
  firstEnabledFrom(from: number): number {
    const ids = this.enabledIds;
    let lo = 0;
    let hi = this.enabledCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The k-th enabled pattern id of the sentence last marked, ascending; -1 past the last. */
  enabledAt(k: number): number {
    return k < this.enabledCount ? this.enabledIds[k]! : -1;
  }

  /** Whether `enabled` has tested the pattern's trigram filter (else the caller tests it). */
  testsFilter(id: number): boolean {
    if (this.mode[id] !== 1) return true;
    this.callerTests++;
    return false;
  }

  /**
   * For one rule's patterns and the sentence last marked: sets `runnable[i]` to 1 when pattern
   * i can match (its words are there, and every trigram its source requires), else 0, and says
   * whether any can. `first` is the first pattern's id when their ids run consecutively (then
   * only the sentence's enabled ids are visited), else -1; an id below 0 is a pattern kept out
   * of the index, which its trigram filter alone decides.
   */
  markRunnable(ids: ArrayLike<number>, first: number, filters: readonly TrigramFilter[], norm: string, runnable: Uint8Array): boolean {
    let any = false;
    const n = runnable.length;
    if (first >= 0) {
      runnable.fill(0);
      for (let k = this.firstEnabledFrom(first); ; k++) {
        const id = this.enabledAt(k);
        const i = id - first;
        if (id < 0 || i >= n) break;
        if (this.testsFilter(id) || mayMatch(filters[i]!, norm)) {
          runnable[i] = 1;
          any = true;
        }
      }
      return any;
    }
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const ok = id < 0 ? mayMatch(filters[i]!, norm) : this.enabled(id) && (this.testsFilter(id) || mayMatch(filters[i]!, norm));
      runnable[i] = ok ? 1 : 0;
      if (ok) any = true;
    }
    return any;
  }
}
