/**
 * For engine.bench.ts, in a fresh process: the first analysis after the engine loads, with no
 * warm-up before it (a background worker woken by a keystroke). Prints CPU and wall time as
 * JSON. The CPU figure counts the compiler's helper threads too.
 */
import { analyzeDraft } from '../../../lib/analysis';
import { makeDraft } from '../drafts';

const text = makeDraft(Number(process.argv[2] ?? 300), 101);
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
analyzeDraft(text);
console.log(JSON.stringify({ wall: performance.now() - t0, cpu: cpu() - c0 }));
