import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Person, Restitution } from '../amends/types';

/**
 * The database's history, one step per version. `MIGRATIONS[n]` upgrades a database from
 * version n to n + 1; opening runs every step from the stored version to SCHEMA_VERSION in
 * the single versionchange transaction, so an upgrade happens completely or not at all.
 * Never edit a shipped step: add a new one.
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/**
 * Version 1 stored people without `restitution.kind` (money vs other repair was implied by
 * the fields) and without `outcome.commitment` / `outcome.checkIns` (no living-amends
 * check-ins yet); it had no indices and no meta store.
 */
export type PersonV1 = Omit<Person, 'restitution' | 'outcome'> & {
  restitution: Omit<Restitution, 'kind'>;
  outcome: Omit<Person['outcome'], 'commitment' | 'checkIns'>;
};

/** A version-1 person as version 2 stores it. Anything already in v2 shape is kept as is. */
export function upgradePersonV1(old: PersonV1): Person {
  const r = old.restitution as Partial<Restitution> & PersonV1['restitution'];
  const o = old.outcome as Partial<Person['outcome']> & PersonV1['outcome'];
  const payments = Array.isArray(r.payments) ? r.payments : [];
  const kind: Restitution['kind'] =
    r.kind ?? (r.owedMinor > 0 || payments.length > 0 ? 'money' : r.description?.trim() ? 'other' : 'none');
  return {
    ...old,
    restitution: { ...r, payments, kind },
    outcome: { ...o, commitment: o.commitment ?? '', checkIns: Array.isArray(o.checkIns) ? o.checkIns : [] },
  };
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the list of people, keyed by id.
  (db) => {
    db.createObjectStore('people', { keyPath: 'id' });
  },
  // 1 → 2: indices for the views (status filter, recent changes, follow-ups due), a meta
  // store for bookkeeping (change count, last backup), and v2 fields on every person.
  async (db, tx) => {
    const people = tx.objectStore('people');
    people.createIndex('by-status', 'status');
    people.createIndex('by-updatedAt', 'updatedAt');
    // People without a follow-up (null) are simply left out of this index.
    people.createIndex('by-followUp', 'followUp');
    db.createObjectStore('meta');
    let cursor = await people.openCursor();
    while (cursor) {
      await cursor.update(upgradePersonV1(cursor.value as PersonV1));
      cursor = await cursor.continue();
    }
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the steps from `oldVersion` up to `newVersion` in order. Steps may be async (cursor
 * walks) but only await IndexedDB requests, which keeps the upgrade transaction alive.
 */
export function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  // An aborted upgrade is reported by openDB itself; this keeps idb's `done` promise for
  // the upgrade transaction from also surfacing as an unhandled rejection.
  tx.done.catch(() => {});
  let chain = Promise.resolve();
  for (let v = oldVersion; v < newVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from database version ${v}`);
    chain = chain.then(() => step(db, tx));
  }
  return chain.catch((error: unknown) => {
    // A failed step must not leave a half-upgraded database: abort rolls everything back.
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    throw error;
  });
}
