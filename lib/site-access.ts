/**
 * "Use the coach on this site": the pure rules behind adding a site that is not built in.
 *
 * A site is one scheme and host name, as a match pattern (`https://mail.example.org/*`). The
 * browser holds the person's consent (an optional host permission per site); the coach is
 * registered at run time for exactly the sites so granted, with the options of the built-in
 * coach script. Nothing here touches a browser API: lib/background/site-access.ts and
 * lib/site-access-browser.ts are the thin edges that do.
 */

/** Every run-time registration of the coach starts with this, so others are never touched. */
export const SITE_SCRIPT_PREFIX = 'coach-site:';

/** The built coach script, as WXT names it in the manifest. */
export const COACH_SCRIPT_FILE = 'content-scripts/coach.js';

export interface Site {
  /** Match pattern, e.g. "https://mail.example.org/*". */
  pattern: string;
  scheme: 'http' | 'https';
  /** Host name as the URL parser gives it (lower case; IPv6 in brackets). */
  host: string;
}

/**
 * The site a page belongs to: its scheme and host, any port, any path. Firefox match patterns
 * cannot name a port, so the person's consent covers every port of that host. Null for pages
 * the coach cannot run on (extension pages, chrome:, about:, file:, data:).
 */
export function siteFor(url: string | null | undefined): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  if (!host || host.includes('*')) return null;
  const scheme = parsed.protocol === 'https:' ? 'https' : 'http';
  return { pattern: `${scheme}://${host}/*`, scheme, host };
}

const ONE_SITE = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/*:[\]]+)\/\*$/i;

/**
 * The site a granted pattern stands for, or null when it is not exactly one site: wildcards
 * such as `https://*\/*` or `<all_urls>` (granted from the browser's own settings) never turn
 * the coach on everywhere; the person adds sites one by one.
 */
export function parseSitePattern(pattern: string): Site | null {
  const m = ONE_SITE.exec(pattern);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase() as Site['scheme'];
  const host = m[2]!.toLowerCase();
  return { pattern: `${scheme}://${host}/*`, scheme, host };
}

/** Whether a page's URL belongs to a site (same scheme and host; any port). */
export function urlIsOnSite(url: string | null | undefined, site: Site): boolean {
  const other = siteFor(url);
  return !!other && other.pattern === site.pattern;
}

/** What the popup offers for the page the person is on. */
export type SiteState =
  /** No page, or one the coach cannot run on. */
  | { kind: 'unavailable' }
  /** A built-in host: the coach runs there unless turned off in settings. */
  | { kind: 'built-in'; site: Site; origin: string }
  /** The person added this site. */
  | { kind: 'added'; site: Site; origin: string }
  /** Neither: the coach can be added here. */
  | { kind: 'not-added'; site: Site; origin: string };

/**
 * The state of the coach for a page, given the origins the browser has granted and the hosts
 * the coach runs on without asking.
 */
export function siteStateFor(
  url: string | null | undefined,
  grantedOrigins: readonly string[],
  builtInHosts: readonly string[],
): SiteState {
  const site = siteFor(url);
  if (!site) return { kind: 'unavailable' };
  const origin = new URL(url!).origin;
  if (builtInHosts.includes(site.host)) return { kind: 'built-in', site, origin };
  const added = addedSites(grantedOrigins, builtInHosts).some((s) => s.pattern === site.pattern);
  return { kind: added ? 'added' : 'not-added', site, origin };
}

/**
 * The sites the person added: granted origins that are exactly one site and not built in,
 * without duplicates, in a stable order (by host, then scheme).
 */
export function addedSites(grantedOrigins: readonly string[], builtInHosts: readonly string[]): Site[] {
  const byPattern = new Map<string, Site>();
  for (const origin of grantedOrigins) {
    const site = parseSitePattern(origin);
    if (site && !builtInHosts.includes(site.host)) byPattern.set(site.pattern, site);
  }
  return [...byPattern.values()].sort((a, b) => a.host.localeCompare(b.host) || a.scheme.localeCompare(b.scheme));
}

/** A run-time content script registration, in the shape `scripting` takes and returns. */
export interface SiteScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  matchOriginAsFallback?: boolean;
  persistAcrossSessions?: boolean;
}

/** The parts of a manifest `content_scripts` entry that a registration copies. */
export interface ManifestContentScript {
  js?: string[] | null;
  css?: string[] | null;
  all_frames?: boolean | null;
  match_about_blank?: boolean | null;
  match_origin_as_fallback?: boolean | null;
  run_at?: string | null;
}

/**
 * A file of the extension as registrations name it ("content-scripts/coach.js"). Firefox's
 * runtime.getManifest() gives content script files as full URLs
 * ("moz-extension://<uuid>/content-scripts/coach.js"); Chrome gives them as written.
 */
export function packagePath(file: string): string {
  return file.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i, '').replace(/^\/+/, '');
}

export type CoachScriptTemplate = Omit<SiteScript, 'id' | 'matches'>;

const RUN_AT = new Set(['document_start', 'document_end', 'document_idle']);

/**
 * The options of the built-in coach script, read from the built manifest, so a site the
 * person adds gets the same file in the same frames at the same time.
 *
 * Registered scripts have no `matchAboutBlank`: `matchOriginAsFallback` is the only way to reach
 * the about:blank frames rich editors (TinyMCE, CKEditor 4) write in. Chrome's built-in entry
 * already sets it; Firefox's MV2 entry says `match_about_blank`, and Firefox (128 on) no longer
 * lets a registered script into about:blank without `matchOriginAsFallback`, so either key
 * turns it on here.
 */
export function coachScriptTemplate(contentScripts: readonly ManifestContentScript[] | undefined): CoachScriptTemplate | null {
  const entry = contentScripts?.find((cs) => cs.js?.some((file) => packagePath(file) === COACH_SCRIPT_FILE));
  if (!entry) return null;
  const runAt = entry.run_at && RUN_AT.has(entry.run_at) ? (entry.run_at as SiteScript['runAt']) : 'document_idle';
  return {
    js: entry.js!.map(packagePath),
    ...(entry.css && entry.css.length > 0 ? { css: entry.css.map(packagePath) } : {}),
    allFrames: entry.all_frames === true,
    matchOriginAsFallback: entry.match_origin_as_fallback === true || entry.match_about_blank === true,
    runAt,
    persistAcrossSessions: true,
  };
}

export function siteScriptId(site: Site): string {
  return SITE_SCRIPT_PREFIX + site.pattern;
}

export function siteScriptFor(site: Site, template: CoachScriptTemplate): SiteScript {
  return { id: siteScriptId(site), matches: [site.pattern], ...template };
}

/** Two registrations do the same thing (absent options compared as the browser's defaults). */
export function sameScript(a: SiteScript, b: SiteScript): boolean {
  const list = (v?: string[]) => JSON.stringify([...(v ?? [])].sort());
  return (
    a.id === b.id &&
    list(a.matches) === list(b.matches) &&
    JSON.stringify(a.js ?? []) === JSON.stringify(b.js ?? []) &&
    JSON.stringify(a.css ?? []) === JSON.stringify(b.css ?? []) &&
    (a.allFrames ?? false) === (b.allFrames ?? false) &&
    (a.runAt ?? 'document_idle') === (b.runAt ?? 'document_idle') &&
    (a.matchOriginAsFallback ?? false) === (b.matchOriginAsFallback ?? false) &&
    (a.persistAcrossSessions ?? true) === (b.persistAcrossSessions ?? true)
  );
}

export interface ReconcilePlan {
  /** Ids to unregister: sites no longer granted, and outdated registrations. */
  unregister: string[];
  /** Scripts to register: newly granted sites, and fresh copies of outdated ones. */
  register: SiteScript[];
}

/**
 * What to change so the coach's run-time registrations are exactly `wanted`. Registrations
 * that are not the coach's (another prefix) are left alone. One that differs from what is
 * wanted (say, an update renamed the built file) is replaced.
 */
export function planReconcile(wanted: readonly SiteScript[], registered: readonly SiteScript[]): ReconcilePlan {
  const ours = registered.filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX));
  const current = new Map(ours.map((s) => [s.id, s]));
  const wantedIds = new Set(wanted.map((s) => s.id));
  const unregister = ours.filter((s) => !wantedIds.has(s.id)).map((s) => s.id);
  const register: SiteScript[] = [];
  for (const script of wanted) {
    const have = current.get(script.id);
    if (!have) register.push(script);
    else if (!sameScript(have, script)) {
      unregister.push(script.id);
      register.push(script);
    }
  }
  return { unregister, register };
}

/**
 * The coach in a page stops at once when its origin is in the "turned off" list (it watches
 * the settings). Turning a site off adds the origins of its open pages; adding the site again
 * takes every origin of that site back out, so the coach is never held off where it was just
 * allowed.
 */
export function withoutSite(disabledOrigins: readonly string[], site: Site): string[] {
  return disabledOrigins.filter((origin) => !urlIsOnSite(origin, site));
}

/**
 * "Turned off" origins that are only there to stop the coach in pages that were open when a site
 * was stopped: every origin not on a built-in host. Once no such page can exist (a browser
 * start, an extension update), they go, so no trace of a removed site stays behind and a site
 * added again is never held off. Built-in hosts keep theirs: that is the person's own setting.
 */
export function leftoverStops(disabledOrigins: readonly string[], builtInHosts: readonly string[]): string[] {
  return disabledOrigins.filter((origin) => {
    const site = siteFor(origin);
    return !!site && !builtInHosts.includes(site.host);
  });
}
