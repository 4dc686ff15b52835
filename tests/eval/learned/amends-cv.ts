/**
 * `npm run eval:amends`: amends-detection accuracy per corpus, the hand-written weighing
 * alone against the weighing with the learned check, the check fitted each time on every
 * other corpus (leave one corpus out), then pooled.
 */
import { fitCheck, messageRows, verdictOf } from './amends-check';
import { trainingCorpora } from './corpora';

const corpora = trainingCorpora().filter((c) => c.messages.length > 0);
const rows = messageRows(corpora);
const pct = (a: number, n: number): string => `${a}/${n} (${((100 * a) / Math.max(1, n)).toFixed(1)} %)`;
let weighed = 0;
let checked = 0;
const errors = { weighed: { fp: 0, fn: 0 }, checked: { fp: 0, fn: 0 } };
console.log('corpus           weighing alone         with the check (fitted without this corpus)');
for (const c of corpora) {
  const test = rows.filter((r) => r.corpus === c.name);
  const check = fitCheck(rows.filter((r) => r.corpus !== c.name), []);
  let a = 0;
  let b = 0;
  for (const r of test) {
    const v = verdictOf(check, r);
    if (r.weighed === r.amends) a++;
    else errors.weighed[r.weighed ? 'fp' : 'fn']++;
    if (v === r.amends) b++;
    else errors.checked[v ? 'fp' : 'fn']++;
  }
  weighed += a;
  checked += b;
  console.log(`${c.name.padEnd(16)} ${pct(a, test.length).padEnd(22)} ${pct(b, test.length)}`);
}
console.log(`${'pooled'.padEnd(16)} ${pct(weighed, rows.length).padEnd(22)} ${pct(checked, rows.length)}`);
console.log(
  `ordinary mail read as amends: ${errors.weighed.fp} -> ${errors.checked.fp}; amends missed: ${errors.weighed.fn} -> ${errors.checked.fn}`,
);
