/**
 * `npm run eval:thresholds`: picks each label's threshold for the shipped model from
 * leave-one-corpus-out runs. For each label, the lowest threshold (never below 0.6 for a
 * flag, which nudges a person, nor 0.5 for an element) at which what the model adds to the rules
 * (pooled over every held-out corpus) is still right often enough: at least
 * MARGINAL_PRECISION of its additions must be labelled. Labels where no threshold
 * does that are left to the rules (threshold 1: never). Prints the table and the choice.
 */
import { forgetDrafts } from '../../../lib/analysis';
import { loadModel } from '../../../lib/analysis/learned/model';
import { setLearnedModel } from '../../../lib/analysis/sentence-analysis';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import { evaluateCorpus } from '../corpus';
import { trainingCorpora, trainingExamples } from './corpora';
import { DEFAULT_TRAINING, train } from './train';

/** Flags nag: what the model adds must be right four times in five. Elements only inform. */
export const MARGINAL_PRECISION = { flag: 0.8, element: 0.65 } as const;
const GRID = [0.5, 0.6, 0.7, 0.8, 0.9];
const FLOOR = { flag: 0.6, element: 0.5 } as const;

const labels = [...FLAG_IDS, ...ELEMENT_IDS];
const corpora = trainingCorpora();
// counts[label][k] = [tp, fp, fn]; k = 0 is the rules alone, k = i + 1 is GRID[i].
const counts = new Map<string, number[][]>(labels.map((l) => [l, [0, ...GRID].map(() => [0, 0, 0])]));

for (const held of corpora) {
  if (held.messages.length === 0) continue;
  const examples = trainingExamples(corpora.filter((c) => c !== held));
  const file = train(examples, { ...DEFAULT_TRAINING, labels, thresholds: labels.map(() => 0.5) }, { corpora: [], digest: '', examples: 0 });
  [null, ...GRID].forEach((t, k) => {
    setLearnedModel(t === null ? null : loadModel({ ...file, thresholds: labels.map(() => t) }));
    forgetDrafts();
    const all = evaluateCorpus(held.dir).all;
    for (const s of [...all.flags, ...all.elements]) {
      const c = counts.get(s.id)![k]!;
      c[0]! += s.tp;
      c[1]! += s.fp;
      c[2]! += s.fn;
    }
  });
  process.stderr.write(`${held.name} `);
}
setLearnedModel(undefined);
forgetDrafts();
process.stderr.write('\n');

const chosen: Record<string, number> = {};
console.log(`label           rules tp/fp/fn   ${GRID.map((g) => `t${g} +tp/+fp`.padEnd(13)).join(' ')}  chosen`);
for (const l of labels) {
  const c = counts.get(l)!;
  const [tp0, fp0, fn0] = c[0]!;
  const kind = (FLAG_IDS as readonly string[]).includes(l) ? 'flag' : 'element';
  const need = MARGINAL_PRECISION[kind];
  let pick = 1;
  for (let i = 0; i < GRID.length; i++) {
    if (GRID[i]! < FLOOR[kind]) continue;
    const addTp = c[i + 1]![0]! - tp0!;
    const addFp = c[i + 1]![1]! - fp0!;
    if (addTp > 0 && addTp / (addTp + addFp) >= need) {
      pick = GRID[i]!;
      break;
    }
  }
  chosen[l] = pick;
  const cells = GRID.map((_, i) => `+${c[i + 1]![0]! - tp0!}/+${c[i + 1]![1]! - fp0!}`.padEnd(13)).join(' ');
  console.log(`${l.padEnd(15)} ${`${tp0}/${fp0}/${fn0}`.padEnd(16)} ${cells}  ${pick}`);
}
console.log('\nThresholds for tests/eval/learned/shipped.ts:');
console.log(JSON.stringify(chosen, null, 2));
