import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { Person } from '../../../lib/amends/types';
import {
  DamagedRecordError,
  LockedError,
  LockStateError,
  MemoryKeyVault,
  WrongPassphraseError,
} from '../../../lib/store';
import { richPerson } from '../backup/helpers';
import { closeAll, dumpDatabase, freshDbName, testRepository } from './helpers';

afterEach(closeAll);

const FAST = { kdfIterations: 1_000 };
const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : 1);

/** Every string a reader of the raw database must not find while the lock is on. */
const SECRETS = [
  'Maria Lopez',
  'Kim Park',
  'I broke a promise to Maria',
  'Borrowed money and did not pay it back',
  'Write first, then offer to meet.',
  'Meet somewhere public.',
  'First part, by transfer',
  'Better than I feared.',
  'Called on time',
  'Scared but ready.',
  'Wrote it all down',
  'friend',
];

function people(): Person[] {
  return [
    richPerson('Maria Lopez', 1, { harm: 'I broke a promise to Maria' }),
    richPerson('Kim Park', 2),
    richPerson('Dad', 3),
  ];
}

async function lockedRepo(dbName = freshDbName(), vault = new MemoryKeyVault()) {
  const repo = testRepository(dbName, { ...FAST, vault });
  await repo.importPeople(people());
  await repo.enableLock('blue kettle morning');
  return { repo, dbName, vault };
}

async function rawPeople(dbName: string): Promise<unknown[]> {
  const db = await openDB(dbName);
  const rows = await db.getAll('people');
  db.close();
  return rows;
}

describe('turning the lock on', () => {
  it('leaves no name, harm or note readable in the raw database', async () => {
    const { dbName } = await lockedRepo();
    const raw = await dumpDatabase(dbName);
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    // Only what the indices and the default order need stays in the clear.
    const rows = (await rawPeople(dbName)) as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['amendsType', 'createdAt', 'followUp', 'id', 'sealed', 'status', 'updatedAt']);
    }
  });

  it('reads back exactly the same people, and keeps working for every kind of write', async () => {
    const { repo, dbName } = await lockedRepo();
    expect([...(await repo.list())].sort(byId)).toEqual(people().sort(byId));

    const added = await repo.add({ name: 'Aunt Rosa', what: 'Missed the funeral' });
    const updated = await repo.update(added.id, (p) => ({ ...p, relationship: 'aunt by marriage' }));
    expect(await repo.get(added.id)).toEqual(updated);
    const removed = await repo.remove(people()[1]!.id);
    expect(removed?.name).toBe('Kim Park');
    await repo.restore(removed!);
    expect(await repo.get(removed!.id)).toEqual(removed);

    const raw = await dumpDatabase(dbName);
    for (const secret of ['Aunt Rosa', 'Missed the funeral', 'aunt by marriage', 'Kim Park']) expect(raw).not.toContain(secret);
  });

  it('seals every write with a fresh IV: writing the same data twice never looks the same', async () => {
    const { repo, dbName } = await lockedRepo();
    const id = people()[0]!.id;
    const sealedOf = async () => ((await rawPeople(dbName)) as { id: string; sealed: { iv: string; ciphertext: string } }[]).find((r) => r.id === id)!.sealed;
    const person = (await repo.get(id))!;
    await repo.restore(person);
    const first = await sealedOf();
    await repo.restore(person);
    const second = await sealedOf();
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(await repo.get(id)).toEqual(person);
  });

  it('stays unlocked in the page that turned it on, and refuses to be turned on twice', async () => {
    const { repo } = await lockedRepo();
    expect(await repo.lockStatus()).toBe('unlocked');
    await expect(repo.enableLock('again')).rejects.toBeInstanceOf(LockStateError);
  });

  it('refuses an empty passphrase and changes nothing', async () => {
    const repo = testRepository(freshDbName(), FAST);
    await repo.importPeople(people());
    const before = await dumpDatabase(repo.dbName);
    await expect(repo.enableLock('   ')).rejects.toBeInstanceOf(LockStateError);
    expect(await dumpDatabase(repo.dbName)).toBe(before);
    expect(await repo.lockStatus()).toBe('off');
  });
});

describe('while locked', () => {
  it('rejects reads and writes with LockedError, in a page that holds no key', async () => {
    const { dbName } = await lockedRepo();
    const other = testRepository(dbName, { ...FAST, vault: new MemoryKeyVault() });
    expect(await other.lockStatus()).toBe('locked');
    const id = people()[0]!.id;
    await expect(other.list()).rejects.toBeInstanceOf(LockedError);
    await expect(other.get(id)).rejects.toBeInstanceOf(LockedError);
    await expect(other.add({ name: 'New' })).rejects.toBeInstanceOf(LockedError);
    await expect(other.update(id, (p) => ({ ...p, name: 'X' }))).rejects.toBeInstanceOf(LockedError);
    await expect(other.remove(id)).rejects.toBeInstanceOf(LockedError);
  });

  it('"Lock now" locks every page sharing the vault; unlocking in one opens them all', async () => {
    const { repo, dbName, vault } = await lockedRepo();
    const sidePanel = testRepository(dbName, { ...FAST, vault });
    expect(await sidePanel.list()).toHaveLength(3);
    const seen = vi.fn();
    sidePanel.onLockChange(seen);

    await repo.lock();
    expect(seen).toHaveBeenCalled();
    await expect(sidePanel.list()).rejects.toBeInstanceOf(LockedError);
    await expect(repo.list()).rejects.toBeInstanceOf(LockedError);

    await sidePanel.unlock('blue kettle morning');
    expect(await repo.lockStatus()).toBe('unlocked');
    expect([...(await repo.list())].sort(byId)).toEqual(people().sort(byId));
  });

  it('a wrong passphrase is told plainly and touches no data', async () => {
    const { repo, dbName } = await lockedRepo();
    await repo.lock();
    const before = await dumpDatabase(dbName);
    const wrong = repo.unlock('blue kettle evening');
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(wrong).rejects.toThrow("That passphrase doesn't match. Nothing was changed.");
    expect(await dumpDatabase(dbName)).toBe(before);
    expect(await repo.lockStatus()).toBe('locked');
  });

  it('a key for another lock, left in the vault, does not unlock this one', async () => {
    const { repo, vault } = await lockedRepo();
    const held = (await vault.read())!;
    await vault.write({ ...held, raw: btoa(String.fromCharCode(...new Uint8Array(32))) });
    expect(await repo.lockStatus()).toBe('locked');
    await expect(repo.list()).rejects.toBeInstanceOf(LockedError);
  });
});

describe('turning the lock off and changing the passphrase', () => {
  it('turning it off gives back plain records equal to the people', async () => {
    const { repo, dbName } = await lockedRepo();
    await repo.disableLock('blue kettle morning');
    expect(await repo.lockStatus()).toBe('off');
    const rows = (await rawPeople(dbName)) as Person[];
    expect([...rows].sort(byId)).toEqual(people().sort(byId));
    expect(await dumpDatabase(dbName)).toContain('Maria Lopez');
    expect(await dumpDatabase(dbName)).not.toContain('"lock"');
  });

  it('a wrong passphrase cannot turn it off or change it; the database is unchanged', async () => {
    const { repo, dbName } = await lockedRepo();
    const before = await dumpDatabase(dbName);
    await expect(repo.disableLock('nope')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(repo.changePassphrase('nope', 'new one')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await dumpDatabase(dbName)).toBe(before);
  });

  it('changing the passphrase re-seals every person under a new key; only the new passphrase opens it', async () => {
    const { repo, dbName } = await lockedRepo();
    const before = (await rawPeople(dbName)) as { id: string; sealed: { ciphertext: string } }[];
    await repo.changePassphrase('blue kettle morning', 'green kettle night');
    const after = (await rawPeople(dbName)) as { id: string; sealed: { ciphertext: string } }[];
    for (const row of after) {
      expect(row.sealed.ciphertext).not.toBe(before.find((b) => b.id === row.id)!.sealed.ciphertext);
    }
    expect([...(await repo.list())].sort(byId)).toEqual(people().sort(byId));
    await repo.lock();
    await expect(repo.unlock('blue kettle morning')).rejects.toBeInstanceOf(WrongPassphraseError);
    await repo.unlock('green kettle night');
    expect([...(await repo.list())].sort(byId)).toEqual(people().sort(byId));
    const raw = await dumpDatabase(dbName);
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
  });
});

describe('an interrupted re-encryption leaves the old state whole', () => {
  function failNthPut(n: number) {
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === n) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    return () => puts;
  }

  it('when turning it on', async () => {
    const repo = testRepository(freshDbName(), FAST);
    await repo.importPeople(people());
    const before = await dumpDatabase(repo.dbName);
    const puts = failNthPut(2);
    await expect(repo.enableLock('blue kettle morning')).rejects.toThrow(/disk is full/);
    expect(puts()).toBeGreaterThanOrEqual(2);
    vi.restoreAllMocks();
    expect(await dumpDatabase(repo.dbName)).toBe(before);
    expect(await repo.lockStatus()).toBe('off');
  });

  it('when changing the passphrase', async () => {
    const { repo, dbName } = await lockedRepo();
    const before = await dumpDatabase(dbName);
    failNthPut(3);
    await expect(repo.changePassphrase('blue kettle morning', 'green')).rejects.toThrow(/disk is full/);
    vi.restoreAllMocks();
    expect(await dumpDatabase(dbName)).toBe(before);
    await repo.lock();
    await repo.unlock('blue kettle morning');
    expect([...(await repo.list())].sort(byId)).toEqual(people().sort(byId));
  });

  it('when turning it off', async () => {
    const { repo, dbName } = await lockedRepo();
    const before = await dumpDatabase(dbName);
    failNthPut(2);
    await expect(repo.disableLock('blue kettle morning')).rejects.toThrow(/disk is full/);
    vi.restoreAllMocks();
    expect(await dumpDatabase(dbName)).toBe(before);
    expect(await repo.lockStatus()).toBe('unlocked');
  });
});

describe('sealed records on disk', () => {
  it('a sealed value moved onto another person fails to open instead of showing the wrong person', async () => {
    const { repo, dbName } = await lockedRepo();
    const [a, b] = people();
    const db = await openDB(dbName);
    const rowA = await db.get('people', a!.id);
    const rowB = await db.get('people', b!.id);
    await db.put('people', { ...rowB, sealed: rowA.sealed });
    db.close();
    await expect(repo.get(b!.id)).rejects.toBeInstanceOf(DamagedRecordError);
    expect(await repo.get(a!.id)).toEqual(a);
  });

  it('two pages editing the same person at once lose neither edit', async () => {
    const { dbName, vault } = await lockedRepo();
    const popup = testRepository(dbName, { ...FAST, vault });
    const panel = testRepository(dbName, { ...FAST, vault });
    const id = people()[0]!.id;
    await Promise.all([
      popup.update(id, (p) => ({ ...p, relationship: `${p.relationship}+popup` })),
      panel.update(id, (p) => ({ ...p, relationship: `${p.relationship}+panel` })),
    ]);
    const relationship = (await popup.get(id))!.relationship;
    expect(relationship).toContain('+popup');
    expect(relationship).toContain('+panel');
  });

  it('deleting everything keeps the lock on (it holds no personal data)', async () => {
    const { repo } = await lockedRepo();
    await repo.deleteEverything();
    expect(await repo.list()).toEqual([]);
    expect(await repo.lockStatus()).toBe('unlocked');
    await repo.lock();
    await expect(repo.list()).rejects.toBeInstanceOf(LockedError);
  });

  it('imports into a locked list sealed, all in one transaction', async () => {
    const { repo, dbName } = await lockedRepo();
    const plan = await repo.importPeople([richPerson('Newcomer Nell', 9)]);
    expect(plan).toEqual({ added: 1, updated: 0, untouched: 3 });
    expect(await dumpDatabase(dbName)).not.toContain('Newcomer Nell');
    expect((await repo.list()).map((p) => p.name)).toContain('Newcomer Nell');
  });
});

describe('backup bookkeeping', () => {
  it('counts changes since the last backup', async () => {
    const repo = testRepository(freshDbName(), FAST);
    const a = await repo.add({ name: 'A' });
    await repo.update(a.id, (p) => ({ ...p, relationship: 'friend' }));
    expect(await repo.readBackupStatus()).toEqual({ changesSinceBackup: 2, lastBackupAt: null });
    await repo.recordBackup(42);
    await repo.add({ name: 'B' });
    expect(await repo.readBackupStatus()).toEqual({ changesSinceBackup: 1, lastBackupAt: 42 });
  });
});
