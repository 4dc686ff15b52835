/**
 * How the shipped model is made: which texts, which settings. `npm run train-model` writes
 * it; a unit test makes it again and checks the committed file is exactly that.
 */
import { createHash } from 'node:crypto';
import type { LabelId, ModelFile } from '../../../lib/analysis/learned/model';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import type { AmendsCheck } from '../../../lib/analysis/amends-detect';
import { fitCheck, messageRows } from './amends-check';
import { trainingCorpora, trainingExamples } from './corpora';
import { DEFAULT_TRAINING, train, type Example, type TrainOptions } from './train';

/**
 * Each label's threshold, as `npm run eval:thresholds` picked them from leave-one-corpus-out
 * runs: the lowest (from 0.6 for a flag, which nudges a person; from 0.5 for an element) at
 * which the model's additions to the rules are right at least 80 % of the time for a flag,
 * 65 % for an element. 1 means never (the rules alone speak for that label).
 */
export const THRESHOLDS: Record<LabelId, number> = {
  conditional: 0.6,
  but: 1,
  feelings: 0.7,
  blame: 0.7,
  excuse: 0.7,
  minimizing: 0.8,
  passive: 0.8,
  pressure: 0.8,
  'self-focus': 0.6,
  intent: 0.6,
  comparison: 0.9,
  vague: 0.7,
  overpromise: 0.6,
  regret: 0.7,
  responsibility: 1,
  specific: 0.5,
  impact: 0.5,
  repair: 0.5,
  change: 0.6,
  'no-pressure': 0.5,
};

const LABELS: LabelId[] = [...FLAG_IDS, ...ELEMENT_IDS];

export function shippedOptions(): TrainOptions {
  return { ...DEFAULT_TRAINING, labels: LABELS, thresholds: LABELS.map((l) => THRESHOLDS[l]) };
}

export function shippedExamples(): { examples: Example[]; corpora: string[] } {
  const corpora = trainingCorpora();
  const examples = trainingExamples(corpora);
  return { examples, corpora: corpora.map((c) => c.name) };
}

export function digestOf(examples: readonly Example[], options: TrainOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ ...options }) + '\n');
  for (const e of examples) h.update(JSON.stringify([e.text, [...e.labels].sort(), e.known ? [...e.known].sort() : null]) + '\n');
  return h.digest('hex').slice(0, 16);
}

export function trainShipped(): ModelFile {
  const { examples, corpora } = shippedExamples();
  const options = shippedOptions();
  return train(examples, options, { corpora, digest: digestOf(examples, options), examples: examples.length });
}

/** The file's text: one feature a line, so a retrained model reads well in a diff. */
export function serialise(model: ModelFile): string {
  const { weights, ...head } = model;
  const lines = Object.keys(weights).map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(weights[k])}`);
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** The amends verdict's learned check, fitted on every labelled message. */
export function trainShippedCheck(): AmendsCheck {
  const corpora = trainingCorpora().filter((c) => c.messages.length > 0);
  return fitCheck(messageRows(corpora), corpora.map((c) => c.name));
}
