/**
 * The background's half of "Use the coach on this site": keeps the coach registered on exactly
 * the sites the browser has granted (and that are not built in), whatever granted them: the
 * popup's button, or the browser's own extension settings. The popup only asks for the
 * permission; everything after happens here, because Firefox closes the popup as soon as its
 * permission prompt shows.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { disabledSitesItem, sanitizeOrigins } from '../settings';
import {
  addedSites,
  COACH_SCRIPT_FILE,
  coachScriptTemplate,
  leftoverStops,
  planReconcile,
  siteScriptFor,
  urlIsOnSite,
  withoutSite,
  type CoachScriptTemplate,
  type Site,
  type SiteScript,
} from '../site-access';
import { coachBuiltInHosts, grantedOrigins } from '../site-access-browser';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function template(): CoachScriptTemplate {
  const found = coachScriptTemplate(browser.runtime.getManifest().content_scripts);
  if (!found) throw new Error(`the manifest has no ${COACH_SCRIPT_FILE} to register`);
  return found;
}

/**
 * Makes the coach's run-time registrations match the granted sites. Each change is made on its
 * own, so one site the browser refuses does not keep the others from working.
 */
export async function reconcileSiteScripts(): Promise<void> {
  const wanted = addedSites(await grantedOrigins(), coachBuiltInHosts()).map((site) => siteScriptFor(site, template()));
  const registered = (await browser.scripting.getRegisteredContentScripts()) as SiteScript[];
  const plan = planReconcile(wanted, registered);
  const problems: unknown[] = [];
  for (const id of plan.unregister) {
    await browser.scripting.unregisterContentScripts({ ids: [id] }).catch((e: unknown) => problems.push(e));
  }
  for (const script of plan.register) {
    await browser.scripting.registerContentScripts([script as Registration]).catch((e: unknown) => problems.push(e));
  }
  if (problems.length > 0) throw new AggregateError(problems, 'some coach registrations could not be changed');
}

/** Takes newly granted sites out of the "turned off" list, so the coach is not held off there. */
async function clearStops(sites: readonly Site[]): Promise<void> {
  const before = sanitizeOrigins(await disabledSitesItem.getValue());
  const after = sites.reduce<string[]>((origins, site) => withoutSite(origins, site), before);
  if (after.length !== before.length) await disabledSitesItem.setValue(after);
}

/** Forgets the "turned off" origins of added sites once no page can still hold a coach there. */
async function forgetLeftoverStops(): Promise<void> {
  const disabled = sanitizeOrigins(await disabledSitesItem.getValue());
  const leftover = new Set(leftoverStops(disabled, coachBuiltInHosts()));
  if (leftover.size > 0) await disabledSitesItem.setValue(disabled.filter((origin) => !leftover.has(origin)));
}

/**
 * Starts the coach in pages of newly granted sites that are already open, instead of asking
 * for a reload: a reload can lose a draft the person is in the middle of. The top frame is
 * enough: the coach there also coaches same-origin and about:blank editor frames.
 */
async function startInOpenTabs(sites: readonly Site[]): Promise<void> {
  const { js = [], css = [] } = template();
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined || !sites.some((site) => urlIsOnSite(tab.url, site))) continue;
    const target = { tabId: tab.id };
    // A page that can't take it (still loading, an error page) gets the coach on its next load.
    if (css.length > 0) await browser.scripting.insertCSS({ target, files: css }).catch(() => undefined);
    // The file names come from the built manifest, so they are the extension's own public files.
    await browser.scripting.executeScript({ target, files: js as ScriptPublicPath[] }).catch(() => undefined);
  }
}

/**
 * Wires it up. Changes are made one at a time, in order, so a grant and the reconcile that
 * runs when the background wakes never register the same site twice.
 */
export function startSiteAccess(): void {
  let queue: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => console.warn('Amends Companion: site access:', error));
    return queue;
  };

  browser.permissions.onAdded.addListener((added) => {
    const sites = addedSites(added.origins ?? [], coachBuiltInHosts());
    if (sites.length === 0) return;
    void serial(async () => {
      await clearStops(sites);
      await reconcileSiteScripts();
      await startInOpenTabs(sites);
    });
  });
  browser.permissions.onRemoved.addListener(() => void serial(reconcileSiteScripts));
  // Only now are the pages that were told to stop gone (a browser start; an update orphans the
  // old scripts): on a mere service-worker wake they may still be open.
  browser.runtime.onStartup.addListener(() => void serial(forgetLeftoverStops));
  browser.runtime.onInstalled.addListener(() => void serial(forgetLeftoverStops));
  // Every start of the background (install, update, browser start, a service worker waking):
  // a grant may have changed while it was not running, or an update renamed the built file.
  void serial(reconcileSiteScripts);
}
