/**
 * Loads the labelled corpus and runs the engine over it, exactly as `check-draft --jsonl`
 * does (one `summarize(analyzeDraft(text))` per item).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDraft } from '../../lib/analysis';
import { summarize } from '../../lib/analysis/summary';
import { parseCorpus, score, type Report } from './score';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `--corpus DIR`, else $AMENDS_CORPUS, else ../shared/corpus beside the repository. */
export function corpusDir(argv: readonly string[] = []): string {
  const i = argv.indexOf('--corpus');
  if (i >= 0 && argv[i + 1]) return resolve(argv[i + 1]!);
  if (process.env.AMENDS_CORPUS) return resolve(process.env.AMENDS_CORPUS);
  return resolve(repoRoot, '../shared/corpus');
}

export function corpusPresent(dir: string): boolean {
  return existsSync(join(dir, 'texts.jsonl')) && existsSync(join(dir, 'messages.jsonl'));
}

export function evaluateCorpus(dir: string): Report {
  const load = (name: string) => parseCorpus(readFileSync(join(dir, name), 'utf8'), name);
  const run = (items: ReturnType<typeof load>) => items.map((gold) => ({ gold, pred: summarize(analyzeDraft(gold.text)) }));
  return score(run(load('texts.jsonl')), run(load('messages.jsonl')));
}
