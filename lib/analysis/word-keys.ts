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
 * One registry's prefilter: which patterns each word key enables, and which patterns the
 * sentence being analysed enables. A pattern is enabled when `stamp[id] === generation`; a
 * new sentence takes a new generation instead of a fresh, zeroed array, and the last
 * sentence's marks are kept for the next pattern list that asks about it.
 */
export class NeedIndex {
  private readonly byKey = new Map<number, number[]>();
  private count = 0;
  private stamp = new Int32Array(0);
  private generation = 0;
  private lastNorm: string | null = null;

  /** `forEachKey` is the registry's own tokenisation (forEachRuleWordKey or forEachElementWordKey). */
  constructor(private readonly forEachKey: (norm: string, visit: (key: number) => void) => void) {}

  /** Registers a pattern enabled by any of `words` (by their keys); returns its id. */
  register(words: Iterable<string>): number {
    const id = this.count++;
    for (const word of words) {
      const key = keyOfWord(word);
      if (key < 0) continue; // no sentence word can start so
      const ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
    return id;
  }

  private readonly enableKey = (key: number): void => {
    const ids = this.byKey.get(key);
    if (ids) for (let i = 0; i < ids.length; i++) this.stamp[ids[i]!] = this.generation;
  };

  /** Marks the patterns `norm`'s words enable (remembered for the last sentence). */
  markSentence(norm: string): void {
    if (norm === this.lastNorm && this.stamp.length === this.count) return;
    if (this.stamp.length !== this.count) {
      this.stamp = new Int32Array(this.count);
      this.generation = 0;
    }
    this.generation++;
    this.forEachKey(norm, this.enableKey);
    this.lastNorm = norm;
  }

  /** Whether the sentence last marked enables pattern `id`. */
  enabled(id: number): boolean {
    return this.stamp[id] === this.generation;
  }
}
