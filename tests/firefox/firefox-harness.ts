/**
 * A real Firefox (Debian's firefox-esr, never a downloaded one) driven over WebDriver BiDi by
 * puppeteer-core, with the Firefox test build installed as a temporary add-on
 * (BiDi webExtension.install: no signing needed), and the fixture server on 127.0.0.1.
 *
 * Firefox prints its console, including the extension's background page, to stdout
 * (devtools.console.stdout.content); the harness keeps those lines so a test can prove the
 * background started without errors.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { snapshotBuild } from '../e2e/support/build-snapshot.ts';
import { ensureFixtureBundles } from '../e2e/support/fixture-bundles.ts';
import { FIXTURES_DIR, NODE_MODULES, REPO_ROOT } from '../e2e/support/paths.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';

/** `npm run test:firefox` builds it: `wxt build -b firefox --mode test` (content scripts also match 127.0.0.1). */
export const FIREFOX_TEST_BUILD = join(REPO_ROOT, '.output', 'firefox-mv2-test');
const GECKO_ID = 'amends-companion@amends-companion.org';
/** Fixed so the tests know the extension's pages' address (moz-extension://UUID/popup.html). */
export const EXTENSION_UUID = '3c0f9a52-7d1e-4b8a-9e62-1f4d5a7c8b90';

/**
 * A host name that is not built into the extension, resolved by Firefox (only) to the fixture
 * server, for the "a site the person adds" tests. `.test` is reserved: it is nobody's site.
 */
export const ADDED_SITE_HOST = 'coach-site.test';

export interface FirefoxHarness {
  browser: Browser;
  baseUrl: string;
  fixtureUrl(path: string): string;
  /** URL of a fixture served under ADDED_SITE_HOST (same server, another site to the extension). */
  addedSiteUrl(path: string): string;
  extensionUrl(path: string): string;
  /** Opens a tab and loads `url` in it (an extension page or a fixture). */
  openTab(url: string): Promise<Page>;
  /** Loads `url` in an open tab again (a reload when it is the same address). */
  load(page: Page, url: string): Promise<void>;
  /** Every line Firefox printed since launch. */
  output: string[];
  /** Lines that are errors of the extension itself: uncaught errors in its files, its console.error. */
  extensionErrors(): string[];
  /** Every request made by the tabs the test opened. */
  requests: string[];
  /** Requests that went anywhere but the fixture server or the extension. */
  externalRequests(): string[];
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Unpacked extension folder; default `.output/firefox-mv2-test`. */
  buildDir?: string;
  /**
   * A Firefox profile folder to keep between launches (a browser restart). The add-on is
   * temporary, so each launch installs it again; its storage and address are kept.
   */
  profileDir?: string;
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}. Install Debian's (apt-get install -y firefox-esr) or set FIREFOX_PATH; ` +
        'the tests never download a browser.',
    );
  }
  const buildDir = resolve(opts.buildDir ?? FIREFOX_TEST_BUILD);
  const snapshot = await snapshotBuild(buildDir);
  if (!snapshot) {
    throw new Error(`No complete Firefox test build at ${buildDir}: run \`npm run test:firefox\` (it builds it first).`);
  }

  await ensureFixtureBundles();
  const server = await startStaticServer({
    '/': FIXTURES_DIR,
    // TinyMCE loads its skins, icons, theme and models at run time from its base_url.
    '/vendor/tinymce/': join(NODE_MODULES, 'tinymce'),
  });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets BiDi load moz-extension:// pages in a tab (otherwise "not allowed in this context").
      args: ['--remote-allow-system-access'],
      ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'devtools.console.stdout.content': true,
        // Firefox's built-in web-compat add-on: its site fixes are for other sites, and on start it
        // logs a bare console.warn ("Skipping" 71 "un-needed interventions", Firefox ESR 140.12),
        // which reads like one of the extension's own. Only our add-on acts on the test pages.
        'extensions.webcompat.perform_injections': false,
        // A temporary add-on is removed when Firefox closes: keep its data and address for the next launch.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Nothing but loopback: any other request goes to a closed local port and fails fast.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': `127.0.0.1, localhost, ${ADDED_SITE_HOST}`,
        'network.dns.localDomains': ADDED_SITE_HOST,
        // An optional permission the extension asks for is granted without the prompt (which a
        // headless run cannot click); the extension's own code still has to ask for it.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
  } catch (error) {
    await server.close();
    snapshot.remove();
    throw error;
  }

  // Firefox's stdout and stderr are pipes puppeteer does not read: read them (or Firefox blocks).
  const output: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
    });
  }

  const installedId = await browser.installExtension(snapshot.dir);
  if (installedId !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${installedId}, expected ${GECKO_ID}.`);

  const requests: string[] = [];
  const baseUrl = server.origin;
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  const load = async (page: Page, url: string) => {
    // Loading a moz-extension:// page switches process, and Firefox's BiDi never reports that
    // navigation as finished (puppeteer's goto times out); start it and wait for the document.
    // (puppeteer's BiDi frame: its browsing context sends browsingContext.navigate as given.)
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } };
    await frame.browsingContext.navigate(url, 'none');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(() => ({ href: location.href, ready: document.readyState }))
        .catch(() => null);
      if (state && state.href === url && state.ready === 'complete') return;
      if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s (last: ${JSON.stringify(state)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    browser,
    baseUrl,
    fixtureUrl: (path) => `${baseUrl}/${path}`,
    addedSiteUrl: (path) => `http://${ADDED_SITE_HOST}:${new URL(baseUrl).port}/${path}`,
    extensionUrl: (path) => `${extensionOrigin}/${path}`,
    async openTab(url) {
      const page = await browser.newPage();
      page.on('request', (request: HTTPRequest) => requests.push(request.url()));
      await load(page, url);
      return page;
    },
    load,
    output,
    extensionErrors: () =>
      output.filter(
        (line) =>
          (line.startsWith('JavaScript error: ') && line.includes(extensionOrigin)) ||
          // A page or the extension's own console.error/warn (Firefox's internals log with a module prefix).
          /^console\.(error|warn): "/.test(line) ||
          /^console\.(error|warn):.*Amends Companion/.test(line),
      ),
    requests,
    externalRequests: () =>
      requests.filter(
        (url) =>
          !url.startsWith(`${baseUrl}/`) &&
          !url.startsWith(`http://${ADDED_SITE_HOST}:${new URL(baseUrl).port}/`) &&
          !url.startsWith(`${extensionOrigin}/`) &&
          !url.startsWith('data:'),
      ),
    async close() {
      await browser.close().catch(() => undefined);
      // FIREFOX_OUTPUT=/some/file keeps everything Firefox printed, to read after a run.
      if (process.env.FIREFOX_OUTPUT) appendFileSync(process.env.FIREFOX_OUTPUT, output.join('\n') + '\n');
      await server.close();
      snapshot.remove();
    },
  };
}
