/**
 * The learned scorer: one logistic regression per flag and element id over a sentence's
 * word and word-pair features (features.ts), trained from the labelled corpora by
 * `npm run train-model` (tests/eval/learned/). It widens what the hand-written rules catch:
 * a sentence whose wording, as a whole, reads strongly like an id the rules missed.
 *
 * The model file is data: ids, a threshold per id, biases and sparse weights. Scoring a
 * sentence is one map lookup per feature.
 */
import type { ElementId, FlagId } from '../types';
import { featuresOf, type Feature } from './features';
import type { Tokens } from './tokens';

export type LabelId = FlagId | ElementId;

/** The model as stored (JSON). `weights[feature]` is a flat list of label index, weight pairs. */
export interface ModelFile {
  version: 1;
  /** What it was trained on, for the test that keeps it in step with the corpora. */
  trainedOn: { corpora: string[]; digest: string; examples: number };
  labels: LabelId[];
  bias: number[];
  /** Probability at or above which a label counts, per label. */
  thresholds: number[];
  weights: Record<string, number[]>;
}

export interface Model {
  labels: readonly LabelId[];
  bias: Float64Array;
  thresholds: Float64Array;
  weights: Map<string, Float64Array>;
}

export function loadModel(file: ModelFile): Model {
  const weights = new Map<string, Float64Array>();
  for (const key of Object.keys(file.weights)) weights.set(key, Float64Array.from(file.weights[key]!));
  return {
    labels: file.labels,
    bias: Float64Array.from(file.bias),
    thresholds: Float64Array.from(file.thresholds),
    weights,
  };
}

/** A label the model is confident of, with the words that weighed most for it. */
export interface LearnedFinding {
  id: LabelId;
  probability: number;
  /** Word indexes (inclusive) of the strongest evidence. */
  from: number;
  to: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Every label's probability for these features (in `model.labels` order). */
export function probabilities(model: Model, features: readonly Feature[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights.get(f.key);
    if (!w) continue;
    for (let i = 0; i < w.length; i += 2) z[w[i]!]! += w[i + 1]!;
  }
  for (let i = 0; i < z.length; i++) z[i] = sigmoid(z[i]!);
  return z;
}

/** The labels at or above their threshold, each with its strongest feature's words. */
export function findLabels(model: Model, tokens: Tokens): LearnedFinding[] {
  if (tokens.words.length === 0) return [];
  const features = featuresOf(tokens);
  const p = probabilities(model, features);
  const out: LearnedFinding[] = [];
  for (let li = 0; li < p.length; li++) {
    if (p[li]! < model.thresholds[li]!) continue;
    let best: Feature | null = null;
    let bestW = 0;
    for (const f of features) {
      const w = model.weights.get(f.key);
      if (!w) continue;
      for (let i = 0; i < w.length; i += 2) {
        if (w[i] === li && w[i + 1]! > bestW) {
          bestW = w[i + 1]!;
          best = f;
        }
      }
    }
    out.push({ id: model.labels[li]!, probability: p[li]!, from: best?.from ?? 0, to: best?.to ?? tokens.words.length - 1 });
  }
  return out;
}
