import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createPerson } from '../../../lib/amends';
import { personSchema } from '../../../lib/amends/schema';
import type { Person } from '../../../lib/amends/types';
import { SCHEMA_VERSION } from '../../../lib/store';
import { MIGRATIONS, runMigrations, type PersonV1 } from '../../../lib/store/migrations';
import { closeAll, freshDbName, testRepository } from './helpers';

afterEach(closeAll);

/** A person as version 1 stored them: no restitution.kind, no outcome.commitment/checkIns. */
function v1Person(name: string, id: string, shape: (p: Person) => Person = (p) => p): PersonV1 {
  const p = shape(createPerson({ name, what: `what happened with ${name}` }, 1_700_000_000_000, (() => {
    let n = 0;
    return () => `${id}-${n++}`;
  })()));
  const { kind: _kind, ...restitution } = p.restitution;
  const { commitment: _c, checkIns: _ci, ...outcome } = p.outcome;
  return { ...p, restitution, outcome };
}

/** Writes a database exactly as schema version 1 did, with raw idb (not the migration list). */
async function writeV1Database(name: string, people: PersonV1[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(raw) {
      raw.createObjectStore('people', { keyPath: 'id' });
    },
  });
  const tx = db.transaction('people', 'readwrite');
  await Promise.all([...people.map((p) => tx.store.put(p)), tx.done]);
  db.close();
}

describe('schema migrations', () => {
  it('the current schema version is 2, one migration per version', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  it('opens a version-1 database and finds all its people, upgraded to the current shape', async () => {
    const name = freshDbName();
    const owes = v1Person('Landlord', 'a', (p) => ({
      ...p,
      restitution: { ...p.restitution, currency: 'GBP', owedMinor: 45_000, payments: [{ id: 'pay1', amountMinor: 5_000, date: '2025-01-10', note: 'first' }] },
    }));
    const repair = v1Person('Neighbour', 'b', (p) => ({ ...p, restitution: { ...p.restitution, description: 'Fix the fence I broke' } }));
    const plain = v1Person('Sister', 'c', (p) => ({ ...p, status: 'willing', statusHistory: [...p.statusHistory, { status: 'willing', at: 1_700_000_100_000 }], followUp: '2026-01-01' }));
    await writeV1Database(name, [owes, repair, plain]);

    const repo = testRepository(name);
    const people = await repo.list();
    expect(people.map((p) => p.name).sort()).toEqual(['Landlord', 'Neighbour', 'Sister']);
    for (const person of people) expect(personSchema.safeParse(person).success).toBe(true);

    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect(byName.Landlord!.restitution).toEqual({ ...owes.restitution, kind: 'money' });
    expect(byName.Neighbour!.restitution.kind).toBe('other');
    expect(byName.Sister!.restitution.kind).toBe('none');
    expect(byName.Sister!.outcome).toEqual({ ...plain.outcome, commitment: '', checkIns: [] });
    // Everything else is carried over untouched.
    const { restitution: _r, outcome: _o, ...rest } = plain;
    expect(byName.Sister).toMatchObject(rest);
  });

  it('adds the version-2 indices and meta store, and the indices find upgraded people', async () => {
    const name = freshDbName();
    const due = v1Person('Due', 'd', (p) => ({ ...p, followUp: '2026-02-01' }));
    await writeV1Database(name, [due, v1Person('No follow-up', 'e')]);
    const repo = testRepository(name);
    await repo.list();
    await repo.close();

    const db = await openDB(name);
    expect(db.version).toBe(2);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['meta', 'people']);
    const tx = db.transaction('people');
    expect(Array.from(tx.store.indexNames).sort()).toEqual(['by-followUp', 'by-status', 'by-updatedAt']);
    expect((await tx.store.index('by-followUp').getAll()).map((p: Person) => p.name)).toEqual(['Due']);
    expect(await tx.store.index('by-status').count('not-willing')).toBe(2);
    db.close();
  });

  it('a failing migration step leaves the old database as it was', async () => {
    const name = freshDbName();
    await writeV1Database(name, [v1Person('Kept', 'k')]);
    const broken = [
      MIGRATIONS[0]!,
      async (db: Parameters<(typeof MIGRATIONS)[number]>[0], tx: Parameters<(typeof MIGRATIONS)[number]>[1]) => {
        await MIGRATIONS[1]!(db, tx);
        throw new Error('power cut');
      },
    ];
    let upgrade: Promise<void> = Promise.resolve();
    await expect(
      openDB(name, 2, {
        upgrade(db, oldVersion, newVersion, tx) {
          upgrade = runMigrations(db, tx as never, oldVersion, newVersion ?? 2, broken);
          upgrade.catch(() => {});
        },
      }),
    ).rejects.toThrow();
    await expect(upgrade).rejects.toThrow('power cut');

    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(Array.from(db.objectStoreNames)).toEqual(['people']);
    const [kept] = (await db.getAll('people')) as PersonV1[];
    expect(kept?.name).toBe('Kept');
    expect('kind' in kept!.restitution).toBe(false);
    db.close();
  });

  it('creates a new database straight at the current version', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    const added = await repo.add({ name: 'First' });
    await repo.close();
    const db = await openDB(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await db.get('people', added.id)).toEqual(added);
    db.close();
  });
});
