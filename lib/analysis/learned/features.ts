/**
 * The learned scorer's features for one sentence, as short strings looked up in the model:
 * each word, each pair of neighbouring words, the first word, and the same with words
 * replaced by their classes (word-classes.ts), so "I was overwhelmed" shares evidence with
 * "I was stressed". A word within three words after "not", "never", "no"… (and before any
 * clause break) is marked negated: "not a small thing" is no minimizing. Binary: a feature
 * said twice counts once.
 */
import type { Tokens } from './tokens';
import { classesOf } from './word-classes';

/** Words that turn what follows around. */
const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'without', 'nor', 'neither']);
/** How many words after a negator read as negated (unless a clause break comes first). */
const NEGATION_SCOPE = 3;

/**
 * Calls `visit` once per distinct feature, with the indexes of the first and last word it
 * covers. The scorer and the trainer both read features through this, so they always agree.
 */
export function forEachFeature(tokens: Tokens, visit: (key: string, from: number, to: number) => void): void {
  const w = tokens.words;
  const seen = new Set<string>();
  const add = (key: string, from: number, to: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    visit(key, from, to);
  };
  if (w.length > 0) add('^ ' + w[0], 0, 0);
  let negated = 0;
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const ca = classesOf(a);
    if (tokens.breakBefore[i]) negated = 0;
    // A negated word is its own feature ("~small"), so it does not count as the word itself.
    const mark = negated > 0 ? '~' : '';
    add(mark + a, i, i);
    for (const c of ca) add(mark + c, i, i);
    negated = NEGATORS.has(a) ? NEGATION_SCOPE : Math.max(0, negated - 1);
    if (i + 1 >= w.length) continue;
    const b = w[i + 1]!;
    const cb = classesOf(b);
    add(a + ' ' + b, i, i + 1);
    for (const c of cb) add(a + ' ' + c, i, i + 1);
    for (const c of ca) add(c + ' ' + b, i, i + 1);
  }
}

/** The distinct feature keys of a sentence (for training). */
export function featureKeysOf(tokens: Tokens): string[] {
  const out: string[] = [];
  forEachFeature(tokens, (key) => out.push(key));
  return out;
}
