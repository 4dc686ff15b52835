import { browser } from 'wxt/browser';
import { coachAnalysis } from '../coach/engine-bridge';
import { DraftLinkService, type PortLike, type SessionArea } from './draft-link-service';

/**
 * The draft-link service wired to the browser: Chrome's side panel (Firefox's sidebar
 * cannot be opened from a page click, so there the coach is told the shortcut), the side
 * panel's port, tab events, and storage.session. The logic lives in draft-link-service.ts.
 */
interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  commands?: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

export function createDraftLinkService(): DraftLinkService {
  const api = browser as unknown as PanelApis;
  const session = (browser.storage as { session?: SessionArea }).session ?? null;
  const service = new DraftLinkService({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    analyze: coachAnalysis,
    // Looked up per call, so the call itself stays the first thing the click handler does.
    openSidePanel: api.sidePanel?.open ? (tabId) => api.sidePanel!.open({ tabId }) : null,
    sidebarShortcut: async () => {
      const commands = (await api.commands?.getAll()) ?? [];
      return commands.find((c) => c.name === '_execute_sidebar_action')?.shortcut || null;
    },
    activeTab: async (windowId) => {
      const [tab] = await browser.tabs.query({ active: true, windowId });
      return typeof tab?.id === 'number' ? tab.id : null;
    },
    session,
    log: import.meta.env.DEV ? (message) => console.debug(`[amends] ${message}`) : undefined,
  });
  browser.runtime.onConnect.addListener((port) => void service.connect(port as unknown as PortLike));
  browser.tabs.onRemoved.addListener((tabId) => service.tabRemoved(tabId));
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => service.tabActivated(tabId, windowId));
  return service;
}
