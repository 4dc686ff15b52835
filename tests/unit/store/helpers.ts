import { openDB } from 'idb';
import { openRepository, type IdbAmendsRepository, type RepositoryOptions } from '../../../lib/store';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function freshDbName(): string {
  counter += 1;
  return `amends-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A clock the test moves by hand: every call returns a later time. */
export function steppingClock(start = Date.UTC(2026, 4, 1, 12)): () => number {
  let t = start;
  return () => (t += 1000);
}

const opened: IdbAmendsRepository[] = [];

export function testRepository(dbName = freshDbName(), options: RepositoryOptions = {}): IdbAmendsRepository {
  const repo = openRepository(dbName, { now: steppingClock(), ...options });
  opened.push(repo);
  return repo;
}

export async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((r) => r.close()));
}

/** Every store, every record, with its key, as JSON: "byte-for-byte" comparison of a database. */
export async function dumpDatabase(dbName: string): Promise<string> {
  const db = await openDB(dbName);
  const dump: Record<string, [unknown, unknown][]> = {};
  for (const name of Array.from(db.objectStoreNames).sort()) {
    const tx = db.transaction(name);
    const rows: [unknown, unknown][] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      rows.push([cursor.key, cursor.value]);
      cursor = await cursor.continue();
    }
    dump[name] = rows;
  }
  db.close();
  return JSON.stringify(dump);
}
