import { createPerson } from '../amends/person';
import type { PersonCheck } from '../amends/schema';
import { sortPeople } from '../amends/search';
import { todayIso } from '../amends/dates';
import { randomId } from '../amends/ids';
import type { NewPerson, Person, Timestamp } from '../amends/types';
import { exportRawKey, importRawKey, PBKDF2_ITERATIONS } from '../crypto/passphrase-key';
import { ChangeFeed } from './changes';
import { openAmendsDB, type AmendsDatabase, type AmendsDB, type StoreMeta } from './db';
import {
  ConcurrentChangeError,
  DamagedRecordError,
  ImportRejectedError,
  InvalidPersonError,
  LockedError,
  LockStateError,
  PersonNotFoundError,
  WrongPassphraseError,
  type RejectedPerson,
} from './errors';
import { MemoryKeyVault, type KeyVault } from './key-vault';
import type { LockableRepository, LockStatus } from './lock-api';
import { createLock, isLockRecord, keyMatchesLock, unwrapLock, type LockRecord } from './lock-record';
import type { ChangeEvent, ImportPlan } from './repository-api';
import type { BackupStatus } from '../lock/backup-reminder';
import { isSealedPerson, openPerson, sealPerson, type StoredPerson } from './sealed-person';
import type { IDBPTransaction, StoreNames } from 'idb';

export interface RepositoryOptions {
  now?: () => Timestamp;
  newId?: () => string;
  /** Time zone for "today" in the default order (the system's by default). */
  timeZone?: string;
  /** Where the unlocked key is held (the extension passes a storage.session vault). */
  vault?: KeyVault;
  /** PBKDF2 iterations for new locks; PBKDF2_ITERATIONS unless a test needs speed. */
  kdfIterations?: number;
}

type WriteTx = IDBPTransaction<AmendsDB, StoreNames<AmendsDB>[], 'readwrite'>;
type AnyTx = IDBPTransaction<AmendsDB, StoreNames<AmendsDB>[], IDBTransactionMode>;

/** The lock or a record moved between preparing a write and committing it: prepare again. */
class Moved extends Error {}
const MAX_ATTEMPTS = 5;

/**
 * The amends list in IndexedDB. Every write is one transaction that also bumps the meta
 * change count; a person is validated against personSchema before it is written, so a
 * failing write leaves the stored record exactly as it was. Changes are announced only
 * after the transaction commits.
 *
 * With the passphrase lock on, people are sealed on write and opened on read (see
 * sealed-person.ts); the API is the same. WebCrypto calls are not IndexedDB requests, so
 * awaiting one inside a transaction would let it auto-commit: all sealing and opening
 * happens before a transaction opens, and the transaction then checks that the lock (and,
 * for read-modify-write, the record) is still what was prepared against, or starts over.
 */
export class IdbAmendsRepository implements LockableRepository {
  private dbPromise: Promise<AmendsDatabase> | null = null;
  private readonly feed: ChangeFeed;
  private readonly now: () => Timestamp;
  private readonly newId: () => string;
  private readonly vault: KeyVault;
  /** This page's non-extractable copy of the held key. */
  private working: { keyId: string; raw: string; key: CryptoKey } | null = null;
  /** Opened people by id, valid while the stored IV is the same: list() opens only what changed. */
  private opened = new Map<string, { iv: string; person: Person }>();

  constructor(
    readonly dbName: string,
    private readonly options: RepositoryOptions = {},
  ) {
    this.feed = new ChangeFeed(dbName);
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomId;
    this.vault = options.vault ?? new MemoryKeyVault();
  }

  async list(): Promise<Person[]> {
    const db = await this.db();
    const tx = db.transaction(['people', 'meta']);
    // A read needs its two answers, not the transaction's completion (one task later).
    const [records, lock] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('meta').get('lock')]);
    const today = todayIso(this.now(), this.options.timeZone);
    // Lock off: no key, no extra awaits; the plain read is exactly what it always was.
    if (lock === undefined && !records.some(isSealedPerson)) return sortPeople(records as Person[], today);
    const key = await this.keyFor(asLock(lock));
    const people = await Promise.all(records.map((record) => this.openRecord(record, key)));
    if (key) this.forgetOpenedExcept(records);
    return sortPeople(people, today);
  }

  async get(id: string): Promise<Person | undefined> {
    const { record, lock } = await this.readOne(id);
    if (!lock && !isSealedPerson(record)) return record;
    const key = await this.keyFor(lock);
    return record ? this.openRecord(record, key) : undefined;
  }

  async add(input: NewPerson): Promise<Person> {
    const person = validated(await loadChecker(), createPerson(input, this.now(), this.newId));
    await this.withLock(async (lock, key) => {
      const stored = await encode(person, key);
      await this.write(async (tx) => {
        await assertLock(tx, lock);
        await tx.objectStore('people').add(stored);
      });
    });
    this.feed.announce({ kind: 'put', ids: [person.id] });
    return person;
  }

  /**
   * Read-modify-write. If `change` throws, or returns a person that does not pass the
   * schema, nothing is written and the stored person is untouched. Returning the very same
   * object means "no change": nothing is written or announced. With the lock off this is
   * one transaction; with it on, the person is opened and sealed outside the transaction
   * and the write only goes ahead if the stored record is still the one that was opened
   * (otherwise `change` runs again on the newer record, so no edit is lost).
   */
  async update(id: string, change: (person: Person) => Person): Promise<Person> {
    let result: Person | undefined;
    let changed = false;
    const checkPerson = await loadChecker();
    await this.withLock(async (lock, key) => {
      changed = false;
      const stamp = (current: Person, next: Person): Person =>
        // id and createdAt belong to the record; updatedAt always moves forward so views
        // that memoise by id + updatedAt see every change.
        validated(checkPerson, { ...next, id: current.id, createdAt: current.createdAt, updatedAt: Math.max(this.now(), current.updatedAt + 1) });

      if (!key) {
        await this.write(async (tx) => {
          await assertLock(tx, lock);
          const store = tx.objectStore('people');
          const current = await store.get(id);
          if (!current) throw new PersonNotFoundError(id);
          if (isSealedPerson(current)) throw new Moved();
          const next = change(current);
          if (next === current) {
            result = current;
            return false;
          }
          result = stamp(current, next);
          changed = true;
          await store.put(result);
        });
        return;
      }

      const { record } = await this.readOne(id);
      if (!record) throw new PersonNotFoundError(id);
      const current = await this.openRecord(record, key);
      const next = change(current);
      if (next === current) {
        result = current;
        return;
      }
      const updated = stamp(current, next);
      const sealed = await encode(updated, key);
      await this.write(async (tx) => {
        await assertLock(tx, lock);
        const store = tx.objectStore('people');
        const now = await store.get(id);
        if (!now) throw new PersonNotFoundError(id);
        if (!sameRecord(now, record)) throw new Moved();
        await store.put(sealed);
      });
      result = updated;
      changed = true;
    });
    if (changed) this.feed.announce({ kind: 'put', ids: [id] });
    return result!;
  }

  async remove(id: string): Promise<Person | undefined> {
    let removed: Person | undefined;
    await this.withLock(async (lock, key) => {
      let record: StoredPerson | undefined;
      await this.write(async (tx) => {
        await assertLock(tx, lock);
        const store = tx.objectStore('people');
        record = await store.get(id);
        if (!record) return false;
        await store.delete(id);
      });
      removed = record ? await this.openRecord(record, key) : undefined;
    });
    if (removed) this.feed.announce({ kind: 'delete', ids: [id] });
    return removed;
  }

  async restore(person: Person): Promise<void> {
    const valid = validated(await loadChecker(), person);
    await this.withLock(async (lock, key) => {
      const stored = await encode(valid, key);
      await this.write(async (tx) => {
        await assertLock(tx, lock);
        await tx.objectStore('people').put(stored);
      });
    });
    this.feed.announce({ kind: 'put', ids: [valid.id] });
  }

  /**
   * Deletes every person and all bookkeeping, for good. The lock itself (which holds no
   * personal data) stays on: the person chose it, and the next entries stay protected.
   */
  async deleteEverything(): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(['people', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const done = Promise.all([
      tx.objectStore('people').clear(),
      meta.get('lock').then(async (lock) => {
        await meta.clear();
        if (lock !== undefined) await meta.put(lock, 'lock');
      }),
      tx.done,
    ]);
    await done;
    this.opened.clear();
    this.feed.announce({ kind: 'reset' });
  }

  async planImport(people: Person[]): Promise<ImportPlan> {
    const valid = validateBatch(await loadChecker(), people);
    const storedIds = new Set(await (await this.db()).getAllKeys('people'));
    return countPlan(valid, storedIds);
  }

  /**
   * Validates every person first (any problem rejects the whole file with
   * ImportRejectedError), then puts them all in one transaction: if any put fails the
   * transaction aborts and the database is exactly as before.
   */
  async importPeople(people: Person[]): Promise<ImportPlan> {
    const valid = validateBatch(await loadChecker(), people);
    let plan: ImportPlan | undefined;
    await this.withLock(async (lock, key) => {
      const stored = key ? await Promise.all(valid.map((p) => sealPerson(p, key))) : valid;
      await this.write(async (tx) => {
        await assertLock(tx, lock);
        const store = tx.objectStore('people');
        plan = countPlan(valid, new Set(await store.getAllKeys()));
        await putAll(store, stored);
      });
    });
    if (valid.length > 0) this.feed.announce({ kind: 'put', ids: valid.map((p) => p.id) });
    return plan!;
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    return this.feed.subscribe(listener);
  }

  // ── The passphrase lock ─────────────────────────────────────────────────────────────

  async lockStatus(): Promise<LockStatus> {
    const lock = await this.readLock();
    if (!lock) return 'off';
    try {
      await this.keyFor(lock);
      return 'unlocked';
    } catch (error) {
      if (error instanceof LockedError) return 'locked';
      throw error;
    }
  }

  async unlock(passphrase: string): Promise<void> {
    const lock = await this.readLock();
    if (!lock) throw new LockStateError('The lock is not on, so there is nothing to unlock.');
    const dataKey = await unwrapLock(lock, passphrase);
    if (!dataKey) throw new WrongPassphraseError();
    await this.hold(lock.keyId, dataKey);
  }

  async lock(): Promise<void> {
    this.working = null;
    this.opened.clear();
    await this.vault.clear();
  }

  /**
   * Turning the lock on: a new random data key, wrapped by a key from the passphrase;
   * every person sealed before the transaction opens, then all of them and the lock
   * record written in one transaction. If the list changed meanwhile, it starts over.
   */
  async enableLock(passphrase: string): Promise<void> {
    assertPassphrase(passphrase);
    await this.rewriteAll(async (lock, people) => {
      if (lock) throw new LockStateError('The lock is already on.');
      const created = await createLock(passphrase, this.options.kdfIterations ?? PBKDF2_ITERATIONS, this.now());
      const sealed = await Promise.all(people.map((p) => sealPerson(p, created.dataKey)));
      return { records: sealed, lock: created.record, key: created.dataKey };
    });
  }

  async disableLock(passphrase: string): Promise<void> {
    await this.rewriteAll(async (lock, _people, records) => {
      if (!lock) throw new LockStateError('The lock is already off.');
      const dataKey = await unwrapLock(lock, passphrase);
      if (!dataKey) throw new WrongPassphraseError();
      const people = await Promise.all(records.map((r) => (isSealedPerson(r) ? this.openWith(r, dataKey) : r)));
      return { records: people, lock: null, key: null };
    });
  }

  /**
   * A new passphrase also gets a new data key and every person is sealed again (in one
   * transaction): whoever may have learned the old passphrase, or copied the old key,
   * can open nothing written from now on. Re-wrapping the old key would be faster but
   * would leave that old key valid.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    assertPassphrase(next);
    await this.rewriteAll(async (lock, _people, records) => {
      if (!lock) throw new LockStateError('The lock is off, so there is no passphrase to change.');
      const oldKey = await unwrapLock(lock, current);
      if (!oldKey) throw new WrongPassphraseError();
      const people = await Promise.all(records.map((r) => (isSealedPerson(r) ? this.openWith(r, oldKey) : r)));
      // The current default, so an older, lighter lock is strengthened on the way.
      const created = await createLock(next, this.options.kdfIterations ?? PBKDF2_ITERATIONS, this.now());
      const sealed = await Promise.all(people.map((p) => sealPerson(p, created.dataKey)));
      return { records: sealed, lock: created.record, key: created.dataKey };
    });
  }

  onLockChange(listener: () => void): () => void {
    const unwatch = this.vault.watch(listener);
    const unsubscribe = this.feed.subscribe((event) => {
      if (event.kind === 'reset') listener();
    });
    return () => {
      unwatch();
      unsubscribe();
    };
  }

  /** Bookkeeping beside the list: write count and when the last backup was made. */
  async readMeta(): Promise<StoreMeta> {
    const db = await this.db();
    const tx = db.transaction('meta');
    const [changeCount, lastBackupAt] = await Promise.all([
      tx.store.get('changeCount'),
      tx.store.get('lastBackupAt'),
      tx.done,
    ]);
    return { changeCount: (changeCount as number | undefined) ?? 0, lastBackupAt: (lastBackupAt as number | null | undefined) ?? null };
  }

  /** Remembers that a backup was exported (does not count as a change to the list). */
  async recordBackup(at: Timestamp): Promise<void> {
    const db = await this.db();
    const tx = db.transaction('meta', 'readwrite');
    const count = ((await tx.store.get('changeCount')) as number | undefined) ?? 0;
    await Promise.all([tx.store.put(at, 'lastBackupAt'), tx.store.put(count, 'changeCountAtBackup'), tx.done]);
  }

  /** For the "time for a backup?" reminder: changes since the last backup, and when it was. */
  async readBackupStatus(): Promise<BackupStatus> {
    const db = await this.db();
    const tx = db.transaction('meta');
    const [count, atBackup, lastBackupAt] = await Promise.all([
      tx.store.get('changeCount'),
      tx.store.get('changeCountAtBackup'),
      tx.store.get('lastBackupAt'),
      tx.done,
    ]);
    const changes = ((count as number | undefined) ?? 0) - ((atBackup as number | undefined) ?? 0);
    return { changesSinceBackup: Math.max(0, changes), lastBackupAt: (lastBackupAt as number | null | undefined) ?? null };
  }

  /** Closes the connection and the change channel (tests, page unload). */
  async close(): Promise<void> {
    this.feed.close();
    const pending = this.dbPromise;
    this.dbPromise = null;
    if (pending) (await pending.catch(() => null))?.close();
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────

  private db(): Promise<AmendsDatabase> {
    if (!this.dbPromise) {
      const opening = openAmendsDB(this.dbName, {
        onClosed: () => {
          if (this.dbPromise === opening) this.dbPromise = null;
        },
      });
      // A failed open is not cached: the next call tries again.
      opening.catch(() => {
        if (this.dbPromise === opening) this.dbPromise = null;
      });
      this.dbPromise = opening;
    }
    return this.dbPromise;
  }

  private async readLock(): Promise<LockRecord | undefined> {
    return asLock(await (await this.db()).get('meta', 'lock'));
  }

  private async readOne(id: string): Promise<{ record: StoredPerson | undefined; lock: LockRecord | undefined }> {
    const db = await this.db();
    const tx = db.transaction(['people', 'meta']);
    const [record, lock] = await Promise.all([tx.objectStore('people').get(id), tx.objectStore('meta').get('lock')]);
    return { record, lock: asLock(lock) };
  }

  /** The data key for `lock` (null when the lock is off); LockedError when none is held. */
  private async keyFor(lock: LockRecord | undefined): Promise<CryptoKey | null> {
    if (!lock) return null;
    const held = await this.vault.read();
    if (!held || held.keyId !== lock.keyId) {
      this.working = null;
      throw new LockedError();
    }
    if (this.working && this.working.keyId === held.keyId && this.working.raw === held.raw) return this.working.key;
    let key: CryptoKey;
    try {
      key = await importRawKey(held.raw);
    } catch {
      throw new LockedError();
    }
    if (!(await keyMatchesLock(lock, key))) throw new LockedError();
    this.working = { keyId: held.keyId, raw: held.raw, key };
    this.opened.clear();
    return key;
  }

  /** Hands the key to the vault (every page) and keeps a non-extractable copy here. */
  private async hold(keyId: string, extractableKey: CryptoKey): Promise<void> {
    const raw = await exportRawKey(extractableKey);
    this.working = { keyId, raw, key: await importRawKey(raw) };
    this.opened.clear();
    await this.vault.write({ keyId, raw });
  }

  private async openRecord(record: StoredPerson, key: CryptoKey | null): Promise<Person> {
    if (!isSealedPerson(record)) return record;
    if (!key) throw new DamagedRecordError(record.id);
    const cached = this.opened.get(record.id);
    if (cached && cached.iv === record.sealed.iv) return cached.person;
    const person = await this.openWith(record, key);
    this.opened.set(record.id, { iv: record.sealed.iv, person });
    return person;
  }

  private async openWith(record: StoredPerson, key: CryptoKey): Promise<Person> {
    if (!isSealedPerson(record)) return record;
    try {
      return await openPerson(record, key);
    } catch {
      throw new DamagedRecordError(record.id);
    }
  }

  private forgetOpenedExcept(records: StoredPerson[]): void {
    if (this.opened.size <= records.length) return;
    const ids = new Set(records.map((r) => r.id));
    for (const id of this.opened.keys()) if (!ids.has(id)) this.opened.delete(id);
  }

  /** Runs `attempt` against the current lock and key; starts over when it reports Moved. */
  private async withLock<T>(attempt: (lock: LockRecord | undefined, key: CryptoKey | null) => Promise<T>): Promise<T> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const lock = await this.readLock();
      const key = await this.keyFor(lock);
      try {
        return await attempt(lock, key);
      } catch (error) {
        if (!(error instanceof Moved)) throw error;
      }
    }
    throw new ConcurrentChangeError();
  }

  /**
   * Re-writes every person and the lock record in one transaction (lock on, off, new
   * passphrase). `prepare` does all the crypto first; the transaction then checks nothing
   * moved since the snapshot, writes every record, and commits, or aborts and leaves the
   * old state whole.
   */
  private async rewriteAll(
    prepare: (
      lock: LockRecord | undefined,
      people: Person[],
      records: StoredPerson[],
    ) => Promise<{ records: StoredPerson[]; lock: LockRecord | null; key: CryptoKey | null }>,
  ): Promise<void> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const db = await this.db();
      const read = db.transaction(['people', 'meta']);
      const [records, rawLock] = await Promise.all([read.objectStore('people').getAll(), read.objectStore('meta').get('lock'), read.done]);
      const lock = asLock(rawLock);
      const snapshot = JSON.stringify([records, rawLock ?? null]);
      const plainPeople = records.filter((r): r is Person => !isSealedPerson(r));
      const next = await prepare(lock, plainPeople, records);
      try {
        await this.write(async (tx) => {
          const [nowRecords, nowLock] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('meta').get('lock')]);
          if (JSON.stringify([nowRecords, nowLock ?? null]) !== snapshot) throw new Moved();
          await putAll(tx.objectStore('people'), next.records);
          if (next.lock) await tx.objectStore('meta').put(next.lock, 'lock');
          else await tx.objectStore('meta').delete('lock');
        });
      } catch (error) {
        if (error instanceof Moved) continue;
        throw error;
      }
      this.opened.clear();
      if (next.lock && next.key) await this.hold(next.lock.keyId, next.key);
      else await this.lock();
      this.feed.announce({ kind: 'reset' });
      return;
    }
    throw new ConcurrentChangeError();
  }

  /**
   * Runs `body` in one readwrite transaction over people and meta, bumps the change count
   * (unless `body` returns false: nothing changed), and waits for the commit. Any error
   * aborts the transaction and is rethrown.
   */
  private async write(body: (tx: WriteTx) => Promise<boolean | void>): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(['people', 'meta'], 'readwrite');
    // Observed here so an abort never surfaces as an unhandled rejection; reported below.
    const done = tx.done.then(
      () => null,
      (error: unknown) => error ?? new Error('The change could not be saved.'),
    );
    try {
      const wrote = await body(tx);
      if (wrote !== false) {
        const meta = tx.objectStore('meta');
        const count = ((await meta.get('changeCount')) as number | undefined) ?? 0;
        await meta.put(count + 1, 'changeCount');
      }
    } catch (error) {
      try {
        tx.abort();
      } catch {
        /* the transaction already ended on its own */
      }
      await done;
      throw error;
    }
    const failure = await done;
    if (failure) throw failure;
  }
}

function asLock(value: unknown): LockRecord | undefined {
  return isLockRecord(value) ? value : undefined;
}

/** Inside a write: the lock must be the one the write was prepared against. */
async function assertLock(tx: AnyTx, expected: LockRecord | undefined): Promise<void> {
  const now = asLock(await tx.objectStore('meta').get('lock'));
  if (now?.keyId !== expected?.keyId) throw new Moved();
}

function sameRecord(a: StoredPerson, b: StoredPerson): boolean {
  // A fresh IV per write makes the IV a version stamp for sealed records.
  if (isSealedPerson(a) && isSealedPerson(b)) return a.sealed.iv === b.sealed.iv;
  return JSON.stringify(a) === JSON.stringify(b);
}

function encode(person: Person, key: CryptoKey | null): Promise<StoredPerson> {
  return key ? sealPerson(person, key) : Promise.resolve(person);
}

/** Puts every record in the transaction; if one fails, the abort is reported once. */
async function putAll(store: { put(value: StoredPerson): Promise<unknown> }, records: StoredPerson[]): Promise<void> {
  const puts: Promise<unknown>[] = [];
  for (const record of records) {
    const put = store.put(record);
    put.catch(() => {});
    puts.push(put);
  }
  await Promise.all(puts);
}

function assertPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.trim().length === 0) {
    throw new LockStateError('Please choose a passphrase: it cannot be empty.');
  }
}

type CheckPerson = (value: unknown) => PersonCheck;
let schemaModule: Promise<CheckPerson> | undefined;

/**
 * The schema (and zod with it) loads on the first write, not with the page: the popup and
 * side panel only read at first, and zod is most of their script. Writers await this before
 * opening a transaction, so checking stays synchronous inside it.
 */
function loadChecker(): Promise<CheckPerson> {
  schemaModule ??= import('../amends/schema').then((m) => m.checkPerson);
  return schemaModule;
}

function validated(checkPerson: CheckPerson, person: Person): Person {
  const check = checkPerson(person);
  if (!check.ok) throw new InvalidPersonError(check.problems);
  return check.person;
}

function validateBatch(checkPerson: CheckPerson, people: unknown[]): Person[] {
  if (!Array.isArray(people)) throw new ImportRejectedError([{ index: 0, name: null, problems: ['Expected a list of people'] }]);
  const rejected: RejectedPerson[] = [];
  const valid: Person[] = [];
  const seen = new Set<string>();
  people.forEach((value, index) => {
    const check = checkPerson(value);
    if (!check.ok) {
      rejected.push({ index, name: readableName(value), problems: check.problems });
    } else if (seen.has(check.person.id)) {
      rejected.push({ index, name: check.person.name, problems: ['id: the same person appears twice in this backup'] });
    } else {
      seen.add(check.person.id);
      valid.push(check.person);
    }
  });
  if (rejected.length > 0) throw new ImportRejectedError(rejected);
  return valid;
}

function readableName(value: unknown): string | null {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name.slice(0, 200) : null;
}

function countPlan(people: Person[], storedIds: Set<string>): ImportPlan {
  let added = 0;
  let updated = 0;
  for (const p of people) {
    if (storedIds.has(p.id)) updated += 1;
    else added += 1;
  }
  return { added, updated, untouched: storedIds.size - updated };
}
