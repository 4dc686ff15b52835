/**
 * `npm run eval [-- --corpus DIR] [--misses]`: the engine's figures on the labelled corpus.
 * Per flag and per element precision/recall, micro averages, false-alarm rate and
 * amends-detection accuracy. Targets (held-out set): flag micro-P >= 0.90, micro-R >= 0.80,
 * false alarms <= 5 %, element micro-F1 >= 0.85, amends detection >= 90 %.
 */
import { setLearnedModel } from '../../lib/analysis/sentence-analysis';
import { corpusDir, corpusPresent, evaluateCorpus } from './corpus';
import type { IdScore, Micro, SetScore } from './score';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log('usage: npm run eval -- [--corpus DIR] [--misses] [--rules-only]\n  DIR defaults to $AMENDS_CORPUS or ../shared/corpus');
  process.exit(0);
}
const dir = corpusDir(argv);
// The hand-written rules alone, without the learned scorer (which has seen every corpus here).
if (argv.includes('--rules-only')) setLearnedModel(null);
if (!corpusPresent(dir)) {
  console.error(`No corpus at ${dir} (expected texts.jsonl and messages.jsonl). Use --corpus DIR or AMENDS_CORPUS.`);
  process.exit(2);
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6) + '%';
const num = (x: number): string => x.toFixed(3);

function table(title: string, rows: IdScore[]): void {
  console.log(`\n${title}`);
  console.log('  id              labelled   tp   fp   fn   precision  recall   f1');
  for (const r of rows) {
    console.log(
      `  ${r.id.padEnd(15)} ${String(r.labelled).padStart(8)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}   ${num(r.precision)}      ${num(r.recall)}    ${num(r.f1)}`,
    );
  }
}

function microLine(name: string, m: Micro): string {
  return `${name}: P ${num(m.precision)}  R ${num(m.recall)}  F1 ${num(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
}

function summaryLines(name: string, s: SetScore): void {
  console.log(`\n${name} (${s.items} items)`);
  console.log('  ' + microLine('flags    micro', s.flagMicro));
  console.log('  ' + microLine('elements micro', s.elementMicro));
  console.log(`  false alarms: ${s.falseAlarms} of ${s.flagFree} flag-free items = ${pct(s.falseAlarmRate)}`);
}

const report = evaluateCorpus(dir);
console.log(`Corpus: ${dir}`);
table('Flags (texts + amends messages)', report.all.flags);
table('Elements (texts + amends messages)', report.all.elements);
summaryLines('All scored items', report.all);
summaryLines('Short texts', report.texts);
summaryLines('Amends messages', report.amendsMessages);
console.log(`\nAmends detection on messages: ${report.amendsCorrect} of ${report.messages} = ${pct(report.amendsAccuracy)}`);

if (argv.includes('--misses')) {
  console.log('\nDifferences (missing = labelled but not found, extra = found but not labelled):');
  for (const m of report.misses) {
    console.log(`  ${m.id.padEnd(9)} ${m.kind.padEnd(7)} missing [${m.missing.join(', ')}]  extra [${m.extra.join(', ')}]`);
  }
}
