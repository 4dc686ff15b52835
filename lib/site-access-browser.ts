/**
 * The browser edge of "Use the coach on this site" for extension pages (popup, side panel):
 * which page the popup is about, which sites are granted, and turning a site off. Turning a
 * site on is one call, `browser.permissions.request`, made straight from the click that asks
 * for it (see CoachSettings); the background then registers the coach (lib/background/site-access.ts).
 */
import { browser } from 'wxt/browser';
import { BUILT_IN_HOSTS } from './coach/sites';
import { disabledSitesItem, originOf, sanitizeOrigins } from './settings';
import { siteScriptId, urlIsOnSite, withoutSite, type Site } from './site-access';

/** Hosts the coach runs on without asking: the built-in ones, and loopback in the test build. */
export function coachBuiltInHosts(): readonly string[] {
  return import.meta.env.MODE === 'test' ? [...BUILT_IN_HOSTS, '127.0.0.1', 'localhost'] : BUILT_IN_HOSTS;
}

export interface PageTab {
  id?: number;
  url?: string;
}

/**
 * The tab the popup is about: the active tab, whose URL the popup sees through `activeTab`.
 * The test build alone also takes `?tab=<id>&url=<url>`, because automation cannot click the
 * toolbar button (the only thing that grants `activeTab`); production builds ignore it.
 */
export async function currentTab(search: string = globalThis.location?.search ?? ''): Promise<PageTab | null> {
  if (import.meta.env.MODE === 'test') {
    const params = new URLSearchParams(search);
    const id = Number(params.get('tab'));
    const url = params.get('url');
    if (Number.isInteger(id) && id > 0 && url) return { id, url };
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ? { id: tab.id, url: tab.url } : null;
  } catch {
    return null;
  }
}

/** Origins the browser has granted this extension (required and optional alike). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/**
 * Calls `onChange` whenever a site is granted or taken back (here or in the browser's settings).
 * Where the events are missing (a test double), the page still shows the state, just not live.
 */
export function watchGrantedOrigins(onChange: () => void): () => void {
  const listener = () => onChange();
  try {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/** Whether the coach is registered for the site (the background does that once it is granted). */
export async function siteScriptRegistered(site: Site): Promise<boolean> {
  const found = await browser.scripting.getRegisteredContentScripts({ ids: [siteScriptId(site)] });
  return found.length > 0;
}

/**
 * Waits, a few times over, for the background to register the coach after a grant. Resolves
 * false if it never shows up, so the page can say so instead of promising a coach.
 */
export async function waitForSiteScript(site: Site, attempts = 30, pauseMs = 100): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await siteScriptRegistered(site)) return true;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return false;
}

/** Origins of the open tabs on a site (their URLs are visible while the site is still granted). */
async function openOriginsOn(site: Site): Promise<string[]> {
  try {
    const tabs = await browser.tabs.query({});
    return tabs.map((tab) => (urlIsOnSite(tab.url, site) ? originOf(tab.url) : null)).filter((o): o is string => !!o);
  } catch {
    return [];
  }
}

/**
 * Turns the coach off for a site the person added: first it stops in the open pages of that
 * site (the coach there watches the settings), then the browser takes the permission back, and
 * the background, told of that, removes the registration. Resolves false if the browser kept
 * the permission (nothing else is left half-done: the pages simply resume on a reload).
 */
export async function stopCoachOnSite(site: Site, pageOrigins: readonly string[] = []): Promise<boolean> {
  const origins = [...pageOrigins, ...(await openOriginsOn(site))].filter((o) => urlIsOnSite(o, site));
  const disabled = sanitizeOrigins(await disabledSitesItem.getValue());
  await disabledSitesItem.setValue([...new Set([...disabled, ...origins])]);
  const removed = await browser.permissions.remove({ origins: [site.pattern] });
  if (!removed) await disabledSitesItem.setValue(withoutSite(sanitizeOrigins(await disabledSitesItem.getValue()), site));
  return removed;
}

/** Reloads the page the popup is about (allowed through `activeTab`). */
export async function reloadTab(tab: PageTab): Promise<void> {
  if (tab.id === undefined) throw new Error('no tab to reload');
  await browser.tabs.reload(tab.id);
}
