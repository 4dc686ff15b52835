import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { AmendsStatus, IsoDate, Timestamp } from '../amends/types';
import type { LockRecord } from './lock-record';
import type { StoredPerson } from './sealed-person';
import { runMigrations, SCHEMA_VERSION } from './migrations';

export const DEFAULT_DB_NAME = 'amends-companion';

/** Bookkeeping kept beside the list. */
export interface StoreMeta {
  /** Counts committed writes, so a backup can tell whether anything changed since. */
  changeCount: number;
  lastBackupAt: Timestamp | null;
}

export type MetaKey = keyof StoreMeta;

export interface AmendsDB extends DBSchema {
  people: {
    key: string;
    /** Plain people while the lock is off; sealed ones (sealed-person.ts) while it is on. */
    value: StoredPerson;
    indexes: { 'by-status': AmendsStatus; 'by-updatedAt': Timestamp; 'by-followUp': IsoDate };
  };
  /** Bookkeeping, and under 'lock' the passphrase lock (lock-record.ts) while it is on. */
  meta: { key: MetaKey | 'lock' | 'changeCountAtBackup'; value: StoreMeta[MetaKey] | LockRecord };
}

export type AmendsDatabase = IDBPDatabase<AmendsDB>;

export interface OpenOptions {
  /** Called when a newer version elsewhere needs this connection closed (it is closed). */
  onClosed?: () => void;
}

/** Opens (creating or upgrading as needed) the amends database. */
export function openAmendsDB(name: string = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<AmendsDatabase> {
  let upgrade: Promise<void> = Promise.resolve();
  return openDB<AmendsDB>(name, SCHEMA_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgrade = runMigrations(
        db as unknown as IDBPDatabase<unknown>,
        tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        oldVersion,
        newVersion ?? SCHEMA_VERSION,
      );
      // The rejection is reported through openDB (the transaction aborts); avoid an
      // unhandled-rejection warning for the same failure.
      upgrade.catch(() => {});
    },
    blocking(_current, _blockedVersion, event) {
      // A newer version of the extension wants to upgrade: step aside rather than block it.
      (event.target as IDBDatabase).close();
      options.onClosed?.();
    },
    terminated() {
      options.onClosed?.();
    },
  }).then(async (db) => {
    await upgrade;
    return db;
  });
}
