/**
 * The learned scorer as the engine uses it: the shipped model, loaded on first use, and
 * the spans it reports, widened from its strongest words to their clause.
 */
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

/**
 * A flag's words said only to be disowned: "I won't say I never meant it", "I'm not going to
 * pretend I was too drunk to know", "I can't promise it will never happen again". The words
 * look like the flag; the sentence refuses it (the taxonomy's "quoted to reject" trap).
 */
const DISOWNED =
  /\b(?:won'?t|wont|will not|can'?t|cant|cannot|can not|(?:am|'m|m) not (?:going to|gonna)|not going to|refuse to|would ?n'?t|wouldnt|do ?n'?t|dont|do not) (?:even )?(?:say|pretend|claim|promise|tell (?:you|u)|use|hide behind|make (?:excuses|out))\b|\b(?:i'?d|i would) (?:like|love) to (?:say|tell (?:you|u)|claim|pretend)\b/;

/** What the model finds in one sentence, with spans relative to it. */
export function learnedSpans(sentence: Sentence): LearnedSpan[] {
  const model = learnedModel();
  if (!model || model.labels.length === 0) return [];
  const tokens = tokenize(sentence.norm);
  const found: LearnedSpan[] = [];
  const disowned = DISOWNED.exec(sentence.norm);
  for (const f of findLabels(model, tokens)) {
    const span = clauseAround(sentence.norm, tokens.starts[f.from]!, tokens.ends[f.to]!);
    // A flag whose words come after a disowning phrase is what the writer refuses to say.
    if (disowned && isFlag(f.id) && disowned.index < tokens.ends[f.to]!) continue;
    found.push({ id: f.id, ...span });
  }
  return found;
}

const FLAGS = new Set<string>(FLAG_IDS);
const isFlag = (id: LabelId): boolean => FLAGS.has(id);
