/**
 * Asks the browser to keep the list's storage even when the disk runs low ("persistent"
 * storage). Asked once from an extension page; browsers that do not offer it are fine.
 */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export type PersistResult = 'persisted' | 'granted' | 'declined' | 'unavailable';

export async function requestPersistentStorage(manager: StorageManagerLike | undefined): Promise<PersistResult> {
  if (!manager?.persist) return 'unavailable';
  try {
    if (manager.persisted && (await manager.persisted())) return 'persisted';
    return (await manager.persist()) ? 'granted' : 'declined';
  } catch {
    return 'unavailable';
  }
}
