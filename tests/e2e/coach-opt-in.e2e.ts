/**
 * "Use the coach on this site" in the real extension (issue 5, "Opt-in"): a self-hosted webmail
 * site the test build does not match (https://mail.example.org, the fixture server under that
 * name: launchExtension's realHosts) gets the coach from the popup's button, keeps it across reloads (plain textarea and TinyMCE's
 * iframe editor, as in self-hosted webmail), and loses it, registration and permission, when
 * the person stops it from the popup or removes it in the side panel.
 *
 * Two things automation cannot do, and what stands in for them:
 * - Click the toolbar button (the only thing that grants `activeTab`). The test build's popup
 *   takes `?tab=<id>&url=<url>` instead (lib/site-access-browser.ts `currentTab`).
 * - Click "Allow" in Chrome's permission prompt: headless Chromium shows it nowhere and
 *   `permissions.request` stays pending. So the consent is recorded first the way the browser's
 *   own "Site access" setting on chrome://extensions does (`developerPrivate.addHostPermission`).
 *   That grants nothing yet (checked below); the popup's own `permissions.request` then
 *   resolves true without a prompt, and everything after it (the grant, `permissions.onAdded`,
 *   the background's registration, starting in the open page) is the real path.
 * The refused prompt is covered by tests/unit/site-access/CoachSettings-site.test.tsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { coach, findCoach, launchExtension, type ExtensionHarness } from './harness.ts';
import { fixturePath, focusEnd, openFixture, readEditor, typeText } from './support/editor-driver.ts';

const AMENDS = "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.";
const WAIT = { timeout: 10_000, interval: 100 };
/** Long enough for a coach that was going to attach to have done so (it draws within ~1 s). */
const QUIET_MS = 1_500;
const HOST = 'mail.example.org';
const SITE = `https://${HOST}/*`;
const SCRIPT_ID = `coach-site:${SITE}`;

/** axe-core violations inside one part of an extension page. */
async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The few extension APIs the tests read from the service worker. */
interface ChromeApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<SwState['scripts']> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
}

interface SwState {
  granted: boolean;
  scripts: { id: string; matches?: string[]; js?: string[]; allFrames?: boolean; runAt?: string; matchOriginAsFallback?: boolean; persistAcrossSessions?: boolean }[];
}

describe('the coach on a site the person adds', () => {
  let ext: ExtensionHarness;
  let siteTab: number;
  let page: Page;

  const swState = () =>
    ext.serviceWorker.evaluate(async (site): Promise<SwState> => {
      const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const granted = await c.permissions.contains({ origins: [site] });
      const scripts = (await c.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('coach-site:'));
      return { granted, scripts };
    }, SITE);

  /** Records the person's consent where the browser's own site-access setting does. */
  async function preConsent(): Promise<void> {
    const settings = await ext.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      ([id, site]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, site),
      [ext.extensionId, SITE] as const,
    );
    await settings.close();
  }

  async function openPopupFor(url: string): Promise<Page> {
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl(`popup.html?tab=${siteTab}&url=${encodeURIComponent(url)}`));
    return popup;
  }

  async function typeAmends(where: Page): Promise<void> {
    await focusEnd(where);
    await typeText(where, ` ${AMENDS}`);
  }

  beforeAll(async () => {
    ext = await launchExtension({ realHosts: [HOST] });
    // The tab id of the page on the site (its URL is hidden from the extension until granted).
    const tabIds = () =>
      ext.serviceWorker.evaluate(async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({})).map((t) => t.id!),
      );
    const before = new Set(await tabIds());
    page = await ext.newPage();
    const added = (await tabIds()).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    siteTab = added[0]!;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('offers "Use the coach on this site" on a site that is not built in, where no coach runs yet', async () => {
    await openFixture(page, ext.hostUrl(HOST, fixturePath('textarea')));
    await typeAmends(page);
    await page.waitForTimeout(QUIET_MS);
    expect(await page.locator('amends-coach').count()).toBe(0);
    expect(await swState()).toEqual({ granted: false, scripts: [] });

    const popup = await openPopupFor(page.url());
    await expect.poll(() => popup.locator('[data-site-state]').getAttribute('data-site-state'), WAIT).toBe('not-added');
    expect(await popup.getByText('The coach isn’t on for mail.example.org.').count()).toBe(1);
    await popup.close();
  });

  it('turns on from the popup: the browser grants the site, the background registers the built-in script\'s options, and the coach starts in the open page without a reload', async () => {
    const before = (await readEditor(page)).text;
    await preConsent();
    // Consent recorded, nothing granted yet: only the popup's request grants the site.
    expect((await swState()).granted).toBe(false);

    const popup = await openPopupFor(page.url());
    expect(await violations(popup, '[data-testid="coach-settings"]')).toEqual([]);
    await popup.getByRole('button', { name: 'Use the coach on this site' }).click();
    await expect
      .poll(() => popup.locator('[data-site-state]').getByRole('status').innerText(), WAIT)
      .toContain('It has started on this page');
    await expect.poll(() => popup.locator('[data-site-state]').getAttribute('data-site-state'), WAIT).toBe('added');
    expect(await violations(popup, '[data-testid="coach-settings"]')).toEqual([]);
    await popup.close();

    const state = await swState();
    expect(state.granted).toBe(true);
    const builtIn = ext.manifest.content_scripts!.find((s) => s.js?.includes('content-scripts/coach.js'))!;
    expect(state.scripts).toEqual([
      expect.objectContaining({
        id: SCRIPT_ID,
        matches: [SITE],
        js: builtIn.js,
        allFrames: builtIn.all_frames,
        matchOriginAsFallback: builtIn.match_origin_as_fallback,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      }),
    ]);

    // Started in place: the draft typed before is untouched, and the coach flags new typing.
    expect((await readEditor(page)).text).toBe(before);
    await focusEnd(page);
    await typeText(page, ' Again,');
    const found = await findCoach(page);
    await expect.poll(() => found.state(), WAIT).toBe('hints');
    expect((await readEditor(page)).text).toBe(`${before} Again,`);
  });

  it('is there after a reload, in a plain textarea and in TinyMCE\'s iframe editor (self-hosted webmail)', async () => {
    await openFixture(page, ext.hostUrl(HOST, fixturePath('textarea')));
    await typeAmends(page);
    await expect.poll(() => coach(page).state(), WAIT).toBe('hints');

    await openFixture(page, ext.hostUrl(HOST, fixturePath('tinymce')));
    await typeAmends(page);
    const found = await findCoach(page);
    await expect.poll(() => found.state(), WAIT).toBe('hints');
    await found.openPanel();
    // "hints" can come from the first words typed; the last sentence's rule arrives a little later.
    await expect.poll(() => found.rules(), WAIT).toEqual(expect.arrayContaining(['but', 'conditional', 'excuse', 'passive']));
  });

  it('turns off from the popup: the coach leaves the page at once, the registration and the permission are gone, and a reload brings no coach', async () => {
    await openFixture(page, ext.hostUrl(HOST, fixturePath('textarea')));
    await typeAmends(page);
    await expect.poll(() => coach(page).state(), WAIT).toBe('hints');

    const popup = await openPopupFor(page.url());
    await popup.getByRole('button', { name: 'Stop using the coach here' }).click();
    await expect.poll(() => popup.locator('[data-site-state]').getByRole('status').innerText(), WAIT).toContain('The coach is off for mail.example.org');
    await expect.poll(() => popup.locator('[data-site-state]').getAttribute('data-site-state'), WAIT).toBe('not-added');
    await popup.close();

    await expect.poll(() => page.locator('amends-coach').count(), WAIT).toBe(0);
    await expect.poll(swState, WAIT).toEqual({ granted: false, scripts: [] });

    await openFixture(page, ext.hostUrl(HOST, fixturePath('textarea')));
    await typeAmends(page);
    await page.waitForTimeout(QUIET_MS);
    expect(await page.locator('amends-coach').count()).toBe(0);
  });

  it('lists an added site in the side panel\'s settings, and removing it there takes the coach away', async () => {
    await preConsent();
    const popup = await openPopupFor(page.url());
    await popup.getByRole('button', { name: 'Use the coach on this site' }).click();
    await expect.poll(() => popup.locator('[data-site-state]').getAttribute('data-site-state'), WAIT).toBe('added');
    await popup.close();
    await expect.poll(() => coach(page).state(), WAIT).not.toBeNull();

    const panel = await ext.openSidePanel();
    await panel.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your data' }).click();
    const sites = panel.getByTestId('added-sites');
    await sites.getByRole('listitem').first().waitFor();
    expect(await violations(panel, '[data-testid="added-sites"]')).toEqual([]);
    await sites.getByRole('button', { name: 'Stop using the coach on mail.example.org' }).click();
    await expect.poll(() => sites.getByRole('status').innerText(), WAIT).toBe('The coach is off for mail.example.org.');
    expect(await sites.getByText('You haven’t added any sites.').count()).toBe(1);
    await expect.poll(swState, WAIT).toEqual({ granted: false, scripts: [] });
    await expect.poll(() => page.locator('amends-coach').count(), WAIT).toBe(0);
    await panel.close();
  });

  it('sends nothing over the network but to the local fixture server', () => {
    // chrome://extensions (where the consent is recorded) loads the browser's own resources.
    const network = ext.externalRequests().filter((r) => /^(https?|wss?):/.test(r.url));
    expect(network.map((r) => r.url)).toEqual([]);
  });
});
