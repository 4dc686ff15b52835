/**
 * Trains the learned scorer (lib/analysis/learned/model.ts): one L2-regularised logistic
 * regression per label over binary word and word-pair features, full-batch with Adam, all
 * labels at once. Deterministic: the same examples give the same model, byte for byte.
 */
import { featureKeysOf } from '../../../lib/analysis/learned/features';
import type { LabelId, ModelFile } from '../../../lib/analysis/learned/model';
import { tokenize } from '../../../lib/analysis/learned/tokens';
import { normalizeForMatching } from '../../../lib/analysis/normalize';

export interface Example {
  text: string;
  labels: readonly string[];
  /** Only these labels are known for this text (a rule's example says nothing of the others); all when absent. */
  known?: readonly string[];
}

export interface TrainOptions {
  labels: readonly LabelId[];
  /** A feature must occur in at least this many examples to get a weight. */
  minCount: number;
  /** L2 strength (per example). */
  l2: number;
  iterations: number;
  /** Weights smaller than this (absolute) are left out of the file. */
  prune: number;
  thresholds: number[];
}

export const DEFAULT_TRAINING = { minCount: 2, l2: 0.002, iterations: 300, prune: 0.1 } as const;

export function featureKeys(text: string): string[] {
  return featureKeysOf(tokenize(normalizeForMatching(text)));
}

export function train(examples: readonly Example[], opts: TrainOptions, trainedOn: ModelFile['trainedOn']): ModelFile {
  const L = opts.labels.length;
  const counts = new Map<string, number>();
  const rows = examples.map((e) => featureKeys(e.text));
  for (const r of rows) for (const k of r) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((k) => counts.get(k)! >= opts.minCount).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const X = rows.map((r) => Int32Array.from(r.map((k) => index.get(k)).filter((i): i is number => i !== undefined)));
  const labelIndex = new Map(opts.labels.map((l, i) => [l, i]));
  const Y = examples.map((e) => {
    const y = new Float64Array(L);
    for (const l of e.labels) {
      const i = labelIndex.get(l as LabelId);
      if (i !== undefined) y[i] = 1;
    }
    return y;
  });
  // 1 where the label is known for the example, 0 where it must not teach anything.
  const K = examples.map((e) => {
    const k = new Float64Array(L);
    if (!e.known) k.fill(1);
    else for (const l of e.known) {
      const i = labelIndex.get(l as LabelId);
      if (i !== undefined) k[i] = 1;
    }
    return k;
  });
  const V = vocab.length;
  const n = examples.length;
  const W = new Float64Array(V * L);
  const b = new Float64Array(L);
  // Start each bias at the label's log-odds, so early steps learn words, not base rates.
  for (let l = 0; l < L; l++) {
    let pos = 0;
    let known = 0;
    for (let e = 0; e < n; e++) {
      pos += Y[e]![l]! * K[e]![l]!;
      known += K[e]![l]!;
    }
    const rate = (pos + 0.5) / (known + 1);
    b[l] = Math.log(rate / (1 - rate));
  }
  const mW = new Float64Array(V * L);
  const vW = new Float64Array(V * L);
  const mB = new Float64Array(L);
  const vB = new Float64Array(L);
  const gW = new Float64Array(V * L);
  const gB = new Float64Array(L);
  const lr = 0.05;
  const b1 = 0.9;
  const b2 = 0.999;
  const z = new Float64Array(L);
  const d = new Float64Array(L);
  for (let t = 1; t <= opts.iterations; t++) {
    gW.fill(0);
    gB.fill(0);
    for (let e = 0; e < n; e++) {
      const x = X[e]!;
      z.set(b);
      for (const f of x) for (let l = 0; l < L; l++) z[l]! += W[f * L + l]!;
      const y = Y[e]!;
      const k = K[e]!;
      // Each label's error, then added to every feature's gradients in one pass per feature
      // (the same sums in the same order as label by label, so the same model, faster).
      for (let l = 0; l < L; l++) {
        d[l] = k[l] === 0 ? 0 : 1 / (1 + Math.exp(-z[l]!)) - y[l]!;
        if (k[l] !== 0) gB[l]! += d[l]!;
      }
      for (let j = 0; j < x.length; j++) {
        const at = x[j]! * L;
        for (let l = 0; l < L; l++) if (k[l] !== 0) gW[at + l]! += d[l]!;
      }
    }
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < W.length; i++) {
      const g = gW[i]! / n + opts.l2 * W[i]!;
      mW[i] = b1 * mW[i]! + (1 - b1) * g;
      vW[i] = b2 * vW[i]! + (1 - b2) * g * g;
      W[i]! -= (lr * (mW[i]! / c1)) / (Math.sqrt(vW[i]! / c2) + 1e-8);
    }
    for (let l = 0; l < L; l++) {
      const g = gB[l]! / n;
      mB[l] = b1 * mB[l]! + (1 - b1) * g;
      vB[l] = b2 * vB[l]! + (1 - b2) * g * g;
      b[l]! -= (lr * (mB[l]! / c1)) / (Math.sqrt(vB[l]! / c2) + 1e-8);
    }
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (let f = 0; f < V; f++) {
    const pairs: number[] = [];
    for (let l = 0; l < L; l++) {
      // A label the model never reports needs no weights.
      if (opts.thresholds[l]! >= 1) continue;
      const w = W[f * L + l]!;
      if (Math.abs(w) >= opts.prune) pairs.push(l, round(w));
    }
    if (pairs.length > 0) weights[vocab[f]!] = pairs;
  }
  return {
    version: 1,
    trainedOn,
    labels: [...opts.labels],
    bias: [...b].map((x) => Math.round(x * 1000) / 1000),
    thresholds: opts.thresholds.map(round),
    weights,
  };
}
