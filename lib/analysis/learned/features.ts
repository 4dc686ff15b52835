/**
 * The learned scorer's features for one sentence, as short strings looked up in the model:
 * - each word, each pair of neighbouring words, the first word, and the same with words
 *   replaced by their classes (word-classes.ts), so "I was overwhelmed" shares evidence with
 *   "I was stressed";
 * - each longer word's stem ("=stress" for "stressed", "stressful"), so an inflection no
 *   training text used still counts;
 * - a word within three words after "not", "never", "no"… (and before any clause break) is
 *   marked negated, and so is a pair starting there: "not a small thing" is no minimizing, and
 *   "not a big deal" teaches nothing about "it was a big deal";
 * - a word after the turn of an apology ("but", "however", "to be fair"…) also counts as
 *   such (">you"): what follows the turn is where excuses and blame sit.
 * Binary: a feature said twice counts once.
 */
import type { Tokens } from './tokens';
import { classesOf } from './word-classes';

/** Words that turn what follows around. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'without', 'nor', 'neither']);
/** How many words after a negator read as negated (unless a clause break comes first). */
export const NEGATION_SCOPE = 3;

/** Words after which the rest of the sentence turns away from the apology. */
export const TURNS: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'tho', 'except', 'nevertheless', 'nonetheless', 'fairness', 'anyway', 'still']);
/** Two-word turns, as "previous word + word": "that said", "to be fair", "mind you", "thing is". */
export const TURN_PAIRS: ReadonlySet<string> = new Set(['that said', 'be fair', 'mind you', 'thing is', 'having said', 'then again']);

/** Endings stripped for a stem; the stem keeps at least three letters. */
const SUFFIX = /^(.{3,}?)(?:ings?|ed|ful|ness|less|ly|ies|es|s|ers?|ment|ation)$/;

/** Stems already worked out (words repeat across sentences); cleared when it grows large. */
const stems = new Map<string, string>();
const STEM_MEMO = 20_000;

/** A crude stem: "stressed", "stressful", "stressing" all give "stress"; short words have none. */
export function stemOf(word: string): string {
  if (word.length < 5) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    const m = SUFFIX.exec(word);
    const s = m ? m[1]! : word;
    // "stopped" → "stopp" → "stop"; but "stress", "fall" keep their double letter.
    stem = m && s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[sl]$/.test(s) ? s.slice(0, -1) : s;
    if (stems.size >= STEM_MEMO) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** What a scorer can use: the features it has weights for, and the first parts of its pairs. */
export interface Vocabulary {
  has(key: string): boolean;
  /** Every first part of a pair feature ("sorry" of "sorry but"). */
  pairHeads: ReadonlySet<string>;
}

/**
 * Calls `visit` once per distinct feature, with the indexes of the first and last word it
 * covers. The scorer and the trainer both read features through this, so they always agree.
 *
 * `vocabulary`, when given (the scorer passes its model's), limits the visit to features it
 * has: a pair whose first part heads no pair there is never built, and an unknown feature is
 * dropped before the check for repeats. Most words head no pair in the model, and most
 * features are unknown to it.
 */
export function forEachFeature(
  tokens: Tokens,
  visit: (key: string, from: number, to: number) => void,
  vocabulary?: Vocabulary,
): void {
  const w = tokens.words;
  const pairHeads = vocabulary?.pairHeads;
  const seen = new Set<string>();
  const add = (key: string, from: number, to: number): void => {
    if (vocabulary && !vocabulary.has(key)) return;
    if (seen.has(key)) return;
    seen.add(key);
    visit(key, from, to);
  };
  if (w.length > 0) add('^ ' + w[0], 0, 0);
  let negated = 0;
  let turned = false;
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const ca = classesOf(a);
    if (tokens.breakBefore[i]) negated = 0;
    // A negated word is its own feature ("~small"), so it does not count as the word itself.
    const mark = negated > 0 ? '~' : '';
    add(mark + a, i, i);
    for (const c of ca) add(mark + c, i, i);
    const stem = stemOf(a);
    if (stem !== a) add(mark + '=' + stem, i, i);
    if (turned) {
      add('>' + mark + a, i, i);
      for (const c of ca) add('>' + mark + c, i, i);
    }
    if (TURNS.has(a) || (i > 0 && TURN_PAIRS.has(w[i - 1] + ' ' + a))) turned = true;
    negated = NEGATORS.has(a) ? NEGATION_SCOPE : Math.max(0, negated - 1);
    if (i + 1 >= w.length) continue;
    const b = w[i + 1]!;
    const cb = classesOf(b);
    // A pair starting in a negation's scope is negated too: "not a big deal" is no "big deal".
    const head = mark + a;
    if (!pairHeads || pairHeads.has(head)) {
      add(head + ' ' + b, i, i + 1);
      for (const c of cb) add(head + ' ' + c, i, i + 1);
    }
    for (const c of ca) if (!pairHeads || pairHeads.has(mark + c)) add(mark + c + ' ' + b, i, i + 1);
  }
}

/** The distinct feature keys of a sentence (for training). */
export function featureKeysOf(tokens: Tokens): string[] {
  const out: string[] = [];
  forEachFeature(tokens, (key) => out.push(key));
  return out;
}
