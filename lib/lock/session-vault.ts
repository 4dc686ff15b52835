/**
 * The unlocked data key, held in `storage.session`: kept in memory by the browser (never
 * written to disk), shared by this extension's pages, emptied when the browser closes, and
 * (Chrome's default access level) not readable by content scripts. The background's memory
 * would be the other choice, but an MV3 service worker is stopped after about 30 seconds
 * idle, which would lock the list every time the popup closes.
 *
 * The entry also carries the last activity time and the idle length, so a page that opens
 * after the quiet spell finds the key expired and clears it before using it.
 */
import { storage } from 'wxt/utils/storage';
import type { HeldKey, KeyVault } from '../store/key-vault';
import { isIdleExpired } from './idle';
import { DEFAULT_IDLE_MINUTES } from './settings';

export interface SessionEntry extends HeldKey {
  lastActiveAt: number;
  idleMs: number;
}

export const sessionKeyItem = storage.defineItem<SessionEntry | null>('session:lockKey', { fallback: null });

function isEntry(value: unknown): value is SessionEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<SessionEntry>;
  return (
    typeof e.keyId === 'string' &&
    typeof e.raw === 'string' &&
    typeof e.lastActiveAt === 'number' &&
    typeof e.idleMs === 'number' &&
    e.idleMs > 0
  );
}

export class SessionKeyVault implements KeyVault {
  constructor(
    private readonly idleMinutes: () => Promise<number> = async () => DEFAULT_IDLE_MINUTES,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<HeldKey | null> {
    const entry = await this.entry();
    return entry ? { keyId: entry.keyId, raw: entry.raw } : null;
  }

  /** The live entry, or null; an expired entry is cleared on the way. */
  async entry(): Promise<SessionEntry | null> {
    const entry = await sessionKeyItem.getValue();
    if (!isEntry(entry)) return null;
    if (isIdleExpired(entry.lastActiveAt, entry.idleMs, this.now())) {
      await this.clear();
      return null;
    }
    return entry;
  }

  async write(key: HeldKey): Promise<void> {
    const idleMs = (await this.idleMinutes()) * 60_000;
    await sessionKeyItem.setValue({ keyId: key.keyId, raw: key.raw, lastActiveAt: this.now(), idleMs });
  }

  async clear(): Promise<void> {
    await sessionKeyItem.removeValue();
  }

  /** The person did something in an extension page: push the deadline back. */
  async touch(at: number = this.now()): Promise<void> {
    const entry = await this.entry();
    if (entry && at > entry.lastActiveAt) await sessionKeyItem.setValue({ ...entry, lastActiveAt: at });
  }

  /** A new idle length applies at once to the key already held. */
  async setIdleMs(idleMs: number): Promise<void> {
    const entry = await this.entry();
    if (entry) await sessionKeyItem.setValue({ ...entry, idleMs });
  }

  watch(listener: () => void): () => void {
    // Activity touches rewrite the entry too; only a change of key (or none) matters here.
    return sessionKeyItem.watch((next, previous) => {
      if (next?.keyId !== previous?.keyId || next?.raw !== previous?.raw) listener();
    });
  }
}
