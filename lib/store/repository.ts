import { createPerson } from '../amends/person';
import { checkPerson } from '../amends/schema';
import { sortPeople } from '../amends/search';
import { todayIso } from '../amends/dates';
import { randomId } from '../amends/ids';
import type { NewPerson, Person, Timestamp } from '../amends/types';
import { ChangeFeed } from './changes';
import { openAmendsDB, type AmendsDatabase, type AmendsDB, type StoreMeta } from './db';
import { ImportRejectedError, InvalidPersonError, PersonNotFoundError, type RejectedPerson } from './errors';
import type { AmendsRepository, ChangeEvent, ImportPlan } from './repository-api';
import type { IDBPTransaction, StoreNames } from 'idb';

export interface RepositoryOptions {
  now?: () => Timestamp;
  newId?: () => string;
  /** Time zone for "today" in the default order (the system's by default). */
  timeZone?: string;
}

type WriteTx = IDBPTransaction<AmendsDB, StoreNames<AmendsDB>[], 'readwrite'>;

/**
 * The amends list in IndexedDB. Every write is one transaction that also bumps the meta
 * change count; a person is validated against personSchema before it is written, so a
 * failing write leaves the stored record exactly as it was. Changes are announced only
 * after the transaction commits.
 */
export class IdbAmendsRepository implements AmendsRepository {
  private dbPromise: Promise<AmendsDatabase> | null = null;
  private readonly feed: ChangeFeed;
  private readonly now: () => Timestamp;
  private readonly newId: () => string;

  constructor(
    readonly dbName: string,
    private readonly options: RepositoryOptions = {},
  ) {
    this.feed = new ChangeFeed(dbName);
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomId;
  }

  async list(): Promise<Person[]> {
    const people = await (await this.db()).getAll('people');
    return sortPeople(people, todayIso(this.now(), this.options.timeZone));
  }

  async get(id: string): Promise<Person | undefined> {
    return (await this.db()).get('people', id);
  }

  async add(input: NewPerson): Promise<Person> {
    const person = validated(createPerson(input, this.now(), this.newId));
    await this.write(async (tx) => {
      await tx.objectStore('people').add(person);
    });
    this.feed.announce({ kind: 'put', ids: [person.id] });
    return person;
  }

  /**
   * Read-modify-write in one transaction. If `change` throws, or returns a person that does
   * not pass the schema, the transaction is aborted and the stored person is untouched.
   * Returning the very same object means "no change": nothing is written or announced.
   */
  async update(id: string, change: (person: Person) => Person): Promise<Person> {
    let result: Person | undefined;
    let changed = false;
    await this.write(async (tx) => {
      const store = tx.objectStore('people');
      const current = await store.get(id);
      if (!current) throw new PersonNotFoundError(id);
      const next = change(current);
      if (next === current) {
        result = current;
        return false;
      }
      // id and createdAt belong to the record; updatedAt always moves forward so views that
      // memoise by id + updatedAt see every change.
      result = validated({
        ...next,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: Math.max(this.now(), current.updatedAt + 1),
      });
      changed = true;
      await store.put(result);
    });
    if (changed) this.feed.announce({ kind: 'put', ids: [id] });
    return result!;
  }

  async remove(id: string): Promise<Person | undefined> {
    let removed: Person | undefined;
    await this.write(async (tx) => {
      const store = tx.objectStore('people');
      removed = await store.get(id);
      if (!removed) return false;
      await store.delete(id);
    });
    if (removed) this.feed.announce({ kind: 'delete', ids: [id] });
    return removed;
  }

  async restore(person: Person): Promise<void> {
    const valid = validated(person);
    await this.write(async (tx) => {
      await tx.objectStore('people').put(valid);
    });
    this.feed.announce({ kind: 'put', ids: [valid.id] });
  }

  async deleteEverything(): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(['people', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('people').clear(), tx.objectStore('meta').clear(), tx.done]);
    this.feed.announce({ kind: 'reset' });
  }

  async planImport(people: Person[]): Promise<ImportPlan> {
    const valid = validateBatch(people);
    const storedIds = new Set(await (await this.db()).getAllKeys('people'));
    return countPlan(valid, storedIds);
  }

  /**
   * Validates every person first (any problem rejects the whole file with
   * ImportRejectedError), then puts them all in one transaction: if any put fails the
   * transaction aborts and the database is exactly as before.
   */
  async importPeople(people: Person[]): Promise<ImportPlan> {
    const valid = validateBatch(people);
    let plan: ImportPlan | undefined;
    await this.write(async (tx) => {
      const store = tx.objectStore('people');
      plan = countPlan(valid, new Set(await store.getAllKeys()));
      const puts: Promise<unknown>[] = [];
      for (const person of valid) {
        const put = store.put(person);
        // If a later put fails, the abort rejects the earlier ones too; that is reported once.
        put.catch(() => {});
        puts.push(put);
      }
      await Promise.all(puts);
    });
    if (valid.length > 0) this.feed.announce({ kind: 'put', ids: valid.map((p) => p.id) });
    return plan!;
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    return this.feed.subscribe(listener);
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
    await db.put('meta', at, 'lastBackupAt');
  }

  /** Closes the connection and the change channel (tests, page unload). */
  async close(): Promise<void> {
    this.feed.close();
    const pending = this.dbPromise;
    this.dbPromise = null;
    if (pending) (await pending.catch(() => null))?.close();
  }

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

function validated(person: Person): Person {
  const check = checkPerson(person);
  if (!check.ok) throw new InvalidPersonError(check.problems);
  return check.person;
}

function validateBatch(people: unknown[]): Person[] {
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
