/**
 * The harness itself: the built extension loads in Debian's Chromium, its pages open cleanly,
 * the fixture server serves the editor pages, and the request log really catches a request
 * that leaves the machine (so "no external requests" elsewhere can fail).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openWatched, type ExtensionHarness } from './harness.ts';

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

describe('browser-test harness', () => {
  it('loads the built extension and reads its id from the service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.serviceWorker.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/`));
  });

  it('opens popup.html without console errors', async () => {
    const { page, errors } = await openWatched(ext, 'popup.html');
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#root *').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens sidepanel.html without console errors', async () => {
    const { page, errors } = await openWatched(ext, 'sidepanel.html');
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#root *').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves fixture pages from 127.0.0.1 with their MIME types, and nothing outside them', async () => {
    const page = await ext.newPage();
    const response = await page.goto(ext.fixtureUrl('editors/textarea.html'));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.waitForFunction(() => window.__fixture?.ready === true);
    const script = await page.request.get(ext.fixtureUrl('.build/textarea.js'));
    expect(script.headers()['content-type']).toContain('text/javascript');
    const escape = await page.request.get(`${ext.baseUrl}/..%2f..%2fpackage.json`);
    expect(escape.status()).toBeGreaterThanOrEqual(403);
    await page.close();
  });

  it('has made no request outside the machine so far', () => {
    expect(ext.requests.length).toBeGreaterThan(0);
    ext.assertNoExternalRequests();
  });

  it('notices a request that leaves the machine', async () => {
    const before = ext.requests.length;
    const page = await ext.newPage();
    await page.goto(ext.fixtureUrl('editors/textarea.html'));
    await page.evaluate(() => fetch('http://example.invalid/ping').catch(() => undefined));
    await expect.poll(() => ext.externalRequests().map((r) => r.url)).toContain('http://example.invalid/ping');
    expect(() => ext.assertNoExternalRequests()).toThrow(/example\.invalid/);
    // Forget this deliberate one so the log stays meaningful for anything after it.
    ext.requests.splice(before);
    await page.close();
  });
});
