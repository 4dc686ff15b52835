import { browser } from 'wxt/browser';

/**
 * Opening the list's side panel from the popup.
 *
 * Both browsers only allow this inside a user gesture, so the open call must be the first
 * thing a click handler does, before any `await`. Chrome's `sidePanel.open` also needs a
 * window id, which we look up ahead of time (`currentWindowId`) so the click stays synchronous.
 * The APIs are typed here through a small interface because the polyfill's types (and WXT's
 * fake browser in tests) know neither `sidePanel` nor `sidebarAction`.
 */
interface SidePanelHost {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

function host(): SidePanelHost {
  return browser as unknown as SidePanelHost;
}

/** Resolves the popup's window id, for `openSidePanel`. Undefined where it cannot be known. */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    const win = await browser.windows.getCurrent();
    return win.id;
  } catch {
    return undefined;
  }
}

/** True when this browser has a side panel or sidebar we can open. */
export function canOpenSidePanel(): boolean {
  const api = host();
  return typeof api.sidePanel?.open === 'function' || typeof api.sidebarAction?.open === 'function';
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Call synchronously from a click
 * handler. The returned promise settles once the browser has answered; it rejects with a
 * readable message when the panel cannot be opened.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = host();
  try {
    if (api.sidePanel?.open && windowId !== undefined) {
      return Promise.resolve(api.sidePanel.open({ windowId }));
    }
    if (api.sidebarAction?.open) {
      return Promise.resolve(api.sidebarAction.open());
    }
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return Promise.reject(new Error('This browser could not open the side panel.'));
}
