/**
 * The learned scorer as the engine uses it: the shipped model, loaded on first use, and
 * the spans it reports, widened from its strongest words to their clause.
 */
import { inQuotes, isDisowned } from '../rules/define';
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

const CLAUSE_BREAK = /[,;:()\n\r\t"]|\s[-–—]\s/;
const SENTENCE_END = /[.!?]/;
const MAX_CLAUSE = 160;

/** The clause around [start, end): out to the nearest clause punctuation on each side. */
export function clauseAround(norm: string, start: number, end: number): Span {
  let a = start;
  while (a > 0 && !CLAUSE_BREAK.test(norm[a - 1]!) && !(a >= 2 && /\s[-–—]/.test(norm.slice(a - 2, a)))) a--;
  let b = end;
  while (b < norm.length && !CLAUSE_BREAK.test(norm[b]!) && !SENTENCE_END.test(norm[b]!)) b++;
  while (a < b && /\s/.test(norm[a]!)) a++;
  while (b > a && /\s/.test(norm[b - 1]!)) b--;
  if (b - a > MAX_CLAUSE) return { start, end };
  return { start: a, end: b };
}

const FLAGS = new Set<string>(FLAG_IDS);

/**
 * What the model finds in one sentence, with spans relative to it. A flag whose words sit in
 * double quotes or after "I won't say…" is dropped by the same guards the rules use.
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
    found.push({ id: f.id, kind, ...clauseAround(norm, from, tokens.ends[f.to]!) });
  }
  return found;
}
