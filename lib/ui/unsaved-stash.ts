/**
 * Words typed into a field of an extension page that are not saved yet. A save to
 * IndexedDB needs the page alive, so closing the side panel mid-typing used to lose the
 * last moment of typing. Each change is also put here, in `storage.session`: kept in
 * memory by the browser (never on disk), shared by this extension's pages only (content
 * scripts cannot read it at the default access level), and emptied when the browser
 * closes or the list locks. The next time the field appears, it takes its words back.
 *
 * The call is fired off at once and not awaited, so it is already on its way when the
 * page goes away.
 */
import { storage } from 'wxt/utils/storage';

export interface UnsavedWords {
  /** What was in the field. */
  value: string;
  /** What the record held when the typing started. */
  base: string;
  at: number;
}

const PREFIX = 'unsaved:';
type SessionKey = `session:${string}`;
const itemKey = (key: string): SessionKey => `session:${PREFIX}${key}`;

function isUnsaved(value: unknown): value is UnsavedWords {
  const v = value as Partial<UnsavedWords> | null;
  return !!v && typeof v.value === 'string' && typeof v.base === 'string' && typeof v.at === 'number';
}

export function stashUnsaved(key: string, value: string, base: string, at = Date.now()): void {
  void storage.setItem<UnsavedWords>(itemKey(key), { value, base, at }).catch(() => undefined);
}

export function dropUnsaved(key: string): void {
  void storage.removeItem(itemKey(key)).catch(() => undefined);
}

/** The words left for `key`, if any (they stay until the field saves or lets them go). */
export async function readUnsaved(key: string): Promise<UnsavedWords | null> {
  try {
    const value = await storage.getItem<UnsavedWords>(itemKey(key));
    return isUnsaved(value) ? value : null;
  } catch {
    return null;
  }
}

/** Forgets every field's unsaved words (the list is locking: nothing readable stays). */
export async function clearAllUnsaved(): Promise<void> {
  try {
    const all = await storage.snapshot('session');
    const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX));
    if (keys.length > 0) await storage.removeItems(keys.map((k) => itemKey(k.slice(PREFIX.length))));
  } catch {
    // Nothing to clear, or session storage is unavailable: nothing was kept either.
  }
}

/**
 * What a field does with words it finds on its return:
 * - 'drop': they match what is stored (the save landed after all);
 * - 'restore': the record is unchanged since the typing started, so the words carry on
 *   where they stopped and are saved;
 * - 'offer': the record changed meanwhile (another window): the person chooses.
 */
export function restoreDecision(found: UnsavedWords, stored: string): 'drop' | 'restore' | 'offer' {
  if (found.value === stored) return 'drop';
  return found.base === stored ? 'restore' : 'offer';
}
