import { openDB } from 'idb';
import {
  addCheckIn,
  addHarm,
  addPayment,
  addReflection,
  createPerson,
  editOutcome,
  editPlan,
  editRestitution,
  editSafety,
  setStatus,
  tickStep,
} from '../../../lib/amends';
import type { Person } from '../../../lib/amends/types';
import { openRepository, type IdbAmendsRepository } from '../../../lib/store';

let counter = 0;
const opened: IdbAmendsRepository[] = [];

/** A repository on a database no other test uses. */
export function backupTestRepository(): IdbAmendsRepository {
  counter += 1;
  let t = Date.UTC(2026, 5, 1, 12);
  const repo = openRepository(`backup-test-${counter}-${Math.random().toString(36).slice(2)}`, { now: () => (t += 1000) });
  opened.push(repo);
  return repo;
}

export async function closeRepositories(): Promise<void> {
  await Promise.all(opened.splice(0).map((r) => r.close()));
}

/**
 * Every store, every key and record, as JSON: a "byte-for-byte" picture of the database.
 * Open the repository first: opening an unknown name here would create an empty v1 database.
 */
export async function dumpDatabase(dbName: string): Promise<string> {
  const db = await openDB(dbName);
  const dump: Record<string, { indexes: string[]; rows: [unknown, unknown][] }> = {};
  for (const name of Array.from(db.objectStoreNames).sort()) {
    const tx = db.transaction(name);
    const rows: [unknown, unknown][] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      rows.push([cursor.key, cursor.value]);
      cursor = await cursor.continue();
    }
    dump[name] = { indexes: Array.from(tx.store.indexNames).sort(), rows };
  }
  db.close();
  return JSON.stringify(dump);
}

const T0 = Date.UTC(2026, 2, 1, 9);

/**
 * A person with every part of the record filled in (harms, plan, steps, safety, money,
 * outcome, check-ins, reflections), so round trips and the sheet have something to lose.
 */
export function richPerson(name: string, n: number, extra: { harm?: string; note?: string } = {}): Person {
  let seq = 0;
  const ids = () => `${name.toLowerCase().replace(/\W+/g, '-')}-${n}-${++seq}`;
  let t = T0 + n * 86_400_000;
  const at = () => (t += 60_000);
  let p = createPerson({ name, relationship: 'friend', what: extra.harm ?? `I broke a promise to ${name}` }, at(), ids);
  p = addHarm(p, { what: 'Borrowed money and did not pay it back', when: 'spring 2024' }, at(), ids);
  p = setStatus(p, 'willing', at());
  p = setStatus(p, 'planned', at());
  p = editPlan(p, { channel: 'letter', approach: extra.note ?? 'Write first, then offer to meet.', date: '2026-07-01', review: 'discussed' }, at());
  p = tickStep(p, 'acknowledge', true, at(), 'Wrote it all down');
  p = tickStep(p, 'responsibility', true, at());
  p = editSafety(p, { harmsMe: true, notes: 'Meet somewhere public.' }, at());
  p = editRestitution(p, { kind: 'money', currency: 'USD', owedMinor: 30_000 }, at());
  p = addPayment(p, { amountMinor: 12_050, date: '2026-04-02', note: 'First part, by transfer' }, at(), ids);
  p = addPayment(p, { amountMinor: 7_525, date: '2026-05-02' }, at(), ids);
  p = editOutcome(p, { howItWent: 'Better than I feared.', response: 'Thanked me.', learned: 'Patience.', followUpNeeded: true, commitment: 'Call monthly.' }, at());
  p = addCheckIn(p, { date: '2026-05-20', kept: true, note: 'Called on time' }, at(), ids);
  p = addReflection(p, 'Scared but ready.\nTalked to my sponsor.', at(), ids);
  p = addReflection(p, 'Second thoughts today.', at(), ids);
  return { ...p, followUp: '2026-08-01' };
}
