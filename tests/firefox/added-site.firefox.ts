/**
 * "Use the coach on this site" in a real Firefox: once the browser grants the extension a site
 * that is not built in, the background registers the coach there (scripting.registerContentScripts
 * in Firefox's MV2, with matchOriginAsFallback and persistAcrossSessions) and starts it in the
 * page already open, without a reload that could lose the draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_SITE_HOST, launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import type { Page } from 'puppeteer-core';
import { coachState, DRAFT, draftText, typeInTextarea, WAIT } from './coach-page.ts';
import { buttonVisible, clickButton } from './page-actions.ts';

/** The match patterns of the coach's run-time registrations, read from an extension page. */
function registeredMatches(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(() => {
    type Scripting = { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    const api = (globalThis as unknown as { browser: { scripting: Scripting } }).browser;
    return api.scripting.getRegisteredContentScripts().then((all) => all.map((s) => s.matches ?? []).flat());
  });
}

describe('a site added to the coach, in a real Firefox', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('coaches the open page once the site is granted, and new pages on it after that', async () => {
    const open = await ff.openTab(ff.addedSiteUrl('editors/textarea.html'));
    await typeInTextarea(open, DRAFT);
    // Not granted yet: the page and the draft are left alone.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await coachState(open)).toBeNull();

    // The grant, asked for from an extension page on a real click, as the popup's button does
    // (Firefox only lets permissions.request run in a user's input handler).
    const popup = await ff.openTab(ff.extensionUrl('popup.html'));
    await popup.evaluate((origin) => {
      const button = document.createElement('button');
      button.id = 'grant-for-test';
      button.textContent = 'grant';
      document.body.prepend(button);
      type Permissions = { request(p: { origins: string[] }): Promise<boolean> };
      const api = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
      button.addEventListener('click', () => {
        api.permissions.request({ origins: [origin] }).then(
          (granted) => (button.dataset.result = String(granted)),
          (error: unknown) => (button.dataset.result = `error: ${String(error)}`),
        );
      });
    }, `http://${ADDED_SITE_HOST}/*`);
    await popup.click('#grant-for-test');
    await expect.poll(() => popup.$eval('#grant-for-test', (b) => (b as HTMLElement).dataset.result ?? ''), WAIT).toBe('true');

    // The page that was already open gets the coach; the draft is as it was typed.
    await open.bringToFront();
    await typeInTextarea(open, ' ');
    await expect.poll(() => coachState(open), WAIT).toBe('hints');
    expect(await draftText(open)).toBe(`${DRAFT} `);

    // A page opened on the site afterwards gets it from the registered script.
    const fresh = await ff.openTab(ff.addedSiteUrl('editors/textarea.html'));
    await typeInTextarea(fresh, DRAFT);
    await expect.poll(() => coachState(fresh), WAIT).toBe('hints');
    expect(await draftText(fresh)).toBe(DRAFT);
    expect(await registeredMatches(popup)).toEqual([`http://${ADDED_SITE_HOST}/*`]);
  });

  it("stops on the site from the sidebar page's settings: the coach leaves the open pages at once, the draft stays", async () => {
    const page = await ff.openTab(ff.addedSiteUrl('editors/textarea.html'));
    await typeInTextarea(page, DRAFT);
    await expect.poll(() => coachState(page), WAIT).toBe('hints');

    const settings = await ff.openTab(ff.extensionUrl('sidepanel.html#settings'));
    await expect.poll(() => buttonVisible(settings, 'Remove'), WAIT).toBe(true);
    await clickButton(settings, 'Remove');
    await expect
      .poll(() => settings.evaluate(() => document.querySelector('[data-testid="added-sites"] [role="status"]')?.textContent ?? ''), WAIT)
      .toMatch(/^The coach is off for .*coach-site\.test/);
    expect(await settings.evaluate(() => document.querySelector('[data-testid="added-sites"] [role="alert"]')?.textContent ?? null)).toBeNull();

    await expect.poll(() => page.evaluate(() => document.querySelectorAll('amends-coach').length), WAIT).toBe(0);
    expect(await draftText(page)).toBe(DRAFT);
    await expect.poll(() => registeredMatches(settings), WAIT).toEqual([]);
    const granted = await settings.evaluate(() => {
      type Permissions = { getAll(): Promise<{ origins?: string[] }> };
      return (globalThis as unknown as { browser: { permissions: Permissions } }).browser.permissions.getAll().then((p) => p.origins ?? []);
    });
    expect(granted).not.toContain(`http://${ADDED_SITE_HOST}/*`);
  });

  it('logged no error from the background or the extension pages, and made no request off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.externalRequests()).toEqual([]);
  });
});
