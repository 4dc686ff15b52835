/**
 * The lock benchmark's workload, shared by the Node run (fake-indexeddb) and the Chromium
 * run (real IndexedDB and WebCrypto): the same people, the same steps, figures returned.
 */
import { addHarm, addReflection, createPerson, editPlan, setStatus } from '../../../lib/amends';
import { AMENDS_STATUSES, type Person } from '../../../lib/amends/types';
import { MemoryKeyVault } from '../../../lib/store/key-vault';
import { IdbAmendsRepository } from '../../../lib/store/repository';

const NAMES = ['Anna', 'José', 'Zoë', 'Mark', 'Søren', 'Émile', 'Priya', 'Kenji', 'Olu', 'Maria'];
const HARMS = ['Borrowed money and never paid it back', 'Missed the café opening', 'Shouted at the kids', 'Lied about where I was'];
const PASSPHRASE = 'a fairly long passphrase of several words';

export function makePeople(n: number): Person[] {
  let id = 0;
  const newId = () => `id-${++id}`;
  return Array.from({ length: n }, (_, i) => {
    const t = 1_700_000_000_000 + i * 1000;
    let p = createPerson({ name: `${NAMES[i % NAMES.length]} ${i}`, relationship: 'friend', what: HARMS[i % HARMS.length] }, t, newId);
    p = addHarm(p, { what: HARMS[(i + 1) % HARMS.length]!, when: `summer ${2000 + (i % 25)}` }, t, newId);
    p = editPlan(p, { channel: 'letter', approach: 'Write first, then offer to meet somewhere quiet. '.repeat(3), date: null, review: 'discussed' }, t);
    p = addReflection(p, 'Scared but ready. Talked it over with my sponsor on Sunday.', t, newId);
    const status = AMENDS_STATUSES[i % AMENDS_STATUSES.length]!;
    return status === 'not-willing' ? p : setStatus(p, status, t + 1);
  });
}

export interface Figure {
  label: string;
  median: number;
  worst: number;
  runs: number;
}

async function time(figures: Figure[], label: string, runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  figures.push({ label, median, worst: samples.at(-1)!, runs });
  return median;
}

export interface LockBenchResult {
  figures: Figure[];
  unlock: number;
  plainOpen: number;
  lockedOpen: number;
  plainLater: number;
  lockedLater: number;
}

export async function runLockWorkload(n: number, prefix: string): Promise<LockBenchResult> {
  const figures: Figure[] = [];
  const people = makePeople(n);
  const vault = new MemoryKeyVault();
  const plainName = `${prefix}-plain`;
  const lockedName = `${prefix}-locked`;
  const plain = new IdbAmendsRepository(plainName, { vault: new MemoryKeyVault() });
  const locked = new IdbAmendsRepository(lockedName, { vault });
  await plain.importPeople(people);
  await locked.importPeople(people);

  await time(figures, `enableLock: derive, seal ${n}, one transaction`, 1, () => locked.enableLock(PASSPHRASE));
  await time(figures, `changePassphrase: open ${n}, new key, seal ${n}`, 1, () => locked.changePassphrase(PASSPHRASE, `${PASSPHRASE}!`));
  await locked.changePassphrase(`${PASSPHRASE}!`, PASSPHRASE);

  const unlock = await time(figures, 'unlock() at the production iteration count', 5, async () => {
    await locked.lock();
    await locked.unlock(PASSPHRASE);
  });

  // A page opening (popup, side panel): a new repository, its own connection, first read.
  const openPage = (name: string) => async () => {
    const page = new IdbAmendsRepository(name, { vault });
    await page.list();
    await page.close();
  };
  // Alternate the two so background load on a shared machine falls on both alike.
  const plainSamples: number[] = [];
  const lockedSamples: number[] = [];
  for (let i = 0; i < 9; i++) {
    let t = performance.now();
    await openPage(plainName)();
    plainSamples.push(performance.now() - t);
    t = performance.now();
    await openPage(lockedName)();
    lockedSamples.push(performance.now() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const plainOpen = med(plainSamples);
  const lockedOpen = med(lockedSamples);
  figures.push({ label: `page opens, list() of ${n}, lock off`, median: plainOpen, worst: Math.max(...plainSamples), runs: 9 });
  figures.push({ label: `page opens, list() of ${n}, lock on (opens all)`, median: lockedOpen, worst: Math.max(...lockedSamples), runs: 9 });

  await plain.list();
  const plainLater = await time(figures, `later list() of ${n}, lock off`, 15, () => plain.list());
  await locked.list();
  const lockedLater = await time(figures, `later list() of ${n}, lock on (opened people reused)`, 15, () => locked.list());

  const id = people[Math.floor(n / 2)]!.id;
  let k = 0;
  await time(figures, 'update() one person, lock off', 30, () => plain.update(id, (p) => ({ ...p, relationship: `friend ${++k}` })));
  await time(figures, 'update() one person, lock on', 30, () => locked.update(id, (p) => ({ ...p, relationship: `friend ${++k}` })));

  await Promise.all([plain.close(), locked.close()]);
  return { figures, unlock, plainOpen, lockedOpen, plainLater, lockedLater };
}

export function printResult(title: string, result: LockBenchResult): void {
  console.log(`\n${title}`);
  for (const f of result.figures) {
    console.log(`  ${f.label.padEnd(52)} median ${f.median.toFixed(1).padStart(8)} ms   worst ${f.worst.toFixed(1).padStart(8)} ms   (${f.runs} runs)`);
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('  Against the targets:');
  console.log(`    unlock ${result.unlock.toFixed(0)} ms (target < 1000 ms): ${verdict(result.unlock < 1000)}`);
  console.log(`    page opening: ${ratio(result.lockedOpen, result.plainOpen)} of lock off (target ≤ 1.5×): ${verdict(result.lockedOpen <= 1.5 * result.plainOpen)}`);
  console.log(`    later reads in an open page: ${ratio(result.lockedLater, result.plainLater)} of lock off (target ≤ 1.5×): ${verdict(result.lockedLater <= 1.5 * result.plainLater)}`);
}
