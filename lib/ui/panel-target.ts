import { browser } from 'wxt/browser';

/**
 * Which person the side panel should show, handed over from the popup.
 *
 * The popup cannot pass a URL to an already-open side panel, so it writes the person's id
 * to session storage (cleared when the browser closes; only the id, never list data) and
 * the side panel reads it at start and whenever it changes. A target older than a minute
 * is ignored, so a panel opened later does not jump to a stale person.
 */
const KEY = 'ui:panelTarget';
const FRESH_FOR_MS = 60_000;

interface PanelTarget {
  personId: string;
  at: number;
}

type Area = typeof browser.storage.local;

function area(): Area {
  return browser.storage.session ?? browser.storage.local;
}

function isTarget(value: unknown): value is PanelTarget {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PanelTarget).personId === 'string' &&
    typeof (value as PanelTarget).at === 'number'
  );
}

function fresh(value: unknown, now: number): string | null {
  return isTarget(value) && now - value.at < FRESH_FOR_MS ? value.personId : null;
}

export async function setPanelTarget(personId: string): Promise<void> {
  await area().set({ [KEY]: { personId, at: Date.now() } satisfies PanelTarget });
}

/** Reads the target and clears it, so it is acted on once. */
export async function takePanelTarget(): Promise<string | null> {
  try {
    const stored = await area().get(KEY);
    const personId = fresh(stored[KEY], Date.now());
    if (stored[KEY] !== undefined) await area().remove(KEY);
    return personId;
  } catch {
    return null;
  }
}

/** Calls `onTarget` whenever the popup asks for a person while the panel is open. */
export function watchPanelTarget(onTarget: (personId: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[KEY];
    if (!change) return;
    const personId = fresh(change.newValue, Date.now());
    if (personId) {
      onTarget(personId);
      void area().remove(KEY).catch(() => undefined);
    }
  };
  const events = area().onChanged;
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** `#person=<id>` in the side panel's URL. */
export function personIdFromHash(hash: string): string | null {
  const match = /^#?person=([^&]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function hashForPerson(personId: string): string {
  return `#person=${encodeURIComponent(personId)}`;
}
