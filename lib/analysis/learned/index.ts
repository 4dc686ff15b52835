/**
 * The learned scorer as the engine uses it: the shipped model, loaded on first use, and
 * the spans it reports, widened from its strongest words to their clause.
 */
import { isSpaceCode } from '../char-codes';
import { inQuotes, isDisowned, isTruthAfterCover } from '../rules/define';
import { FLAG_IDS, type Sentence, type Span } from '../types';
import shipped from './weights.json';
import { findLabels, loadModel, type LabelId, type Model, type ModelFile } from './model';
import { tokenize } from './tokens';

export type { LabelId, Model, ModelFile } from './model';
export { loadModel } from './model';

let current: Model | null | undefined;

/** The model in use (the shipped one unless a tool set another). */
export function learnedModel(): Model | null {
  if (current === undefined) current = loadModel(shipped as ModelFile);
  return current;
}

/**
 * Swaps the model (training and cross-validation tools; `null` turns the scorer off,
 * `undefined` brings back the shipped one). Callers must also clear the engine's caches:
 * see `setLearnedModel` in sentence-analysis.
 */
export function replaceLearnedModel(model: Model | null | undefined): void {
  current = model;
}

export interface LearnedSpan extends Span {
  id: LabelId;
  kind: 'flag' | 'element';
}

const MAX_CLAUSE = 160;

/**
 * Clause punctuation, one character: , ; : ( ) " and a tab or line break. Was the regex
 * /[,;:()\n\r\t"]/ tested per character; charCode tests accept exactly the same characters.
 */
function isClauseBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 10 || c === 13 || c === 9;
}

/** . ! ? */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** - – — */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * The clause around [start, end): out to the nearest clause punctuation on each side, or a
 * dash after a space ("\s[-–—]") on the left. Surrounding spaces are trimmed; a clause
 * longer than MAX_CLAUSE gives back [start, end). Char codes, not a regex per character.
 */
export function clauseAround(norm: string, start: number, end: number): Span {
  let a = start;
  while (a > 0) {
    const c = norm.charCodeAt(a - 1);
    if (isClauseBreak(c) || (a >= 2 && isDash(c) && isSpaceCode(norm.charCodeAt(a - 2)))) break;
    a--;
  }
  let b = end;
  const n = norm.length;
  while (b < n) {
    const c = norm.charCodeAt(b);
    if (isClauseBreak(c) || isSentenceEnd(c)) break;
    b++;
  }
  while (a < b && isSpaceCode(norm.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(norm.charCodeAt(b - 1))) b--;
  if (b - a > MAX_CLAUSE) return { start, end };
  return { start: a, end: b };
}

const FLAGS = new Set<string>(FLAG_IDS);

/**
 * What the model finds in one sentence, with spans relative to it. A flag whose words sit in
 * double quotes, after "I won't say…" or in a saying set aside ("I could say…, but") is dropped
 * by the same guards the rules use, and so is one whose clause holds the disowning words after
 * its strongest ones ("…, and I won't pretend that means I'll never slip", weighed on "and i"),
 * and one in the truth told after the writer's own cover story (`isTruthAfterCover`).
 */
export function learnedSpans(sentence: Sentence): LearnedSpan[] {
  const model = learnedModel();
  if (!model || model.labels.length === 0) return [];
  const norm = sentence.norm;
  const tokens = tokenize(norm);
  const found: LearnedSpan[] = [];
  for (const f of findLabels(model, tokens)) {
    const kind = FLAGS.has(f.id) ? 'flag' : 'element';
    const from = tokens.starts[f.from]!;
    if (kind === 'flag' && (inQuotes(norm, from) || isDisowned(norm, from))) continue;
    const clause = clauseAround(norm, from, tokens.ends[f.to]!);
    if (kind === 'flag' && isDisowned(norm, clause.end)) continue;
    // "I told everyone I had the flu, but the truth is I was drunk": a confession, not an excuse.
    if (kind === 'flag' && isTruthAfterCover(norm, from)) continue;
    found.push({ id: f.id, kind, ...clause });
  }
  return found;
}
