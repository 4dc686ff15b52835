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
import { forEachFeature, type Vocabulary } from './features';
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
  /** The features it has weights for and their pairs' first parts: what feature building may skip. */
  vocabulary: Vocabulary;
}

export function loadModel(file: ModelFile): Model {
  const weights = new Map<string, Float64Array>();
  const pairHeads = new Set<string>();
  for (const key of Object.keys(file.weights)) {
    weights.set(key, Float64Array.from(file.weights[key]!));
    // "^ word" (the first word) is a single-word feature, not a pair.
    const space = key.indexOf(' ');
    if (space > 0 && !key.startsWith('^ ')) pairHeads.add(key.slice(0, space));
  }
  return {
    labels: file.labels,
    bias: Float64Array.from(file.bias),
    thresholds: Float64Array.from(file.thresholds),
    weights,
    vocabulary: { has: (key) => weights.has(key), pairHeads },
  };
}

/** A label the model is confident of, with the words that weighed most for it. */
export interface LearnedFinding {
  id: LabelId;
  /** Word indexes (inclusive) of the strongest evidence. */
  from: number;
  to: number;
}

/** Each label's threshold as a logit: comparing sums needs no exponential. */
function logitOf(p: number): number {
  return p >= 1 ? Infinity : p <= 0 ? -Infinity : Math.log(p / (1 - p));
}

/** Per model: thresholds as logits, and scratch arrays reused by every call (scoring is synchronous). */
interface Scratch {
  cut: Float64Array;
  z: Float64Array;
  bestW: Float64Array;
  bestFrom: Int32Array;
  bestTo: Int32Array;
}

const scratches = new WeakMap<Model, Scratch>();

function scratchOf(model: Model): Scratch {
  let s = scratches.get(model);
  if (!s) {
    const L = model.labels.length;
    s = {
      cut: model.thresholds.map(logitOf),
      z: new Float64Array(L),
      bestW: new Float64Array(L),
      bestFrom: new Int32Array(L),
      bestTo: new Int32Array(L),
    };
    scratches.set(model, s);
  }
  return s;
}

/**
 * The labels at or above their threshold, each with the words of the feature that weighed
 * most for it. One pass over the features: sums and strongest evidence are kept together.
 */
export function findLabels(model: Model, tokens: Tokens): LearnedFinding[] {
  const n = tokens.words.length;
  if (n === 0) return [];
  const { cut, z, bestW, bestFrom, bestTo } = scratchOf(model);
  z.set(model.bias);
  bestW.fill(0);
  bestFrom.fill(0);
  bestTo.fill(n - 1);
  const weights = model.weights;
  forEachFeature(tokens, (key, from, to) => {
    const w = weights.get(key);
    if (w === undefined) return;
    for (let i = 0; i < w.length; i += 2) {
      const li = w[i]!;
      const v = w[i + 1]!;
      z[li]! += v;
      if (v > bestW[li]!) {
        bestW[li] = v;
        bestFrom[li] = from;
        bestTo[li] = to;
      }
    }
  }, model.vocabulary);
  let out: LearnedFinding[] | null = null;
  for (let li = 0; li < z.length; li++) {
    if (z[li]! < cut[li]!) continue;
    (out ??= []).push({ id: model.labels[li]!, from: bestFrom[li]!, to: bestTo[li]! });
  }
  return out ?? NONE;
}

const NONE: LearnedFinding[] = [];
