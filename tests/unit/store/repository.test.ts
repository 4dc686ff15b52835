import { afterEach, describe, expect, it, vi } from 'vitest';
import { addHarm, addPayment, createPerson, setStatus, tickStep } from '../../../lib/amends';
import type { Person } from '../../../lib/amends/types';
import { ImportRejectedError, InvalidPersonError, PersonNotFoundError } from '../../../lib/store';
import { closeAll, dumpDatabase, freshDbName, testRepository } from './helpers';

afterEach(closeAll);

describe('repository CRUD', () => {
  it('adds a person with defaults and reads them back', async () => {
    const repo = testRepository();
    const added = await repo.add({ name: 'Mum', relationship: 'parent', what: 'Missed her birthday' });
    expect(added.status).toBe('not-willing');
    expect(await repo.get(added.id)).toEqual(added);
    expect(await repo.list()).toEqual([added]);
  });

  it('keeps data across connections (close and reopen)', async () => {
    const name = freshDbName();
    const first = testRepository(name);
    const added = await first.add({ name: 'Sam' });
    await first.close();
    const second = testRepository(name);
    expect(await second.get(added.id)).toEqual(added);
  });

  it('rejects an empty name with a message and stores nothing', async () => {
    const repo = testRepository();
    await expect(repo.add({ name: '   ' })).rejects.toThrow(/name/i);
    expect(await repo.list()).toEqual([]);
  });

  it('updates with a pure change, sets updatedAt and keeps id and createdAt', async () => {
    const repo = testRepository();
    const added = await repo.add({ name: 'Alex' });
    const updated = await repo.update(added.id, (p) => ({ ...setStatus(p, 'willing', 5), id: 'hijacked', createdAt: 1 }));
    expect(updated.id).toBe(added.id);
    expect(updated.createdAt).toBe(added.createdAt);
    expect(updated.updatedAt).toBeGreaterThan(added.updatedAt);
    expect(updated.status).toBe('willing');
    expect(await repo.get(added.id)).toEqual(updated);
    expect(await repo.get('hijacked')).toBeUndefined();
  });

  it('moves updatedAt forward even when the clock has not moved', async () => {
    const repo = testRepository(freshDbName(), { now: () => 1_000 });
    const added = await repo.add({ name: 'Alex' });
    const once = await repo.update(added.id, (p) => ({ ...p, relationship: 'friend' }));
    const twice = await repo.update(added.id, (p) => ({ ...p, relationship: 'old friend' }));
    expect(once.updatedAt).toBeGreaterThan(added.updatedAt);
    expect(twice.updatedAt).toBeGreaterThan(once.updatedAt);
  });

  it('rejects an update to an unknown id', async () => {
    const repo = testRepository();
    await expect(repo.update('nobody', (p) => p)).rejects.toBeInstanceOf(PersonNotFoundError);
  });

  it('removes a person and restores them exactly as they were', async () => {
    const repo = testRepository();
    let person = await repo.add({ name: 'Jo', what: 'Borrowed money and lied about it' });
    person = await repo.update(person.id, (p) => addPayment(tickStep(p, 'remorse', true, 7), { amountMinor: 500, date: '2026-05-01' }, 8));
    const removed = await repo.remove(person.id);
    expect(removed).toEqual(person);
    expect(await repo.get(person.id)).toBeUndefined();
    await repo.restore(removed!);
    expect(await repo.get(person.id)).toEqual(person);
  });

  it('remove of an unknown id resolves undefined and changes nothing', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    await repo.add({ name: 'Jo' });
    const before = await dumpDatabase(name);
    expect(await repo.remove('nobody')).toBeUndefined();
    expect(await dumpDatabase(name)).toBe(before);
  });

  it('lists people in the default order: needing attention first, then by name', async () => {
    const repo = testRepository();
    const zed = await repo.add({ name: 'Zed' });
    const amy = await repo.add({ name: 'Amy' });
    const made = await repo.add({ name: 'Bea' });
    await repo.update(zed.id, (p) => setStatus(setStatus(p, 'willing', 1), 'planned', 2));
    await repo.update(made.id, (p) => setStatus(p, 'made', 3));
    expect((await repo.list()).map((p) => p.name)).toEqual(['Zed', 'Amy', 'Bea']);
    expect(amy.status).toBe('not-willing');
  });

  it('deleteEverything removes every person and every meta record', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    await repo.add({ name: 'A' });
    await repo.add({ name: 'B' });
    await repo.recordBackup(123);
    await repo.deleteEverything();
    expect(await repo.list()).toEqual([]);
    expect(JSON.parse(await dumpDatabase(name))).toEqual({ meta: [], people: [] });
    expect(await repo.readMeta()).toEqual({ changeCount: 0, lastBackupAt: null });
  });

  it('counts committed writes in meta and remembers the last backup', async () => {
    const repo = testRepository();
    const p = await repo.add({ name: 'A' });
    await repo.update(p.id, (x) => ({ ...x, relationship: 'friend' }));
    await expect(repo.update(p.id, () => { throw new Error('no'); })).rejects.toThrow();
    await repo.recordBackup(42);
    expect(await repo.readMeta()).toEqual({ changeCount: 2, lastBackupAt: 42 });
  });
});

describe('update atomicity', () => {
  it('a change function that throws leaves the record as it was', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    const person = await repo.add({ name: 'Kim', what: 'Shouted at her' });
    const before = await dumpDatabase(name);
    await expect(
      repo.update(person.id, () => {
        throw new Error('changed my mind halfway');
      }),
    ).rejects.toThrow('changed my mind halfway');
    expect(await dumpDatabase(name)).toBe(before);
    expect(await repo.get(person.id)).toEqual(person);
  });

  it('a change that produces an invalid person is refused and nothing is written', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    const person = await repo.add({ name: 'Kim' });
    const before = await dumpDatabase(name);
    const error = await repo
      .update(person.id, (p) => ({ ...p, name: 'x'.repeat(10_000), restitution: { ...p.restitution, owedMinor: 1.5 } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPersonError);
    expect((error as InvalidPersonError).problems.join('\n')).toMatch(/name/);
    expect((error as InvalidPersonError).problems.join('\n')).toMatch(/owedMinor/);
    expect(await dumpDatabase(name)).toBe(before);
  });

  it('the repository stays usable after a failed update', async () => {
    const repo = testRepository();
    const person = await repo.add({ name: 'Kim' });
    await expect(repo.update(person.id, () => { throw new Error('x'); })).rejects.toThrow();
    const ok = await repo.update(person.id, (p) => addHarm(p, { what: 'Broke a promise' }, 9));
    expect(ok.harms.map((h) => h.what)).toEqual(['Broke a promise']);
  });

  it('returning the same object writes and announces nothing', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    const person = await repo.add({ name: 'Kim' });
    const before = await dumpDatabase(name);
    const listener = vi.fn();
    repo.subscribe(listener);
    const result = await repo.update(person.id, (p) => setStatus(p, 'not-willing', 99));
    expect(result).toEqual(person);
    expect(await dumpDatabase(name)).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('restore refuses a malformed person', async () => {
    const repo = testRepository();
    const bad = { ...createPerson({ name: 'A' }, 1), status: 'maybe' } as unknown as Person;
    await expect(repo.restore(bad)).rejects.toBeInstanceOf(InvalidPersonError);
    expect(await repo.list()).toEqual([]);
  });
});

describe('import', () => {
  const seed = async (repo: ReturnType<typeof testRepository>) => {
    const a = await repo.add({ name: 'Stored A', what: 'first harm' });
    const b = await repo.add({ name: 'Stored B' });
    return { a, b };
  };

  it('plans and applies: new people added, same ids replaced, others kept', async () => {
    const repo = testRepository();
    const { a, b } = await seed(repo);
    const replacement = { ...setStatus(a, 'willing', a.updatedAt + 5), name: 'Stored A (from backup)' };
    const fresh = createPerson({ name: 'New C' }, 10, () => 'id-c');
    expect(await repo.planImport([replacement, fresh])).toEqual({ added: 1, updated: 1, untouched: 1 });
    expect(await repo.importPeople([replacement, fresh])).toEqual({ added: 1, updated: 1, untouched: 1 });
    expect(await repo.get(a.id)).toEqual(replacement);
    expect(await repo.get(b.id)).toEqual(b);
    expect(await repo.get('id-c')).toEqual(fresh);
  });

  it('planImport does not write', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    await seed(repo);
    const before = await dumpDatabase(name);
    await repo.planImport([createPerson({ name: 'New' }, 10)]);
    expect(await dumpDatabase(name)).toBe(before);
  });

  it('one invalid person in a batch: nothing written, database byte-for-byte as before', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    await seed(repo);
    const before = await dumpDatabase(name);
    const good = Array.from({ length: 50 }, (_, i) => createPerson({ name: `Good ${i}` }, 10 + i));
    const hostile = { ...createPerson({ name: '<script>alert(1)</script>' }, 5), harms: 'not a list' };
    const error = await repo.importPeople([...good.slice(0, 25), hostile as unknown as Person, ...good.slice(25)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rejected).toEqual([
      expect.objectContaining({ index: 25, name: '<script>alert(1)</script>' }),
    ]);
    expect((error as ImportRejectedError).message).toMatch(/nothing was imported/);
    expect(await dumpDatabase(name)).toBe(before);
  });

  it('rejects a batch that lists the same id twice', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    const before = await dumpDatabase(name);
    const p = createPerson({ name: 'Twice' }, 10, () => 'same');
    await expect(repo.importPeople([p, { ...p, name: 'Twice again' }])).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await dumpDatabase(name)).toBe(before);
  });

  it('a put that fails halfway aborts the whole import: database byte-for-byte as before', async () => {
    const name = freshDbName();
    const repo = testRepository(name);
    await seed(repo);
    const before = await dumpDatabase(name);
    const batch = Array.from({ length: 10 }, (_, i) => createPerson({ name: `Batch ${i}` }, 10 + i));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (this.name === 'people' && calls === 6) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(repo.importPeople(batch)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThanOrEqual(6);
    expect(await dumpDatabase(name)).toBe(before);
    expect((await repo.list()).map((p) => p.name).sort()).toEqual(['Stored A', 'Stored B']);
  });
});
