import { DEFAULT_DB_NAME } from './db';
import { IdbAmendsRepository, type RepositoryOptions } from './repository';
import { SessionKeyVault } from '../lock/session-vault';
import { readIdleMinutes } from '../lock/settings';

export type { AmendsRepository, ChangeEvent, ImportPlan } from './repository-api';
export { IdbAmendsRepository, type RepositoryOptions } from './repository';
export {
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
export { isLockable, type LockableRepository, type LockStatus } from './lock-api';
export { MemoryKeyVault, type HeldKey, type KeyVault } from './key-vault';
export { CHANGE_CHANNEL_NAME } from './changes';
export { DEFAULT_DB_NAME, type StoreMeta } from './db';
export { SCHEMA_VERSION } from './migrations';

/** A repository on the given database (a fresh name per test keeps tests apart). */
export function openRepository(dbName: string = DEFAULT_DB_NAME, options?: RepositoryOptions): IdbAmendsRepository {
  return new IdbAmendsRepository(dbName, options);
}

let shared: IdbAmendsRepository | null = null;

/**
 * The page's one repository on the real database; views share it. Its key vault is
 * storage.session, so popup and side panel share one unlocked state.
 */
export function getRepository(): IdbAmendsRepository {
  shared ??= openRepository(DEFAULT_DB_NAME, { vault: new SessionKeyVault(readIdleMinutes) });
  return shared;
}
