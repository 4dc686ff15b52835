import { browser } from 'wxt/browser';
import { DRAFT_PORT_NAME, type BackgroundToPanel, type PanelDraft, type PanelMessage } from '../messaging';

/**
 * The side panel's end of the draft-link port (issue 5). The background sends the draft
 * waiting in this window's active tab, and every change to it as the person types; the
 * panel sends the person's choice of who it is for.
 *
 * A sleeping service worker closes the port; the panel connects again at once (which wakes
 * the worker, which reads its state back from storage.session) and asks for the draft again.
 */
export interface DraftLinkState {
  draft: PanelDraft | null;
  /** The draft the panel acted on is no longer in its tab (closed, or another field chosen). */
  problem: 'unknown-draft' | null;
}

export interface DraftLinkClient {
  /** Called at once with the current state, then on every change; returns unsubscribe. */
  subscribe(listener: (state: DraftLinkState) => void): () => void;
  link(draft: PanelDraft, personId: string): void;
  unlink(draft: PanelDraft): void;
  close(): void;
}

/** The parts of `runtime.Port` used here. */
export interface ClientPort {
  postMessage(message: PanelMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ClientOptions {
  connect(): ClientPort;
  windowId(): Promise<number | undefined>;
  /** Wait before connecting again after the port closed. */
  retryMs?: number;
}

const RETRY_MS = 200;
/** After this many connections that closed at once, stop trying (the extension is gone). */
const MAX_QUICK_FAILURES = 5;

export function createDraftLinkClient(options: ClientOptions): DraftLinkClient {
  let state: DraftLinkState = { draft: null, problem: null };
  const listeners = new Set<(state: DraftLinkState) => void>();
  let port: ClientPort | null = null;
  let closed = false;
  let quickFailures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const publish = (next: DraftLinkState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  const onMessage = (raw: unknown) => {
    const message = raw as BackgroundToPanel | null;
    if (!message || typeof message !== 'object') return;
    quickFailures = 0;
    if (message.type === 'draft/state') publish({ draft: message.draft ?? null, problem: sameDraft(state, message.draft) ? state.problem : null });
    else if (message.type === 'draft/problem') publish({ ...state, problem: message.reason });
  };

  const open = async () => {
    if (closed) return;
    const windowId = await options.windowId();
    if (closed || windowId === undefined) return;
    let next: ClientPort;
    try {
      next = options.connect();
    } catch {
      return; // the extension was reloaded: this page is going away too
    }
    port = next;
    next.onMessage.addListener(onMessage);
    next.onDisconnect.addListener(() => {
      if (port === next) port = null;
      if (closed) return;
      quickFailures += 1;
      if (quickFailures > MAX_QUICK_FAILURES) return;
      retry = setTimeout(() => void open(), options.retryMs ?? RETRY_MS);
    });
    next.postMessage({ type: 'draft/watch', windowId });
  };

  void open();

  return {
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    link(draft, personId) {
      port?.postMessage({ type: 'draft/link', tabId: draft.tabId, draftKey: draft.draftKey, personId });
    },
    unlink(draft) {
      port?.postMessage({ type: 'draft/unlink', tabId: draft.tabId, draftKey: draft.draftKey });
    },
    close() {
      closed = true;
      clearTimeout(retry);
      port?.disconnect();
      port = null;
      listeners.clear();
    },
  };
}

function sameDraft(state: DraftLinkState, draft: PanelDraft | null | undefined): boolean {
  return !!draft && !!state.draft && state.draft.tabId === draft.tabId && state.draft.draftKey === draft.draftKey;
}

/** The client for this extension page, on the real browser. */
export function connectDraftLink(): DraftLinkClient {
  return createDraftLinkClient({
    connect: () => browser.runtime.connect({ name: DRAFT_PORT_NAME }) as unknown as ClientPort,
    windowId: async () => {
      try {
        return (await browser.windows.getCurrent()).id;
      } catch {
        return undefined;
      }
    },
  });
}
