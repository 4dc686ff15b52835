/**
 * Many people at once, for the accessibility views and the list benchmark: built in Node
 * with the domain's own functions (so every record is one the app could have written and
 * passes personSchema), then written into the extension's IndexedDB from one of its pages,
 * followed by the same "reset" announcement the store sends, so open pages re-read.
 *
 * Seeding is deterministic: the same n and seed give the same people, ids and times.
 */
import type { Page } from 'playwright-core';
import {
  addCheckIn,
  addHarm,
  addPayment,
  addReflection,
  createPerson,
  editDetails,
  editOutcome,
  editPlan,
  editRestitution,
  editSafety,
  setStatus,
  tickStep,
  addDays,
  todayIso,
  AMENDS_STATUSES,
  RELATIONSHIP_SUGGESTIONS,
  STEP_IDS,
  type AmendsStatus,
  type Person,
} from '../../../lib/amends/index.ts';
import { checkPerson } from '../../../lib/amends/schema.ts';

const FIRST = ['Anna', 'José', 'Zoë', 'Mark', 'Søren', 'Émile', 'Priya', 'Kenji', 'Olu', 'Maria', 'Dmitri', 'Aoife', 'Tomás', 'Fatima', 'Ngozi', 'Lars'];
const LAST = ['Novak', 'García', 'Okafor', 'Lindqvist', 'Dubois', 'Sharma', 'Tanaka', 'Adeyemi', 'Rossi', 'Kowalski', 'Byrne', 'Haddad'];
const HARMS = [
  'Borrowed money and never paid it back',
  'Missed the café opening I promised to help with',
  'Shouted at the kids when I was drinking',
  'Lied about where I was for most of a year',
  'Took the car without asking and dented it',
  'Said cruel things at the wedding',
  'Stopped answering calls when they needed me',
  'Took credit for work that was theirs',
];
const WHEN = ['summer 2019', 'last winter', '2021-03-14', '', 'for years', 'at Christmas'];

export interface SeedOptions {
  /** Varies names and which fields are filled; default 1. */
  seed?: number;
  /** "Now" for every timestamp; default 1 May 2026. */
  now?: number;
}

/** A small, seeded pseudo-random generator (mulberry32): same seed, same list. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Moves along the usual path to `status`, as a person would, a day per step. */
function walkTo(person: Person, status: AmendsStatus, at: number): Person {
  const path: AmendsStatus[] =
    status === 'made' ? ['willing', 'planned', 'made'] : status === 'planned' ? ['willing', 'planned'] : status === 'not-willing' ? [] : [status];
  return path.reduce((p, s, i) => setStatus(p, s, at + i * 86_400_000), person);
}

/** `n` varied people: every status and kind of amends, some money owed, follow-ups, notes. */
export function makePeople(n: number, options: SeedOptions = {}): Person[] {
  const rand = random(options.seed ?? 1);
  const now = options.now ?? Date.UTC(2026, 4, 1, 12);
  const today = todayIso(now, 'UTC');
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  let counter = 0;
  const newId = () => `seed-${options.seed ?? 1}-${(++counter).toString(36).padStart(6, '0')}`;

  return Array.from({ length: n }, (_, i) => {
    const created = now - (n - i) * 3_600_000;
    let p = createPerson({ name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`, relationship: pick(RELATIONSHIP_SUGGESTIONS), what: pick(HARMS) }, created, newId);
    if (rand() < 0.4) p = addHarm(p, { what: pick(HARMS), when: pick(WHEN) }, created, newId);
    const status = AMENDS_STATUSES[i % AMENDS_STATUSES.length]!;
    const type = status === 'living' ? 'living' : pick(['undecided', 'direct', 'indirect'] as const);
    p = editDetails(p, { amendsType: type }, created);
    p = walkTo(p, status, created + 1000);
    if (rand() < 0.15 && status !== 'planned') p = editSafety(p, { noContact: true, notes: 'She asked me not to call.' }, created + 2000);
    else if (rand() < 0.2) p = editSafety(p, { harmsMe: true }, created + 2000);
    if (rand() < 0.25) {
      p = editRestitution(p, { kind: 'money', currency: pick(['EUR', 'USD', 'GBP', 'JPY']), owedMinor: 1000 + Math.floor(rand() * 50_000) }, created + 3000);
      if (rand() < 0.6) p = addPayment(p, { amountMinor: 500, date: addDays(today, -30), note: 'first part' }, created + 3000, newId);
    }
    if (status === 'planned') p = editPlan(p, { channel: 'letter', date: addDays(today, (i % 20) - 5), review: 'discussed' }, created + 4000);
    if (rand() < 0.1) p = editDetails(p, { followUp: addDays(today, (i % 10) - 5) }, created + 5000);
    if (status === 'made') p = editOutcome(p, { howItWent: 'Better than I feared.', response: 'She listened.', learned: 'To go slowly.' }, created + 6000);
    if (status === 'living') {
      p = editOutcome(p, { commitment: 'Be home for dinner on Sundays.' }, created + 6000);
      p = addCheckIn(p, { date: addDays(today, -7), kept: true, note: 'Made it.' }, created + 6000, newId);
    }
    if (rand() < 0.3) p = tickStep(p, pick(STEP_IDS), true, created + 7000, 'Talked it through');
    if (rand() < 0.2) p = addReflection(p, 'Writing this down made it feel real.', created + 8000, newId);
    return p;
  });
}

/** Throws unless every person is one the store would accept. */
export function assertStorable(people: readonly Person[]): void {
  for (const person of people) {
    const check = checkPerson(person);
    if (!check.ok) throw new Error(`Seed person ${person.id} would be refused: ${check.problems.join('; ')}`);
  }
}

/**
 * Replaces everything in the 'people' store with `people`, in one transaction, from an
 * extension page that has already opened the database (so it exists at the app's version),
 * then announces a reset so every open page re-reads the list.
 */
export async function replaceStoredPeople(page: Page, people: readonly Person[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('amends-companion');
      open.onupgradeneeded = () => {
        open.transaction?.abort();
        reject(new Error('The app has not created its database yet: open a list page first.'));
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('people', 'readwrite');
      const store = tx.objectStore('people');
      store.clear();
      for (const record of records) store.put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
    });
    db.close();
    // The store's own change announcement (lib/store/changes.ts): open views re-read.
    const channel = new BroadcastChannel('amends-changes');
    channel.postMessage({ db: 'amends-companion', event: { kind: 'reset' } });
    channel.close();
  }, people as Person[]);
}
