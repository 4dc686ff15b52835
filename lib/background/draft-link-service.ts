import {
  DRAFT_PORT_NAME,
  extensionPageSender,
  parsePanelMessage,
  type BackgroundToPanel,
  type CoachAnalysis,
  type MessageResult,
  type PanelDraft,
  type SenderContext,
  type SenderLike,
} from '../messaging';
import { DraftLinks, type TabDraft } from './draft-link-state';

/**
 * The background's side of linking a draft to a person (issue 5). It hears three things:
 *
 *  - the coach's "This is for…" click ('coach/link-draft'): opens the side panel at once,
 *    inside the click's user gesture, then remembers that this tab's draft awaits a person;
 *  - every draft the coach sends for analysis ('coach/analyze'): the linked draft's latest
 *    text and analysis go on to the side panel;
 *  - the side panel's port: it watches its window's active tab, links and unlinks.
 *
 * Nothing here ever goes toward the page: the coach's click is answered with "opened" or the
 * keyboard shortcut, never with anything from the list. Names live only in the side panel;
 * this service holds person ids, opaque draft keys and the draft's own text.
 */

/** The parts of `runtime.Port` used here. */
export interface PortLike {
  name: string;
  sender?: SenderLike;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface DraftLinkDeps {
  extensionId: string;
  /** `runtime.getURL('/')`: the origin every extension page's URL starts with. */
  extensionOrigin: string;
  analyze(text: string): CoachAnalysis;
  /** Chrome's `sidePanel.open` for a tab; null where there is none (Firefox). */
  openSidePanel: ((tabId: number) => Promise<void>) | null;
  /** The keyboard shortcut that opens the sidebar (Firefox), when one is set. */
  sidebarShortcut(): Promise<string | null>;
  /** The active tab of a window, or null. */
  activeTab(windowId: number): Promise<number | null>;
  /** storage.session (memory only, cleared when the browser closes); null where missing. */
  session: SessionArea | null;
  now?: () => number;
  /** Dropped messages and refused ports, for development builds. */
  log?: (message: string) => void;
  /** Typing is written to storage.session at most this often. */
  saveDelayMs?: number;
}

export const SESSION_KEY = 'draftLinks';

interface Watcher {
  port: PortLike;
  windowId: number | null;
  /** The panel's own tab, when it was opened as a page rather than beside one. */
  panelTabId: number | null;
  last: PanelDraft | null | undefined;
}

export class DraftLinkService {
  private links = new DraftLinks();
  readonly ready: Promise<void>;
  private readonly analyses = new Map<number, { text: string; analysis: CoachAnalysis }>();
  private readonly watchers = new Set<Watcher>();
  private readonly activeByWindow = new Map<number, number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: DraftLinkDeps) {
    this.ready = this.restore();
  }

  /**
   * 'coach/link-draft'. The side panel is asked to open first, synchronously, before any
   * await: Chrome only opens it inside the person's click. Then the draft is recorded as
   * waiting for a person in this tab.
   */
  requestLink(message: { draftKey: string; text: string }, context: SenderContext): Promise<MessageResult> {
    let opening: Promise<boolean> = Promise.resolve(false);
    if (this.deps.openSidePanel) {
      try {
        opening = this.deps.openSidePanel(context.tabId).then(
          () => true,
          (error: unknown) => {
            this.log(`side panel did not open: ${String(error)}`);
            return false;
          },
        );
      } catch (error) {
        this.log(`side panel did not open: ${String(error)}`);
      }
    }
    return this.ready.then(async () => {
      this.links.request(context.tabId, context.windowId ?? null, message.draftKey, message.text, this.now());
      this.analyses.delete(context.tabId);
      this.save(true);
      this.pushAll();
      const opened = await opening;
      const shortcut = opened || this.deps.openSidePanel ? null : await this.deps.sidebarShortcut().catch(() => null);
      return { ok: true, opening: { opened, shortcut } };
    });
  }

  /** 'coach/analyze' from a tab: if it is that tab's current draft, the side panel follows it. */
  draftSeen(tabId: number, draftKey: string | undefined, text: string, analysis: CoachAnalysis): void {
    if (!draftKey) return;
    void this.ready.then(() => {
      const entry = this.links.get(tabId);
      if (!entry || entry.draftKey !== draftKey) return;
      const changed = this.links.seen(tabId, draftKey, text);
      this.analyses.set(tabId, { text, analysis });
      if (changed) this.save(false);
      this.pushAll();
    });
  }

  /** `runtime.onConnect`. Returns false for ports that are not this service's. */
  connect(port: PortLike): boolean {
    if (port.name !== DRAFT_PORT_NAME) return false;
    const from = extensionPageSender(port.sender, this.deps.extensionId, this.deps.extensionOrigin);
    if (!from) {
      this.log('refused a draft-link port from outside the extension');
      port.disconnect();
      return true;
    }
    const watcher: Watcher = { port, windowId: null, panelTabId: from.tabId, last: undefined };
    port.onMessage.addListener((raw) => void this.onPanelMessage(watcher, raw));
    port.onDisconnect.addListener(() => this.watchers.delete(watcher));
    return true;
  }

  tabActivated(tabId: number, windowId: number): void {
    this.activeByWindow.set(windowId, tabId);
    this.pushAll();
  }

  tabRemoved(tabId: number): void {
    void this.ready.then(() => {
      this.analyses.delete(tabId);
      if (!this.links.removeTab(tabId)) return;
      this.save(true);
      this.pushAll();
    });
  }

  /** The current state, for tests and debugging. */
  snapshot(): TabDraft[] {
    return this.links.toJSON();
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────

  private async onPanelMessage(watcher: Watcher, raw: unknown): Promise<void> {
    const message = parsePanelMessage(raw);
    if (!message) {
      this.log('dropped a malformed side-panel message');
      return;
    }
    await this.ready;
    switch (message.type) {
      case 'draft/watch': {
        watcher.windowId = message.windowId;
        this.watchers.add(watcher);
        const active = await this.deps.activeTab(message.windowId).catch(() => null);
        if (active !== null) this.activeByWindow.set(message.windowId, active);
        this.send(watcher, true);
        return;
      }
      case 'draft/link':
      case 'draft/unlink': {
        const done =
          message.type === 'draft/link'
            ? this.links.link(message.tabId, message.draftKey, message.personId)
            : this.links.unlink(message.tabId, message.draftKey);
        if (!done) {
          // The tab closed, or another field became its draft, since the panel last heard.
          this.post(watcher, { type: 'draft/problem', reason: 'unknown-draft' });
          this.send(watcher, true);
          return;
        }
        this.save(true);
        this.pushAll();
        return;
      }
    }
  }

  private draftFor(watcher: Watcher): PanelDraft | null {
    if (watcher.windowId === null) return null;
    const active = this.activeByWindow.get(watcher.windowId) ?? null;
    const entry = this.links.target(watcher.windowId, active, watcher.panelTabId);
    if (!entry) return null;
    let cached = this.analyses.get(entry.tabId);
    if (!cached || cached.text !== entry.text) {
      // After the service worker woke, or before the coach's next analysis: read it here.
      cached = { text: entry.text, analysis: this.deps.analyze(entry.text) };
      this.analyses.set(entry.tabId, cached);
    }
    return { tabId: entry.tabId, draftKey: entry.draftKey, personId: entry.personId, text: entry.text, analysis: cached.analysis, at: entry.at };
  }

  private pushAll(): void {
    for (const watcher of this.watchers) this.send(watcher, false);
  }

  /** Sends the watcher its draft, unless it is what it was sent last (always when `force`). */
  private send(watcher: Watcher, force: boolean): void {
    const draft = this.draftFor(watcher);
    if (!force && sameDraft(watcher.last, draft)) return;
    watcher.last = draft;
    this.post(watcher, { type: 'draft/state', draft });
  }

  private post(watcher: Watcher, message: BackgroundToPanel): void {
    try {
      watcher.port.postMessage(message);
    } catch {
      // The panel closed between our check and the post.
      this.watchers.delete(watcher);
    }
  }

  private async restore(): Promise<void> {
    if (!this.deps.session) return;
    try {
      const stored = await this.deps.session.get(SESSION_KEY);
      const { links, dropped } = DraftLinks.restore(stored[SESSION_KEY]);
      if (dropped) this.log('stored draft links were not in shape and were set aside');
      this.links = links;
    } catch (error) {
      this.log(`could not read stored draft links: ${String(error)}`);
    }
  }

  /** Links are written at once; typing waits a moment so a long draft is not copied per key. */
  private save(now: boolean): void {
    const session = this.deps.session;
    if (!session) return;
    clearTimeout(this.saveTimer);
    const write = () => {
      this.saveTimer = undefined;
      session.set({ [SESSION_KEY]: this.links.toJSON() }).catch((error: unknown) => this.log(`could not keep draft links: ${String(error)}`));
    };
    if (now) write();
    else this.saveTimer = setTimeout(write, this.deps.saveDelayMs ?? 500);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private log(message: string): void {
    this.deps.log?.(message);
  }
}

function sameDraft(a: PanelDraft | null | undefined, b: PanelDraft | null): boolean {
  if (a === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.tabId === b.tabId && a.draftKey === b.draftKey && a.personId === b.personId && a.text === b.text && a.analysis === b.analysis && a.at === b.at;
}
