/**
 * `npm run eval:cv`: how the engine with a learned scorer does on each corpus when the
 * scorer was trained on all the others (leave one corpus out), against the rules alone,
 * over a grid of thresholds, then pooled over the held-out corpora. The honest figures are
 * those of corpora nobody tuned rules on (see tests/eval/corpora/README.md).
 *
 *   npm run eval:cv -- [--only team-d,team-e] [--flag 0.5,0.6] [--element 0.5] [--l2 X]
 */
import { forgetDrafts } from '../../../lib/analysis';
import { loadModel, type LabelId } from '../../../lib/analysis/learned/model';
import { setLearnedModel } from '../../../lib/analysis/sentence-analysis';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import { evaluateCorpus } from '../corpus';
import type { SetScore } from '../score';
import { trainingCorpora, trainingExamples } from './corpora';
import { THRESHOLDS } from './shipped';
import { DEFAULT_TRAINING, train } from './train';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const grid = (name: string, fallback: number[]): number[] => option(name)?.split(',').map(Number) ?? fallback;
const flagGrid = grid('--flag', [0.5, 0.6, 0.7]);
const elementGrid = grid('--element', [0.5, 0.6]);
const only = option('--only')?.split(',') ?? null;
const l2 = Number(option('--l2') ?? DEFAULT_TRAINING.l2);
const prune = Number(option('--prune') ?? DEFAULT_TRAINING.prune);

const labels: LabelId[] = [...FLAG_IDS, ...ELEMENT_IDS];
const isFlag = (l: string): boolean => (FLAG_IDS as readonly string[]).includes(l);
const corpora = trainingCorpora();
const f = (x: number): string => x.toFixed(3);

interface Pool {
  tp: number;
  fp: number;
  fn: number;
  etp: number;
  efp: number;
  efn: number;
  flagFree: number;
  alarms: number;
}
const pools = new Map<string, Pool>();

function poolOf(s: SetScore): Pool {
  const { flagMicro: f, elementMicro: e } = s;
  return { tp: f.tp, fp: f.fp, fn: f.fn, etp: e.tp, efp: e.fp, efn: e.fn, flagFree: s.flagFree, alarms: s.falseAlarms };
}

/** Adds one corpus's counts to the pooled line `tag`. */
function add(tag: string, p: Pool): void {
  const sum = pools.get(tag);
  if (!sum) pools.set(tag, { ...p });
  else for (const k of Object.keys(p) as (keyof Pool)[]) sum[k] += p[k];
}

function figures(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

function line(tag: string, p: Pool, amends?: string): string {
  const fl = figures(p.tp, p.fp, p.fn);
  const el = figures(p.etp, p.efp, p.efn);
  const fa = ((100 * p.alarms) / Math.max(1, p.flagFree)).toFixed(1);
  return `${tag.padEnd(16)} P ${f(fl.p)} R ${f(fl.r)} F1 ${f(fl.f1)} FA ${fa.padStart(5)}%  elP ${f(el.p)} elR ${f(el.r)} elF1 ${f(el.f1)}${amends ?? ''}`;
}

function run(tag: string, dir: string): void {
  forgetDrafts();
  const report = evaluateCorpus(dir);
  const one = poolOf(report.all);
  add(tag, one);
  console.log(line(tag, one, `  amends ${report.amendsCorrect}/${report.messages}`));
}

// Only corpora with messages are test folds: the training-only sets (texts alone) always train.
for (const held of corpora) {
  if (held.messages.length === 0 || (only && !only.includes(held.name))) continue;
  const examples = trainingExamples(corpora.filter((c) => c !== held));
  console.log(`\n== ${held.name} (trained on ${examples.length} texts from the others)`);
  setLearnedModel(null);
  run('rules only', held.dir);
  const file = train(examples, { ...DEFAULT_TRAINING, l2, prune, labels, thresholds: labels.map(() => 0.5) }, { corpora: [], digest: '', examples: examples.length });
  setLearnedModel(loadModel({ ...file, thresholds: labels.map((l) => THRESHOLDS[l]) }));
  run('shipped', held.dir);
  for (const tf of flagGrid) {
    for (const te of elementGrid) {
      setLearnedModel(loadModel({ ...file, thresholds: labels.map((l) => (isFlag(l) ? tf : te)) }));
      run(`flag ${tf} el ${te}`, held.dir);
    }
  }
}
setLearnedModel(undefined);
forgetDrafts();

console.log('\n== pooled over the held-out corpora above');
for (const [tag, p] of pools) console.log(line(tag, p));
