/**
 * The amends verdict's learned check (lib/analysis/amends-detect.ts): a logistic model over
 * the evidence the hand-written weighing reads (cues, elements and flags the rules found),
 * fitted on every labelled message. `npm run train-model` writes it beside the scorer;
 * `npm run eval:amends` measures it corpus by corpus, each fitted without that corpus.
 */
import { amendsEvidenceOf, forgetDrafts } from '../../../lib/analysis/analyze';
import { checkFeatures, CHECK_FEATURES, checkPasses, weighsAsAmends, WHOLE_MESSAGE_WORDS, type AmendsCheck } from '../../../lib/analysis/amends-detect';
import { setLearnedModel } from '../../../lib/analysis/sentence-analysis';
import type { NamedCorpus } from './corpora';

/** The check passes at this probability or above: low, since silencing a real amends costs more than coaching a note. */
export const CHECK_THRESHOLD = 0.3;
/** Shorter drafts are left to the weighing: the check learned from whole messages only. */
export const CHECK_MIN_WORDS = WHOLE_MESSAGE_WORDS;
const L2 = 0.01;
const ITERATIONS = 3000;
const RATE = 0.1;

export interface MessageRow {
  id: string;
  corpus: string;
  amends: boolean;
  /** What the hand-written weighing alone says. */
  weighed: boolean;
  words: number;
  x: number[];
}

/** Every labelled message's evidence, as the engine gathers it (rules only). */
export function messageRows(corpora: readonly NamedCorpus[]): MessageRow[] {
  setLearnedModel(null);
  const rows: MessageRow[] = [];
  try {
    for (const c of corpora) {
      for (const m of c.messages) {
        forgetDrafts();
        const e = amendsEvidenceOf(m.text);
        rows.push({ id: m.id, corpus: c.name, amends: m.amends === true, weighed: weighsAsAmends(e), words: e.words ?? 0, x: checkFeatures(e) });
      }
    }
  } finally {
    setLearnedModel(undefined);
    forgetDrafts();
  }
  return rows;
}

/** Plain batch gradient descent with L2: deterministic, and instant on a few hundred rows. */
export function fitCheck(rows: readonly MessageRow[], corpora: readonly string[]): AmendsCheck {
  const d = CHECK_FEATURES.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const r of rows) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * r.x[j]!;
      const err = 1 / (1 + Math.exp(-z)) - (r.amends ? 1 : 0);
      for (let j = 0; j < d; j++) g[j]! += err * r.x[j]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) w[j]! -= RATE * (g[j]! / rows.length + (j < d ? L2 * w[j]! : 0));
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    features: CHECK_FEATURES,
    weights: w.slice(0, d).map(round),
    bias: round(w[d]!),
    threshold: CHECK_THRESHOLD,
    minWords: CHECK_MIN_WORDS,
    trainedOn: { messages: rows.length, amends: rows.filter((r) => r.amends).length, corpora },
  };
}

/** The verdict the engine would give a row with this check (as `readsAsAmends` forms it). */
export function verdictOf(check: AmendsCheck, r: MessageRow): boolean {
  if (!r.weighed) return false;
  return r.words < check.minWords || checkPasses(check, r.x);
}

export function serialiseCheck(check: AmendsCheck): string {
  return JSON.stringify(check) + '\n';
}
