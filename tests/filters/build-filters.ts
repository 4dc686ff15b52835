/**
 * `npm run build-filters`: reads every engine pattern's trigram program from its source and
 * writes them to lib/analysis/trigram-programs.json, so a fresh engine (the extension's
 * background worker after it was stopped) skips reading them on its first analysis. Run it
 * after changing a rule's patterns or examples (the examples weigh which trigrams are rare); a
 * stale table only costs speed. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFilterTable } from './table';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/trigram-programs.json');
const started = performance.now();
const text = makeFilterTable();
writeFileSync(out, text);
const count = (text.match(/\n {4}"/g) ?? []).length;
console.log(`${count} trigram programs, ${(text.length / 1024).toFixed(0)} KB, in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`);
