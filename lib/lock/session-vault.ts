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
import { clearAllUnsaved } from '../ui/unsaved-stash';
import { isIdleExpired } from './idle';
import { DEFAULT_IDLE_MINUTES } from './settings';

export interface SessionEntry extends HeldKey {
  lastActiveAt: number;
  idleMs: number;
}

/**
 * Three items, so that only unlocking writes the key and only locking removes it: an
 * activity touch racing a "Lock now" can never write the key back.
 */
export const sessionKeyItem = storage.defineItem<HeldKey | null>('session:lockKey', { fallback: null });
export const sessionActivityItem = storage.defineItem<number>('session:lockLastActive', { fallback: 0 });
export const sessionIdleMsItem = storage.defineItem<number>('session:lockIdleMs', { fallback: 0 });

function isHeldKey(value: unknown): value is HeldKey {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<HeldKey>;
  return typeof e.keyId === 'string' && typeof e.raw === 'string';
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

  /** The live entry, or null; an expired key is cleared on the way. */
  async entry(): Promise<SessionEntry | null> {
    const [key, lastActiveAt, storedIdleMs] = await Promise.all([
      sessionKeyItem.getValue(),
      sessionActivityItem.getValue(),
      sessionIdleMsItem.getValue(),
    ]);
    if (!isHeldKey(key)) return null;
    const idleMs = typeof storedIdleMs === 'number' && storedIdleMs > 0 ? storedIdleMs : DEFAULT_IDLE_MINUTES * 60_000;
    const last = typeof lastActiveAt === 'number' ? lastActiveAt : 0;
    if (isIdleExpired(last, idleMs, this.now())) {
      await this.clear();
      return null;
    }
    return { keyId: key.keyId, raw: key.raw, lastActiveAt: last, idleMs };
  }

  async write(key: HeldKey): Promise<void> {
    const idleMs = (await this.idleMinutes()) * 60_000;
    // Activity and idle length first, so the key never appears already expired.
    await Promise.all([sessionActivityItem.setValue(this.now()), sessionIdleMsItem.setValue(idleMs)]);
    await sessionKeyItem.setValue({ keyId: key.keyId, raw: key.raw });
  }

  async clear(): Promise<void> {
    // Words typed but not yet saved are kept in session memory too: a locked list keeps
    // nothing readable there.
    await Promise.all([sessionKeyItem.removeValue(), clearAllUnsaved()]);
  }

  /** The person did something in an extension page: push the deadline back. */
  async touch(at: number = this.now()): Promise<void> {
    const last = await sessionActivityItem.getValue();
    if (typeof last !== 'number' || at > last) await sessionActivityItem.setValue(at);
  }

  /** A new idle length applies at once to the key already held. */
  async setIdleMs(idleMs: number): Promise<void> {
    await sessionIdleMsItem.setValue(idleMs);
  }

  watch(listener: () => void): () => void {
    // Only the key coming or going matters; activity touches live in another item.
    return sessionKeyItem.watch((next, previous) => {
      if (next?.keyId !== previous?.keyId || next?.raw !== previous?.raw) listener();
    });
  }
}
