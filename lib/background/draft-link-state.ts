import { z } from 'zod';
import { DRAFT_KEY_PATTERN, MAX_DRAFT_CHARS } from '../messaging';

/**
 * Which draft in which tab waits for, or is linked to, a person (issue 5). Pure: the
 * background's service (draft-link-service.ts) feeds it browser events and keeps it in
 * storage.session so a sleeping service worker does not lose it.
 *
 * One current draft per tab: the field where the person last clicked "This is for…". Links
 * made for other fields in the same tab are remembered (draft key → person id), so coming
 * back to one of them and clicking again finds its person already chosen.
 *
 * Only opaque keys, ids and the draft's own text live here: never a name or anything else
 * from the list (the background cannot read a locked list anyway).
 */
export interface TabDraft {
  tabId: number;
  /** The window the tab was in when the person clicked (null when unknown). */
  windowId: number | null;
  draftKey: string;
  personId: string | null;
  /** The draft's latest text, as the coach last sent it. */
  text: string;
  /** When "This is for…" was clicked: the most recent one wins where a choice is needed. */
  at: number;
  /** Earlier links of other fields in this tab. */
  links: Record<string, string>;
}

/** Enough for every open mail tab; beyond it the oldest request is forgotten. */
export const MAX_TABS = 100;
/** Remembered links per tab (other fields of the same page). */
export const MAX_LINKS_PER_TAB = 20;

const draftKey = z.string().regex(DRAFT_KEY_PATTERN);
const personId = z.string().min(1).max(100);
const storedSchema = z.array(
  z.strictObject({
    tabId: z.int().min(0),
    windowId: z.int().min(0).nullable(),
    draftKey,
    personId: personId.nullable(),
    text: z.string().max(MAX_DRAFT_CHARS),
    at: z.number().min(0),
    links: z.record(draftKey, personId),
  }),
).max(MAX_TABS);

export class DraftLinks {
  private readonly tabs = new Map<number, TabDraft>();

  /** The person clicked "This is for…" on a field: it becomes the tab's current draft. */
  request(tabId: number, windowId: number | null, key: string, text: string, now: number): TabDraft {
    const before = this.tabs.get(tabId);
    const links = { ...(before?.links ?? {}) };
    if (before?.personId && before.draftKey !== key) links[before.draftKey] = before.personId;
    const personId = before?.draftKey === key ? before.personId : (links[key] ?? null);
    delete links[key];
    const entry: TabDraft = { tabId, windowId, draftKey: key, personId, text, at: now, links: trimLinks(links) };
    this.tabs.delete(tabId);
    this.tabs.set(tabId, entry);
    while (this.tabs.size > MAX_TABS) this.tabs.delete(this.tabs.keys().next().value!);
    return entry;
  }

  /** The coach sent a draft for analysis. True when it is a tab's current draft and its text changed. */
  seen(tabId: number, key: string, text: string): boolean {
    const entry = this.tabs.get(tabId);
    if (!entry || entry.draftKey !== key || entry.text === text) return false;
    entry.text = text;
    return true;
  }

  /** Links the tab's current draft to a person. False when that draft is not the one waiting there. */
  link(tabId: number, key: string, personId: string): boolean {
    const entry = this.tabs.get(tabId);
    if (!entry || entry.draftKey !== key) return false;
    entry.personId = personId;
    return true;
  }

  /** The draft waits for a person again. False when that draft is not the one waiting there. */
  unlink(tabId: number, key: string): boolean {
    const entry = this.tabs.get(tabId);
    if (!entry || entry.draftKey !== key) return false;
    entry.personId = null;
    return true;
  }

  removeTab(tabId: number): boolean {
    return this.tabs.delete(tabId);
  }

  get(tabId: number): TabDraft | undefined {
    return this.tabs.get(tabId);
  }

  /**
   * The draft a side panel in `windowId` should show: the one in the window's active tab.
   * When the panel itself is that tab (it was opened as a page, not beside one), the
   * active tab holds no draft; then the draft most recently sent from that window.
   */
  target(windowId: number, activeTabId: number | null, panelTabId: number | null): TabDraft | null {
    if (activeTabId !== null) {
      const active = this.tabs.get(activeTabId);
      if (active) return active;
    }
    if (panelTabId === null || activeTabId !== panelTabId) return null;
    let latest: TabDraft | null = null;
    for (const entry of this.tabs.values()) {
      if (entry.windowId === windowId && (!latest || entry.at >= latest.at)) latest = entry;
    }
    return latest;
  }

  toJSON(): TabDraft[] {
    return [...this.tabs.values()].map((entry) => ({ ...entry, links: { ...entry.links } }));
  }

  /** Rebuilds the state from storage; anything not in shape is dropped (and said so). */
  static restore(raw: unknown): { links: DraftLinks; dropped: boolean } {
    const links = new DraftLinks();
    if (raw === undefined || raw === null) return { links, dropped: false };
    const parsed = storedSchema.safeParse(raw);
    if (!parsed.success) return { links, dropped: true };
    for (const entry of parsed.data) links.tabs.set(entry.tabId, { ...entry, links: trimLinks(entry.links) });
    return { links, dropped: false };
  }
}

function trimLinks(links: Record<string, string>): Record<string, string> {
  const entries = Object.entries(links);
  return entries.length <= MAX_LINKS_PER_TAB ? links : Object.fromEntries(entries.slice(-MAX_LINKS_PER_TAB));
}
