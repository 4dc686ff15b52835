/**
 * `npm run train-model`: trains the learned scorer on every labelled corpus (the dev corpus
 * beside the repository and tests/eval/corpora/*) plus the rules' own examples, and writes
 * lib/analysis/learned/weights.json; then fits the amends verdict's learned check on every
 * labelled message and writes lib/analysis/amends-check.json. Deterministic: run it again,
 * get the same files.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseCheck } from './amends-check';
import { serialise, trainShipped, trainShippedCheck } from './shipped';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/analysis/learned/weights.json');
const started = performance.now();
const model = trainShipped();
const text = serialise(model);
writeFileSync(out, text);
console.log(
  `Trained on ${model.trainedOn.examples} texts (${model.trainedOn.corpora.join(', ')} + rule examples) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${Object.keys(model.weights).length} features, ${(text.length / 1024).toFixed(0)} KB, digest ${model.trainedOn.digest} -> ${out}`);

const checkOut = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/analysis/amends-check.json');
const check = trainShippedCheck();
writeFileSync(checkOut, serialiseCheck(check));
console.log(`Amends check fitted on ${check.trainedOn.messages} messages (${check.trainedOn.amends} amends) -> ${checkOut}`);
