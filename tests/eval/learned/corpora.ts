/**
 * The labelled corpora the learned scorer is trained on: the dev corpus beside the
 * repository and the team-written sets in tests/eval/corpora/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, type Labelled } from '../score';
import { corpusDir, corpusPresent } from '../corpus';
import { ruleExamples } from './rule-examples';
import type { Example } from './train';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface NamedCorpus {
  name: string;
  dir: string;
  texts: Labelled[];
  messages: Labelled[];
}

export function trainingCorpora(): NamedCorpus[] {
  const dirs: { name: string; dir: string }[] = [{ name: 'dev', dir: corpusDir() }];
  const teams = join(repoRoot, 'tests/eval/corpora');
  for (const name of readdirSync(teams).sort()) dirs.push({ name, dir: join(teams, name) });
  return dirs
    .filter((d) => corpusPresent(d.dir))
    .map((d) => ({
      ...d,
      texts: parseCorpus(readFileSync(join(d.dir, 'texts.jsonl'), 'utf8'), 'texts.jsonl'),
      messages: parseCorpus(readFileSync(join(d.dir, 'messages.jsonl'), 'utf8'), 'messages.jsonl'),
    }));
}

/** What training reads: the short texts of these corpora (every label known), then the rules' own examples. */
export function trainingExamples(corpora: readonly NamedCorpus[]): Example[] {
  return corpora
    .flatMap((c) => c.texts)
    .map((t): Example => ({ text: t.text, labels: [...t.flags, ...t.elements] }))
    .concat(ruleExamples());
}
