/**
 * The "shipped" line of `npm run eval:cv` alone (no rules-only run, no threshold grid), with
 * per-fold counts printed as JSON so shards run in parallel can be pooled afterwards.
 *
 *   tsx tests/eval/learned/cv-shipped.ts [--shard 0/2] [--reverse] [--l2 X] [--prune X] [--min X]
 *
 * --reverse takes the shard's folds last first, so a second process can meet the first halfway.
 */
import { forgetDrafts } from '../../../lib/analysis';
import { loadModel, type LabelId } from '../../../lib/analysis/learned/model';
import { setLearnedModel } from '../../../lib/analysis/sentence-analysis';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import { evaluateCorpus } from '../corpus';
import { trainingCorpora, trainingExamples } from './corpora';
import { THRESHOLDS } from './shipped';
import { DEFAULT_TRAINING, train } from './train';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const [shard, shards] = (option('--shard') ?? '0/1').split('/').map(Number) as [number, number];
const l2 = Number(option('--l2') ?? DEFAULT_TRAINING.l2);
const prune = Number(option('--prune') ?? DEFAULT_TRAINING.prune);
const minCount = Number(option('--min') ?? DEFAULT_TRAINING.minCount);
const labels: LabelId[] = [...FLAG_IDS, ...ELEMENT_IDS];
const corpora = trainingCorpora();
const folds = corpora.filter((c) => c.messages.length > 0).filter((_, i) => i % shards === shard);
if (argv.includes('--reverse')) folds.reverse();
for (const held of folds) {
  const examples = trainingExamples(corpora.filter((c) => c !== held));
  const file = train(examples, { ...DEFAULT_TRAINING, l2, prune, minCount, labels, thresholds: labels.map(() => 0.5) }, { corpora: [], digest: '', examples: examples.length });
  setLearnedModel(loadModel({ ...file, thresholds: labels.map((l) => THRESHOLDS[l]) }));
  forgetDrafts();
  const s = evaluateCorpus(held.dir).all;
  const { flagMicro: f, elementMicro: e } = s;
  console.log(JSON.stringify({ fold: held.name, tp: f.tp, fp: f.fp, fn: f.fn, etp: e.tp, efp: e.fp, efn: e.fn, flagFree: s.flagFree, alarms: s.falseAlarms }));
}
setLearnedModel(undefined);
