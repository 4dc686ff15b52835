/**
 * The browser-test harness: Debian's Chromium (never a downloaded browser) with the built test
 * extension loaded, a static server on 127.0.0.1 for the fixture pages and real editors, and a
 * log of every request so a test can prove nothing left the machine.
 *
 *   const ext = await launchExtension();
 *   const page = await ext.newPage();
 *   await page.goto(ext.fixtureUrl('editors/quill.html'));
 *   ...
 *   ext.assertNoExternalRequests();
 *   await ext.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { watchConsoleErrors } from './support/console.ts';
import { snapshotBuild } from './support/build-snapshot.ts';
import { ensureFixtureBundles } from './support/fixture-bundles.ts';
import {
  describeRequests,
  isLocalRequest,
  recordRequests,
  type RequestRecord,
} from './support/network-log.ts';
import { DEFAULT_BUILD_DIR, FIXTURES_DIR, NODE_MODULES } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

export type { RequestRecord } from './support/network-log.ts';
export { coach, findCoach, type CoachLocators } from './support/coach-locators.ts';
export { watchConsoleErrors } from './support/console.ts';

/** The parts of the built manifest.json the tests look at. */
export interface BuiltManifest {
  name: string;
  manifest_version: number;
  content_scripts?: {
    matches?: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    match_origin_as_fallback?: boolean;
    world?: string;
  }[];
  [key: string]: unknown;
}

export interface LaunchOptions {
  /** Unpacked extension folder; default `.output/chrome-mv3-test`. */
  buildDir?: string;
  /**
   * Also serve the fixtures over HTTPS under these real host names (e.g. 'mail.google.com'),
   * so the built manifest's real matches and that host's site adapter run, not the test
   * build's loopback matches. Chromium resolves only these names, to the local server
   * (--host-resolver-rules), and accepts the committed test-only certificate
   * (tests/fixtures/tls) in the test browsers only. Nothing else changes.
   */
  realHosts?: readonly string[];
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The fixture server's origin, e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  /** The built manifest, to check what the test build declares. */
  manifest: BuiltManifest;
  /** URL of a file under tests/fixtures/ (e.g. 'editors/quill.html'). */
  fixtureUrl(path: string): string;
  /**
   * URL of a file under tests/fixtures/ served under a real host name given in
   * `realHosts` (e.g. hostUrl('mail.google.com', 'sites/gmail.html')).
   */
  hostUrl(host: string, path: string): string;
  /** URL of a file of the extension (e.g. 'popup.html'). */
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /**
   * A page in a separate Chromium *without* the extension, on the same fixture server: the
   * control run for "the editor holds exactly what the person typed".
   */
  newControlPage(): Promise<Page>;
  openPopup(): Promise<Page>;
  openSidePanel(): Promise<Page>;
  /** Every request made so far by any page, frame or worker of the context. */
  requests: RequestRecord[];
  externalRequests(): RequestRecord[];
  /** Throws, listing them, if any request went anywhere but the fixture server or the extension. */
  assertNoExternalRequests(): void;
  close(): Promise<void>;
}

/** `mapped`: real host names to send to a local server port (see LaunchOptions.realHosts). */
function chromiumArgs(mapped: readonly string[] = [], port = 0): string[] {
  const maps = mapped.map((host) => `MAP ${host} 127.0.0.1:${port}, `).join('');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Belt and braces: nothing but loopback resolves, so a stray request fails fast instead of
    // leaving the machine. It is still recorded (and reported) by the request log.
    `--host-resolver-rules=${maps}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
  ];
}

const TLS_DIR = join(FIXTURES_DIR, 'tls');

/**
 * tsx (which runs the benchmarks) compiles with esbuild's keepNames, which wraps functions in
 * a `__name(fn, "name")` helper; functions sent to page.evaluate then call a helper the page
 * does not have. Defining a no-op one in the page's main world keeps those functions working.
 * The extension runs in an isolated world and never sees it.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionHarness> {
  const buildDir = resolve(opts.buildDir ?? DEFAULT_BUILD_DIR);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install Debian's (apt-get install -y chromium) or set ` +
        'CHROMIUM_PATH; the tests never download a browser.',
    );
  }

  const snapshot = await snapshotBuild(buildDir);
  if (!snapshot) {
    throw new Error(
      `No complete built extension at ${buildDir}: run \`npm run build:test\` first ` +
        '(it writes .output/chrome-mv3-test, whose content scripts also match 127.0.0.1).',
    );
  }
  const manifest = snapshot.manifest as BuiltManifest;

  await ensureFixtureBundles();
  const mounts = {
    '/': FIXTURES_DIR,
    // TinyMCE loads its skins, icons, theme and models at run time from its base_url.
    '/vendor/tinymce/': join(NODE_MODULES, 'tinymce'),
  };
  const server = await startStaticServer(mounts);
  const realHosts = [...(opts.realHosts ?? [])];
  let tlsServer: StaticServer | undefined;
  if (realHosts.length > 0) {
    tlsServer = await startStaticServer(mounts, {
      tls: { key: readFileSync(join(TLS_DIR, 'test-key.pem')), cert: readFileSync(join(TLS_DIR, 'test-cert.pem')) },
    });
  }
  const CHROMIUM_ARGS = chromiumArgs(realHosts, tlsServer ? Number(new URL(tlsServer.origin).port) : 0);
  const hostOrigins = realHosts.map((host) => `https://${host}`);
  const closeServers = async () => {
    await server.close();
    await tlsServer?.close();
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext('', {
      headless: true,
      executablePath,
      args: [
        `--disable-extensions-except=${snapshot.dir}`,
        `--load-extension=${snapshot.dir}`,
        ...CHROMIUM_ARGS,
      ],
      // Only with realHosts: accept the test-only certificate those hosts are served with.
      ...(realHosts.length > 0 ? { ignoreHTTPSErrors: true } : {}),
    });
  } catch (error) {
    await closeServers();
    snapshot.remove();
    throw error;
  }

  const requests: RequestRecord[] = [];
  recordRequests(context, requests);
  await context.addInitScript(KEEP_NAMES_SHIM);

  let serviceWorker: Worker | undefined = context.serviceWorkers()[0];
  if (!serviceWorker) {
    try {
      serviceWorker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    } catch {
      await context.close();
      await closeServers();
      snapshot.remove();
      throw new Error(
        `The extension at ${buildDir} started no service worker within 15 s: ` +
          'is the build complete and does it have a background entrypoint?',
      );
    }
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const baseUrl = server.origin;
  for (const origin of [baseUrl, ...hostOrigins]) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(extensionUrl(path));
    return page;
  };
  let control: Browser | undefined;
  const newControlPage = async () => {
    control ??= await chromium.launch({ headless: true, executablePath, args: CHROMIUM_ARGS });
    const controlContext = await control.newContext(realHosts.length > 0 ? { ignoreHTTPSErrors: true } : {});
    await controlContext.addInitScript(KEEP_NAMES_SHIM);
    for (const origin of [baseUrl, ...hostOrigins]) {
      await controlContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
    return controlContext.newPage();
  };
  // A mapped real host is the local fixture server under another name.
  const isMappedHost = (url: string) => hostOrigins.some((origin) => url === origin || url.startsWith(`${origin}/`));
  const externalRequests = () =>
    requests.filter((r) => !isLocalRequest(r.url, baseUrl, extensionId) && !isMappedHost(r.url));

  return {
    context,
    extensionId,
    serviceWorker,
    baseUrl,
    manifest,
    fixtureUrl: (path) => `${baseUrl}/${path.replace(/^\//, '')}`,
    hostUrl(host, path) {
      if (!realHosts.includes(host)) throw new Error(`${host} is not among launchExtension({ realHosts }): ${realHosts.join(', ') || 'none'}`);
      return `https://${host}/${path.replace(/^\//, '')}`;
    },
    extensionUrl,
    newPage: () => context.newPage(),
    newControlPage,
    openPopup: () => openExtensionPage('popup.html'),
    openSidePanel: () => openExtensionPage('sidepanel.html'),
    requests,
    externalRequests,
    assertNoExternalRequests() {
      const external = externalRequests();
      if (external.length > 0) {
        throw new Error(
          `${external.length} request(s) left the machine (only 127.0.0.1 fixtures and the ` +
            `extension's own files are allowed):\n${describeRequests(external)}`,
        );
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      await control?.close().catch(() => undefined);
      await closeServers();
      snapshot.remove();
    },
  };
}

/** Opens an extension page and collects its console errors from the first line of script. */
export async function openWatched(
  ext: ExtensionHarness,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = watchConsoleErrors(page);
  await page.goto(ext.extensionUrl(path));
  return { page, errors };
}
