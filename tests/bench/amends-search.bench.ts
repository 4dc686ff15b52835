/**
 * The list's pure work at 1,000 and 10,000 people, in Node: building search keys (first
 * search), one keystroke with warm keys, the default sort, and progress counting. The
 * in-browser render figures live in the UI benches; these isolate the domain's share of the
 * "keystroke to updated list under 50 ms at 10,000" budget.
 */
import { performance } from 'node:perf_hooks';
import { addHarm, createPerson, progress, searchPeople, setStatus, sortPeople, SearchKeyCache } from '../../lib/amends';
import { AMENDS_STATUSES, type Person } from '../../lib/amends/types';

const FIRST = ['Anna', 'José', 'Zoë', 'Mark', 'Søren', 'Émile', 'Priya', 'Kenji', 'Olu', 'Maria'];
const HARMS = ['Borrowed money and never paid it back', 'Missed the café opening', 'Shouted at the kids', 'Lied about where I was', 'Took the car without asking'];

function makePeople(n: number): Person[] {
  let id = 0;
  const newId = () => `id-${++id}`;
  return Array.from({ length: n }, (_, i) => {
    let p = createPerson({ name: `${FIRST[i % FIRST.length]} ${i}`, relationship: 'friend', what: HARMS[i % HARMS.length] }, 1_700_000_000_000 + i, newId);
    p = addHarm(p, { what: HARMS[(i + 2) % HARMS.length]!, when: `summer ${2000 + (i % 25)}` }, p.createdAt, newId);
    const status = AMENDS_STATUSES[i % AMENDS_STATUSES.length]!;
    return status === 'not-willing' ? p : setStatus(p, status, p.createdAt + 1);
  });
}

function time(label: string, runs: number, fn: () => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const worst = samples.at(-1)!;
  console.log(`  ${label.padEnd(44)} median ${median.toFixed(2).padStart(7)} ms   worst ${worst.toFixed(2).padStart(7)} ms`);
}

for (const n of [1_000, 10_000]) {
  console.log(`\n${n.toLocaleString('en')} people`);
  const people = makePeople(n);
  const cold = new SearchKeyCache();
  time('first search (builds every key)', 1, () => searchPeople(people, 'cafe', {}, (p) => cold.get(p)));
  const cache = new SearchKeyCache();
  const keyOf = (p: Person) => cache.get(p);
  searchPeople(people, 'x', {}, keyOf);
  // Typing "jose borrowed" one letter at a time, as a person would.
  const keystrokes = Array.from('jose borrowed', (_, i) => 'jose borrowed'.slice(0, i + 1));
  time('keystroke, warm keys (typing "jose borrowed")', 5, () => keystrokes.forEach((q) => searchPeople(people, q, {}, keyOf)));
  time('one keystroke, warm keys, with status filter', 20, () => searchPeople(people, 'zoe summer', { status: ['willing', 'planned'] }, keyOf));
  time('re-read: fresh copies, cache by id+updatedAt', 5, () => {
    const copies = people.map((p) => ({ ...p }));
    searchPeople(copies, 'anna', {}, keyOf);
  });
  time('sortPeople (default order)', 10, () => sortPeople(people, '2026-05-01'));
  time('progress()', 20, () => progress(people));
}
console.log('\n(keystroke rows for "jose borrowed" are the total for all 13 keystrokes)');
