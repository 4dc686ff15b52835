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
import { FeatureIndex } from './feature-index';
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
  /** The same features by id, for scoring (feature-index.ts); `byId[id]` is `weights.get(index.keys[id])`. */
  index: FeatureIndex;
  byId: Float64Array[];
}

export function loadModel(file: ModelFile): Model {
  const weights = new Map<string, Float64Array>();
  for (const key of Object.keys(file.weights)) weights.set(key, Float64Array.from(file.weights[key]!));
  const index = new FeatureIndex(weights.keys());
  return {
    labels: file.labels,
    bias: Float64Array.from(file.bias),
    thresholds: Float64Array.from(file.thresholds),
    weights,
    vocabulary: { has: (key) => weights.has(key), pairHeads: index.pairHeads },
    index,
    byId: index.keys.map((key) => weights.get(key)!),
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
  /**
   * Every feature's label/weight pairs in two flat arrays: feature id's are at
   * [at[id], at[id + 1]), labels as integers, so scoring reads no per-feature array.
   */
  at: Int32Array;
  label: Int32Array;
  weight: Float64Array;
}

const scratches = new WeakMap<Model, Scratch>();

function scratchOf(model: Model): Scratch {
  let s = scratches.get(model);
  if (!s) {
    const L = model.labels.length;
    const byId = model.byId;
    const at = new Int32Array(byId.length + 1);
    for (let id = 0; id < byId.length; id++) at[id + 1] = at[id]! + (byId[id]!.length >> 1);
    const label = new Int32Array(at[byId.length]!);
    const weight = new Float64Array(at[byId.length]!);
    for (let id = 0; id < byId.length; id++) {
      const w = byId[id]!;
      for (let i = 0, k = at[id]!; i + 1 < w.length; i += 2, k++) {
        label[k] = w[i]!;
        weight[k] = w[i + 1]!;
      }
    }
    s = {
      cut: model.thresholds.map(logitOf),
      z: new Float64Array(L),
      bestW: new Float64Array(L),
      bestFrom: new Int32Array(L),
      bestTo: new Int32Array(L),
      at,
      label,
      weight,
    };
    scratches.set(model, s);
  }
  return s;
}

/**
 * The labels at or above their threshold, each with the words of the feature that weighed
 * most for it. One pass over the features: sums and strongest evidence are kept together.
 * Features are read by id (feature-index.ts); `findLabelsByKeys` reads the same ones by key.
 */
export function findLabels(model: Model, tokens: Tokens): LearnedFinding[] {
  if (tokens.words.length === 0) return [];
  const s = begin(model, tokens);
  const n = model.index.collect(tokens);
  const { id, from, to } = model.index.visits();
  const { z, bestW, bestFrom, bestTo, at, label, weight } = s;
  for (let k = 0; k < n; k++) {
    const f = id[k]!;
    for (let j = at[f]!, end = at[f + 1]!; j < end; j++) {
      // weigh(), over the flat arrays: same sums in the same order.
      const li = label[j]!;
      const v = weight[j]!;
      z[li]! += v;
      if (v > bestW[li]!) {
        bestW[li] = v;
        bestFrom[li] = from[k]!;
        bestTo[li] = to[k]!;
      }
    }
  }
  return decide(model, s);
}

/**
 * The reference for `findLabels`: features built as strings by `forEachFeature`, as the
 * trainer builds them, and looked up by key. Same findings (tests hold them equal).
 */
export function findLabelsByKeys(model: Model, tokens: Tokens): LearnedFinding[] {
  if (tokens.words.length === 0) return [];
  const s = begin(model, tokens);
  const weights = model.weights;
  forEachFeature(tokens, (key, from, to) => {
    const w = weights.get(key);
    if (w !== undefined) weigh(s, w, from, to);
  }, model.vocabulary);
  return decide(model, s);
}

function begin(model: Model, tokens: Tokens): Scratch {
  const s = scratchOf(model);
  s.z.set(model.bias);
  s.bestW.fill(0);
  s.bestFrom.fill(0);
  s.bestTo.fill(tokens.words.length - 1);
  return s;
}

/** Adds one feature's label/weight pairs, keeping each label's strongest evidence. */
function weigh({ z, bestW, bestFrom, bestTo }: Scratch, w: Float64Array, from: number, to: number): void {
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
}

function decide(model: Model, { cut, z, bestFrom, bestTo }: Scratch): LearnedFinding[] {
  let out: LearnedFinding[] | null = null;
  for (let li = 0; li < z.length; li++) {
    if (z[li]! < cut[li]!) continue;
    (out ??= []).push({ id: model.labels[li]!, from: bestFrom[li]!, to: bestTo[li]! });
  }
  return out ?? NONE;
}

const NONE: LearnedFinding[] = [];
