/**
 * Chromium with the built extension for the amends-list tests and bench, on a user-data
 * directory the caller may keep: closing the browser and launching again on the same folder
 * is how "close and reopen: still there" is tested. (tests/e2e/harness.ts always uses a
 * throw-away profile and a fixture server the list does not need.)
 *
 *   const dir = await makeProfileDir();
 *   let browser = await launchListBrowser({ userDataDir: dir });
 *   const panel = await browser.openSidePanel();
 *   ...
 *   browser.assertNoExternalRequests();
 *   await browser.close();               // the profile stays on disk
 *   browser = await launchListBrowser({ userDataDir: dir });
 *   ...
 *   await removeProfileDir(dir);
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { watchConsoleErrors } from './console.ts';
import { describeRequests, recordRequests, type RequestRecord } from './network-log.ts';
import { DEFAULT_BUILD_DIR } from './paths.ts';

export interface ListBrowserOptions {
  /** Profile folder; a fresh temporary one (removed on close) when omitted. */
  userDataDir?: string;
  /** Unpacked extension folder; default $LIST_BUILD_DIR or `.output/chrome-mv3-test`. It is copied at launch. */
  buildDir?: string;
  /** Initial colour scheme of every page. */
  colorScheme?: 'light' | 'dark';
}

export interface ListBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  extensionUrl(path: string): string;
  /** popup.html opened as a tab (a real popup cannot be opened from a test). */
  openPopup(): Promise<Page>;
  /** sidepanel.html opened as a tab; `hash` e.g. '#settings'. */
  openSidePanel(hash?: string): Promise<Page>;
  /** Console errors and uncaught exceptions of every page opened through this object, so far. */
  consoleErrors(): string[];
  requests: RequestRecord[];
  externalRequests(): RequestRecord[];
  /** Throws, listing them, if anything asked for a URL other than the extension's own files. */
  assertNoExternalRequests(): void;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Nothing but loopback resolves, so a stray request fails fast; it is still logged.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** See harness.ts: functions compiled with keepNames call a `__name` helper the page lacks. */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * The list's pages load nothing but the extension's own files: no fixture server, so even a
 * request to 127.0.0.1 counts as leaving the extension.
 */
export function isExtensionLocal(url: string, extensionId: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === 'about:blank'
  );
}

export async function makeProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'amends-list-profile-'));
}

export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await rm(extensionCopyDir(dir), { recursive: true, force: true });
}

/**
 * Where a profile's copy of the extension lives. Other engineers rebuild .output while tests
 * run (a build empties the folder first), so each browser loads its own copy, taken at
 * launch. The path is fixed per profile, so a relaunch keeps the same extension id.
 */
function extensionCopyDir(userDataDir: string): string {
  return `${userDataDir.replace(/\/+$/, '')}.extension`;
}

export async function launchListBrowser(opts: ListBrowserOptions = {}): Promise<ListBrowser> {
  const buildDir = resolve(opts.buildDir ?? process.env.LIST_BUILD_DIR ?? DEFAULT_BUILD_DIR);
  // The popup and side panel are what these tests need. Someone else's rebuild empties the
  // folder for a few seconds: give it a moment before calling the build missing.
  const needed = ['manifest.json', 'popup.html', 'sidepanel.html'].map((f) => join(buildDir, f));
  for (let waited = 0; !needed.every((f) => existsSync(f)); waited += 500) {
    if (waited >= 30_000) {
      const missing = needed.filter((f) => !existsSync(f)).join(', ');
      throw new Error(`No complete build at ${buildDir} (missing ${missing}): run \`npx wxt build --mode test\` first.`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }

  const ownsProfile = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? (await makeProfileDir());
  const extensionDir = extensionCopyDir(userDataDir);
  await rm(extensionDir, { recursive: true, force: true });
  await cp(buildDir, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath,
    acceptDownloads: true,
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 420, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });

  // A lost element fails its step with the locator named, well before the test's own timeout.
  context.setDefaultTimeout(10_000);
  const requests: RequestRecord[] = [];
  recordRequests(context, requests);
  await context.addInitScript(KEEP_NAMES_SHIM);

  let worker: Worker | undefined = context.serviceWorkers()[0];
  try {
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch {
    await context.close();
    if (ownsProfile) await removeProfileDir(userDataDir);
    throw new Error(`The extension at ${buildDir} started no service worker within 15 s.`);
  }
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const errorLogs: string[][] = [];

  const open = async (path: string) => {
    const page = await context.newPage();
    errorLogs.push(watchConsoleErrors(page));
    await page.goto(extensionUrl(path));
    return page;
  };
  const externalRequests = () => requests.filter((r) => !isExtensionLocal(r.url, extensionId));

  return {
    context,
    extensionId,
    userDataDir,
    extensionUrl,
    openPopup: () => open('popup.html'),
    openSidePanel: (hash = '') => open(`sidepanel.html${hash}`),
    consoleErrors: () => errorLogs.flat(),
    requests,
    externalRequests,
    assertNoExternalRequests() {
      const external = externalRequests();
      if (external.length > 0) {
        throw new Error(
          `${external.length} request(s) went somewhere other than the extension's own files:\n${describeRequests(external)}`,
        );
      }
    },
    async close() {
      for (const page of context.pages()) await page.close().catch(() => undefined);
      await context.close().catch(() => undefined);
      if (ownsProfile) await removeProfileDir(userDataDir);
    },
  };
}
