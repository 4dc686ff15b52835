/**
 * `npm run eval:agreement`: how far a careful second reader agrees with a corpus's writer,
 * beside how far the engine does, on the same short texts. Each reader labelled the texts
 * from the taxonomy alone, without seeing the writer's labels (see README.md here). The
 * writer's labels are the reference both times, scored as `npm run eval` scores the engine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDraft, forgetDrafts } from '../../../lib/analysis';
import { ELEMENT_IDS } from '../../../lib/analysis/types';
import { parseCorpus, scoreSet, type Labelled, type Predicted, type SetScore } from '../score';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');

const STUDIES = [
  { corpus: resolve(repo, '../shared/corpus/texts.jsonl'), set: 'dev', readers: ['dev-reader-a.jsonl', 'dev-reader-b.jsonl'] },
  { corpus: join(repo, 'tests/eval/corpora/team-o/texts.jsonl'), set: 'team-o', readers: ['team-o-reader-c.jsonl'] },
  { corpus: join(repo, 'tests/eval/corpora/team-p/texts.jsonl'), set: 'team-p', readers: ['team-p-reader-d.jsonl'] },
];

function readerLabels(file: string): Map<string, Predicted> {
  const out = new Map<string, Predicted>();
  for (const line of readFileSync(join(here, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; flags: string[]; elements: string[] };
    out.set(o.id, { amends: true, flags: o.flags, elements: o.elements });
  }
  return out;
}

function engineLabels(texts: readonly Labelled[]): Map<string, Predicted> {
  forgetDrafts();
  return new Map(
    texts.map((t) => {
      const a = analyzeDraft(t.text);
      return [t.id, { amends: a.amends, flags: [...new Set(a.hints.map((h) => h.rule))], elements: ELEMENT_IDS.filter((id) => a.elements[id]?.present) }];
    }),
  );
}

const f = (x: number): string => x.toFixed(3);
function line(who: string, s: SetScore): string {
  const fl = s.flagMicro;
  return `${who.padEnd(26)} flags P ${f(fl.precision)} R ${f(fl.recall)} F1 ${f(fl.f1)}  false alarms ${(100 * s.falseAlarmRate).toFixed(1).padStart(4)} %  elements F1 ${f(s.elementMicro.f1)}`;
}

for (const study of STUDIES) {
  let texts: Labelled[];
  try {
    texts = parseCorpus(readFileSync(study.corpus, 'utf8'), study.corpus);
  } catch {
    console.log(`${study.set}: corpus not found at ${study.corpus}, skipped`);
    continue;
  }
  console.log(`\n${study.set} (${texts.length} texts; the writer's labels are the reference)`);
  const against = (labels: Map<string, Predicted>): SetScore =>
    scoreSet(texts.map((gold) => ({ gold, pred: labels.get(gold.id) ?? { amends: false, flags: [], elements: [] } })));
  for (const r of study.readers) console.log(line(`reader ${r.replace(/\.jsonl$/, '').split('-').pop()}`, against(readerLabels(r))));
  console.log(line('engine', against(engineLabels(texts))));
}
