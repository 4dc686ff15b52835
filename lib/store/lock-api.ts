import type { AmendsRepository } from './repository-api';

export type LockStatus = 'off' | 'locked' | 'unlocked';

/**
 * The passphrase lock, for the views that manage it. Kept beside AmendsRepository (not in
 * it) so views and test doubles that only read and write the list need not know about it.
 */
export interface LockableRepository extends AmendsRepository {
  lockStatus(): Promise<LockStatus>;
  /** Rejects with WrongPassphraseError (nothing read or written). */
  unlock(passphrase: string): Promise<void>;
  /** Forgets the key in every page; the data stays sealed. */
  lock(): Promise<void>;
  /** Seals every person under a new key, in one transaction; this page stays unlocked. */
  enableLock(passphrase: string): Promise<void>;
  /** Opens every person back to plain records in one transaction. */
  disableLock(passphrase: string): Promise<void>;
  /** Re-seals every person under a new key protected by `next`, in one transaction. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Called when the lock is turned on/off, locked or unlocked, here or in another page. */
  onLockChange(listener: () => void): () => void;
}

export function isLockable(repository: AmendsRepository): repository is LockableRepository {
  return typeof (repository as Partial<LockableRepository>).lockStatus === 'function';
}
