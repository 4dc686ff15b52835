import { describe, expect, it } from 'vitest';
import {
  addedSites,
  coachScriptTemplate,
  leftoverStops,
  parseSitePattern,
  planReconcile,
  siteFor,
  siteScriptFor,
  siteStateFor,
  urlIsOnSite,
  withoutSite,
  type SiteScript,
} from '../../../lib/site-access';
import { CHROME_COACH_ENTRY } from './fake-site-browser';

const BUILT_IN = ['mail.google.com', 'outlook.live.com'];
const template = coachScriptTemplate([CHROME_COACH_ENTRY])!;

describe('the site a page belongs to', () => {
  it('is its scheme and host as a match pattern, any port and path (Firefox patterns cannot name a port)', () => {
    expect(siteFor('https://Mail.Example.org:8443/?_task=mail#compose')).toEqual({
      pattern: 'https://mail.example.org/*',
      scheme: 'https',
      host: 'mail.example.org',
    });
    expect(siteFor('http://192.168.1.20/roundcube/')?.pattern).toBe('http://192.168.1.20/*');
    expect(siteFor('http://[::1]:8080/')?.pattern).toBe('http://[::1]/*');
  });

  it('does not exist for pages the coach cannot run on', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abcdefghijklmnop/popup.html',
      'moz-extension://0b7c/popup.html',
      'about:blank',
      'file:///home/me/letter.html',
      'data:text/html,<p>hi',
      'view-source:https://example.org/',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(siteFor(url), String(url)).toBeNull();
    }
  });

  it('tells pages of the same site from others by scheme and host, whatever the port', () => {
    const site = siteFor('https://mail.example.org/')!;
    expect(urlIsOnSite('https://mail.example.org:444/x', site)).toBe(true);
    expect(urlIsOnSite('http://mail.example.org/', site)).toBe(false);
    expect(urlIsOnSite('https://example.org/', site)).toBe(false);
    expect(urlIsOnSite('https://evil.mail.example.org/', site)).toBe(false);
    expect(urlIsOnSite(undefined, site)).toBe(false);
  });
});

describe('granted patterns', () => {
  it('count as a site only when they name exactly one host', () => {
    expect(parseSitePattern('https://mail.example.org/*')?.host).toBe('mail.example.org');
    expect(parseSitePattern('HTTP://Mail.Example.org/*')?.pattern).toBe('http://mail.example.org/*');
    for (const wide of ['https://*/*', 'http://*/*', '*://*/*', '<all_urls>', 'https://*.example.org/*', 'https://mail.example.org/inbox/*', 'file:///*', 'https://mail.example.org:8443/*']) {
      expect(parseSitePattern(wide), wide).toBeNull();
    }
  });

  it('list the added sites: single hosts that are not built in, once each, by host', () => {
    const sites = addedSites(
      ['https://zed.example/*', 'https://mail.google.com/*', 'https://*/*', 'http://mail.example.org/*', 'https://mail.example.org/*', 'https://zed.example/*'],
      BUILT_IN,
    );
    expect(sites.map((s) => s.pattern)).toEqual(['http://mail.example.org/*', 'https://mail.example.org/*', 'https://zed.example/*']);
  });
});

describe('the popup state for a page', () => {
  it('is built-in, added, not added, or unavailable', () => {
    const granted = ['https://mail.example.org/*'];
    expect(siteStateFor('https://mail.google.com/mail/u/0/', granted, BUILT_IN)).toMatchObject({ kind: 'built-in', origin: 'https://mail.google.com' });
    expect(siteStateFor('https://mail.example.org:8443/?_task=mail', granted, BUILT_IN)).toMatchObject({
      kind: 'added',
      origin: 'https://mail.example.org:8443',
      site: { pattern: 'https://mail.example.org/*' },
    });
    expect(siteStateFor('http://mail.example.org/', granted, BUILT_IN)).toMatchObject({ kind: 'not-added' });
    expect(siteStateFor('https://other.example/', granted, BUILT_IN)).toMatchObject({ kind: 'not-added', site: { host: 'other.example' } });
    expect(siteStateFor('chrome://settings/', granted, BUILT_IN)).toEqual({ kind: 'unavailable' });
    expect(siteStateFor(undefined, granted, BUILT_IN)).toEqual({ kind: 'unavailable' });
  });

  it('does not call a site added when only a wildcard was granted in the browser settings', () => {
    expect(siteStateFor('https://mail.example.org/', ['https://*/*'], BUILT_IN).kind).toBe('not-added');
  });
});

describe('the registration template', () => {
  it('copies the built-in Chrome entry: same file, all frames, origin fallback (about:blank editor frames), idle, persistent', () => {
    expect(template).toEqual({
      js: ['content-scripts/coach.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('reaches about:blank frames on Firefox too, where the MV2 entry says match_about_blank', () => {
    const firefox = coachScriptTemplate([
      { js: ['content-scripts/other.js'] },
      { js: ['content-scripts/coach.js'], css: ['content-scripts/coach.css'], all_frames: true, match_about_blank: true, run_at: 'document_end' },
    ]);
    expect(firefox).toEqual({
      js: ['content-scripts/coach.js'],
      css: ['content-scripts/coach.css'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_end',
      persistAcrossSessions: true,
    });
  });

  it("finds the coach in Firefox's runtime.getManifest(), which gives files as moz-extension:// URLs and absent lists as null", () => {
    // The shape Firefox 153 returns for the built MV2 entry (seen in tests/firefox/added-site.firefox.ts).
    const firefox = coachScriptTemplate([
      {
        all_frames: true,
        css: null,
        js: ['moz-extension://3c0f9a52-7d1e-4b8a-9e62-1f4d5a7c8b90/content-scripts/coach.js'],
        match_about_blank: true,
        match_origin_as_fallback: null,
        run_at: 'document_idle',
      },
    ]);
    expect(firefox).toEqual({
      js: ['content-scripts/coach.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(
      coachScriptTemplate([
        { js: ['moz-extension://0b7c/content-scripts/coach.js'], css: ['moz-extension://0b7c/content-scripts/coach.css'] },
      ])?.css,
    ).toEqual(['content-scripts/coach.css']);
    // Another extension file that only ends the same way is not the coach.
    expect(coachScriptTemplate([{ js: ['moz-extension://0b7c/other/content-scripts/coach.js'] }])).toBeNull();
  });

  it('keeps to the top frame and the idle default when the entry says nothing more', () => {
    expect(coachScriptTemplate([{ js: ['content-scripts/coach.js'], run_at: 'whenever' }])).toEqual({
      js: ['content-scripts/coach.js'],
      allFrames: false,
      matchOriginAsFallback: false,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('is missing when the manifest has no coach script', () => {
    expect(coachScriptTemplate(undefined)).toBeNull();
    expect(coachScriptTemplate([{ js: ['content-scripts/other.js'] }])).toBeNull();
  });

  it('makes one registration per site, named for it', () => {
    expect(siteScriptFor(siteFor('https://mail.example.org/')!, template)).toEqual({
      id: 'coach-site:https://mail.example.org/*',
      matches: ['https://mail.example.org/*'],
      ...template,
    });
  });
});

describe('reconciling registrations with granted sites', () => {
  const script = (url: string, overrides: Partial<SiteScript> = {}) => ({ ...siteScriptFor(siteFor(url)!, template), ...overrides });
  const foreign: SiteScript = { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'] };

  it('registers what is missing and unregisters what is no longer granted, leaving other registrations alone', () => {
    const plan = planReconcile([script('https://a.example/'), script('https://b.example/')], [script('https://b.example/'), script('https://gone.example/'), foreign]);
    expect(plan).toEqual({ unregister: ['coach-site:https://gone.example/*'], register: [script('https://a.example/')] });
  });

  it('changes nothing when they already agree (absent options read as the browser defaults)', () => {
    const asReturned = { ...script('https://a.example/') };
    delete asReturned.persistAcrossSessions;
    expect(planReconcile([script('https://a.example/')], [asReturned])).toEqual({ unregister: [], register: [] });
  });

  it('replaces an outdated registration (an update renamed the built file, or changed the frames it reaches)', () => {
    const wanted = script('https://a.example/');
    for (const old of [script('https://a.example/', { js: ['content-scripts/coach-old.js'] }), script('https://a.example/', { allFrames: false }), script('https://a.example/', { matchOriginAsFallback: false })]) {
      expect(planReconcile([wanted], [old])).toEqual({ unregister: [wanted.id], register: [wanted] });
    }
  });

  it('removes every registration of the coach when nothing is granted', () => {
    expect(planReconcile([], [script('https://a.example/'), foreign]).unregister).toEqual(['coach-site:https://a.example/*']);
  });
});

describe('the "turned off" origins', () => {
  it('lose every origin of a site added again, and keep the rest', () => {
    const site = siteFor('https://mail.example.org/')!;
    expect(withoutSite(['https://mail.example.org', 'https://mail.example.org:8443', 'http://mail.example.org', 'https://mail.google.com'], site)).toEqual([
      'http://mail.example.org',
      'https://mail.google.com',
    ]);
  });
});

describe('leftover "turned off" origins', () => {
  it('are every origin not on a built-in host; built-in hosts keep the person\'s setting', () => {
    expect(
      leftoverStops(['https://mail.google.com', 'https://gone.example', 'https://gone.example:8443', 'http://mail.example.org', 'not an origin'], BUILT_IN),
    ).toEqual(['https://gone.example', 'https://gone.example:8443', 'http://mail.example.org']);
  });
});
