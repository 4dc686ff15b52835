import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcileSiteScripts, startSiteAccess } from '../../../lib/background/site-access';
import { disabledSitesItem } from '../../../lib/settings';
import { CHROME_COACH_ENTRY, installFakeSiteBrowser, type FakeSiteBrowser } from './fake-site-browser';

const EXAMPLE = 'https://mail.example.org/*';
const idFor = (pattern: string) => `coach-site:${pattern}`;

const registered = (fake: FakeSiteBrowser) => [...fake.scripts.keys()].sort();

describe('the background keeps the coach registered on exactly the granted sites', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers one script per granted site, with the built-in entry\'s options, and none for built-in hosts or wildcards', async () => {
    const fake = installFakeSiteBrowser({ granted: [EXAMPLE, 'https://mail.google.com/*', 'https://*/*', 'http://intranet.local/*'] });
    await reconcileSiteScripts();
    expect(registered(fake)).toEqual([idFor('http://intranet.local/*'), idFor(EXAMPLE)]);
    expect(fake.scripts.get(idFor(EXAMPLE))).toEqual({
      id: idFor(EXAMPLE),
      matches: [EXAMPLE],
      js: CHROME_COACH_ENTRY.js,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('on start, removes registrations for sites no longer granted (taken back while it slept) and leaves others\' alone', async () => {
    const fake = installFakeSiteBrowser({ granted: [EXAMPLE] });
    fake.scripts.set(idFor('https://gone.example/*'), { id: idFor('https://gone.example/*'), matches: ['https://gone.example/*'], js: ['content-scripts/coach.js'] });
    fake.scripts.set('not-ours', { id: 'not-ours', matches: ['https://x.example/*'], js: ['x.js'] });
    startSiteAccess();
    await fake.settle();
    expect(registered(fake)).toEqual([idFor(EXAMPLE), 'not-ours']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('replaces a registration an update left pointing at an old file', async () => {
    const fake = installFakeSiteBrowser({ granted: [EXAMPLE] });
    fake.scripts.set(idFor(EXAMPLE), { id: idFor(EXAMPLE), matches: [EXAMPLE], js: ['content-scripts/coach-old.js'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle' });
    await reconcileSiteScripts();
    expect(fake.scripts.get(idFor(EXAMPLE))?.js).toEqual(['content-scripts/coach.js']);
  });

  it('when a site is granted: clears its "turned off" origins, registers it, and starts the coach in its open tabs only', async () => {
    const fake = installFakeSiteBrowser({
      tabs: [
        { id: 1, url: 'https://mail.example.org/?_task=mail&_action=compose' },
        { id: 2, url: 'https://mail.example.org:8443/' },
        { id: 3, url: 'https://other.example/' },
        { id: 4 },
      ],
    });
    await disabledSitesItem.setValue(['https://mail.example.org', 'https://mail.google.com']);
    startSiteAccess();
    await fake.settle();
    expect(await browser.permissions.request({ origins: [EXAMPLE] })).toBe(true);
    await fake.settle();
    expect(registered(fake)).toEqual([idFor(EXAMPLE)]);
    expect(fake.executed).toEqual([
      { tabId: 1, files: ['content-scripts/coach.js'] },
      { tabId: 2, files: ['content-scripts/coach.js'] },
    ]);
    expect(await disabledSitesItem.getValue()).toEqual(['https://mail.google.com']);
  });

  it('does nothing for a granted built-in host or a wildcard', async () => {
    const fake = installFakeSiteBrowser({ tabs: [{ id: 1, url: 'https://mail.google.com/' }] });
    startSiteAccess();
    await browser.permissions.request({ origins: ['https://mail.google.com/*', 'https://*/*'] });
    await fake.settle();
    expect(registered(fake)).toEqual([]);
    expect(fake.executed).toEqual([]);
  });

  it('when a site is taken back (from the extension or the browser\'s settings), unregisters it', async () => {
    const fake = installFakeSiteBrowser({ granted: [EXAMPLE, 'https://b.example/*'] });
    startSiteAccess();
    await fake.settle();
    expect(registered(fake)).toHaveLength(2);
    await browser.permissions.remove({ origins: [EXAMPLE] });
    await fake.settle();
    expect(registered(fake)).toEqual([idFor('https://b.example/*')]);
  });

  it('never registers a site twice when a grant arrives while the start-up reconcile is still running', async () => {
    const fake = installFakeSiteBrowser();
    fake.slow = true;
    startSiteAccess();
    // The grant lands before the start-up reconcile has read anything.
    void browser.permissions.request({ origins: [EXAMPLE] });
    void browser.permissions.request({ origins: ['https://b.example/*'] });
    await fake.settle();
    expect(registered(fake)).toEqual([idFor('https://b.example/*'), idFor(EXAMPLE)]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the other sites working when the browser refuses one registration, and says which went wrong', async () => {
    const fake = installFakeSiteBrowser({ granted: ['https://a.example/*', 'https://b.example/*'] });
    fake.refuseRegistration.add('https://a.example/*');
    await expect(reconcileSiteScripts()).rejects.toThrow('some coach registrations could not be changed');
    expect(registered(fake)).toEqual([idFor('https://b.example/*')]);
  });

  it('refuses to guess when the manifest has no coach script', async () => {
    installFakeSiteBrowser({ granted: [EXAMPLE], manifest: [{ js: ['content-scripts/other.js'] }] });
    await expect(reconcileSiteScripts()).rejects.toThrow('the manifest has no content-scripts/coach.js to register');
  });

  it('forgets the stops of removed sites after a browser start or an update, but not on a mere wake (their pages may still be open)', async () => {
    const fake = installFakeSiteBrowser({ granted: [EXAMPLE] });
    const stops = ['https://mail.google.com', 'https://gone.example', 'https://mail.example.org'];
    await disabledSitesItem.setValue(stops);
    startSiteAccess();
    await fake.settle();
    expect(await disabledSitesItem.getValue()).toEqual(stops);
    await fakeBrowser.runtime.onStartup.trigger();
    await fake.settle();
    // A stop on a site that is granted again would hold the coach off where the popup says it is on.
    expect(await disabledSitesItem.getValue()).toEqual(['https://mail.google.com']);

    await disabledSitesItem.setValue(stops);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false } as never);
    await fake.settle();
    expect(await disabledSitesItem.getValue()).toEqual(['https://mail.google.com']);
  });
});
