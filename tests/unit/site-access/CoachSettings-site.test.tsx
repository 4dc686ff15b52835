/**
 * The popup's "Use the coach on this site" and the side panel's list of added sites, against a
 * working fake of permissions and scripting (fake-site-browser.ts) and the real background
 * logic (startSiteAccess), so a grant really leads to a registration.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AddedSites, CoachSettings } from '../../../components/CoachSettings';
import { startSiteAccess } from '../../../lib/background/site-access';
import { disabledSitesItem, readCoachSettings, setCoachPaused } from '../../../lib/settings';
import { currentTab } from '../../../lib/site-access-browser';
import { installFakeSiteBrowser, type FakeSiteBrowser } from './fake-site-browser';

const PAGE = 'https://mail.example.org/?_task=mail&_action=compose';
const SITE = 'https://mail.example.org/*';

/** The popup opened on `url` in tab 7 (the toolbar button grants activeTab, so the URL is visible). */
function onPage(url: string, opts: { granted?: string[]; background?: boolean } = {}): FakeSiteBrowser {
  const fake = installFakeSiteBrowser({ granted: opts.granted, tabs: [{ id: 7, url }] });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
    ((q as { active?: boolean }).active ? [{ id: 7, url }] : fake.tabs) as never,
  );
  if (opts.background !== false) startSiteAccess();
  return fake;
}

const siteArea = async () => {
  await screen.findByRole('heading', { name: 'Writing coach' });
  return document.querySelector<HTMLElement>('[data-site-state]')!;
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the popup, on a site that is not built in', () => {
  it('offers "Use the coach on this site" and says what the browser will ask', async () => {
    onPage(PAGE);
    render(<CoachSettings />);
    const area = await siteArea();
    expect(area.dataset.siteState).toBe('not-added');
    expect(within(area).getByText('The coach isn’t on for mail.example.org.')).toBeTruthy();
    expect(within(area).getByText(/Your browser will ask whether Amends Companion may read and change pages on mail.example.org/)).toBeTruthy();
  });

  it('asks the browser for that one site inside the click itself, before anything is awaited', async () => {
    const fake = onPage(PAGE);
    render(<CoachSettings />);
    const button = await screen.findByRole('button', { name: 'Use the coach on this site' });
    fireEvent.click(button);
    // Synchronously, within the click: the browser only prompts during the person's gesture.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledTimes(1);
    expect(fake.requests).toEqual([[SITE]]);
    await screen.findByText(/It has started on this page/);
  });

  it('once allowed, the coach is registered and started, and the popup says so gently', async () => {
    const fake = onPage(PAGE);
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    const status = await screen.findByText('It has started on this page; anything you have already written stays as it is.');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect([...fake.scripts.keys()]).toEqual([`coach-site:${SITE}`]);
    expect(fake.executed).toEqual([{ tabId: 7, files: ['content-scripts/coach.js'] }]);
    await waitFor(async () => expect((await siteArea()).dataset.siteState).toBe('added'));
    expect(screen.getByRole('button', { name: 'Stop using the coach here' })).toBeTruthy();
  });

  it('says the coach waits for "resume" when it is paused everywhere', async () => {
    onPage(PAGE);
    await setCoachPaused(true);
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    expect(await screen.findByText('It is paused everywhere just now, and starts here when you resume it.')).toBeTruthy();
    expect(screen.getByText('The coach is on for mail.example.org, because you added it.')).toBeTruthy();
  });

  it('when the person declines the prompt, says so plainly and changes nothing', async () => {
    const fake = onPage(PAGE);
    fake.answer = false;
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    expect(
      await screen.findByText('The browser’s permission wasn’t given, so the coach stays off on mail.example.org. Nothing has changed.'),
    ).toBeTruthy();
    await fake.settle();
    expect(fake.granted.size).toBe(0);
    expect(fake.scripts.size).toBe(0);
    expect((await siteArea()).dataset.siteState).toBe('not-added');
  });

  it('when the browser refuses the request outright, shows why and changes nothing', async () => {
    const fake = onPage(PAGE);
    fake.answer = new Error('This function must be called during a user gesture');
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The coach couldn\'t be turned on for mail.example.org (This function must be called during a user gesture). Nothing has changed.',
    );
    expect(fake.scripts.size).toBe(0);
  });

  it('if the coach never gets registered, offers a reload instead of promising it started', async () => {
    const fake = onPage(PAGE, { background: false });
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    expect(await screen.findByText(/The coach is allowed on mail.example.org, but hasn’t started on this page yet/, {}, { timeout: 6_000 })).toBeTruthy();
    expect(fake.granted.has(SITE)).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reload this page' }));
    expect(reload).toHaveBeenCalledWith(7);
  });
});

describe('the popup, on a site the person added', () => {
  it('stops the coach here: it leaves the open page at once, the permission and the registration go', async () => {
    const fake = onPage('https://mail.example.org:8443/?_task=mail', { granted: [SITE] });
    await fake.settle();
    expect([...fake.scripts.keys()]).toEqual([`coach-site:${SITE}`]);
    render(<CoachSettings />);
    expect(await screen.findByText('The coach is on for mail.example.org, because you added it.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop using the coach here' }));
    expect(await screen.findByText('The coach is off for mail.example.org and has left this page.')).toBeTruthy();
    // The coach in the page watches this list and stops at once.
    expect((await readCoachSettings()).disabledSites).toEqual(['https://mail.example.org:8443']);
    expect(fake.granted.has(SITE)).toBe(false);
    await waitFor(() => expect(fake.scripts.size).toBe(0));
    await waitFor(async () => expect((await siteArea()).dataset.siteState).toBe('not-added'));
  });

  it('adding it again takes the stop back out, so the coach runs there again', async () => {
    const fake = onPage(PAGE);
    await disabledSitesItem.setValue(['https://mail.example.org', 'https://mail.google.com']);
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the coach on this site' }));
    await screen.findByText(/It has started on this page/);
    await fake.settle();
    expect((await readCoachSettings()).disabledSites).toEqual(['https://mail.google.com']);
  });

  it('if the browser keeps the permission, says so and does not hold the coach off', async () => {
    const fake = onPage(PAGE, { granted: [SITE] });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(false);
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop using the coach here' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser kept its permission for mail.example.org, so the coach is still on there/);
    expect((await readCoachSettings()).disabledSites).toEqual([]);
    expect(fake.granted.has(SITE)).toBe(true);
  });
});

describe('the popup elsewhere', () => {
  it('keeps the on/off toggle for a built-in host, and offers nothing to add there', async () => {
    onPage('https://mail.google.com/mail/u/0/');
    render(<CoachSettings />);
    expect(await screen.findByRole('checkbox', { name: 'Use the coach on mail.google.com' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use the coach on this site' })).toBeNull();
  });

  it.each(['chrome://extensions/', 'chrome-extension://abc/popup.html', 'file:///home/me/letter.html', 'about:blank'])(
    'says the coach cannot run on %s, with nothing to press',
    async (url) => {
      onPage(url);
      render(<CoachSettings />);
      const area = await siteArea();
      expect(area.dataset.siteState).toBe('unavailable');
      expect(within(area).getByText('The coach works in message boxes on web pages; it can’t run on this page.')).toBeTruthy();
      expect(within(area).queryByRole('button')).toBeNull();
    },
  );

  it('names an http site with its scheme, so it is not mistaken for the https one', async () => {
    onPage('http://intranet.example/mail/');
    render(<CoachSettings />);
    expect(await screen.findByText('The coach isn’t on for http://intranet.example.')).toBeTruthy();
  });
});

describe('which page the popup is about', () => {
  it('is the active tab in a real build, whatever the page address says', async () => {
    vi.stubEnv('MODE', 'production');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://a.example/' }] as never);
    expect(await currentTab('?tab=9&url=https%3A%2F%2Fevil.example%2F')).toEqual({ id: 3, url: 'https://a.example/' });
  });

  it('can be named in the address only in the test build (automation cannot click the toolbar button)', async () => {
    vi.stubEnv('MODE', 'test');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://a.example/' }] as never);
    expect(await currentTab('?tab=9&url=https%3A%2F%2Fmail.example.org%2F')).toEqual({ id: 9, url: 'https://mail.example.org/' });
    expect(await currentTab('?tab=zero&url=x')).toEqual({ id: 3, url: 'https://a.example/' });
  });
});

describe('the side panel\'s list of added sites', () => {
  it('lists each added site (not built-in hosts, not wildcards) and says how to add one', async () => {
    onPage('https://x.example/', { granted: ['https://zed.example/*', SITE, 'https://mail.google.com/*', 'https://*/*'] });
    render(<AddedSites />);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent)).toEqual(['mail.example.org', 'zed.example']);
    expect(screen.getByText(/choose “Use the coach on this site” in the toolbar popup/)).toBeTruthy();
  });

  it('removes a site with its button: permission and registration gone, the list updated', async () => {
    const fake = onPage('https://mail.example.org/inbox', { granted: [SITE, 'https://zed.example/*'] });
    await fake.settle();
    render(<AddedSites />);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop using the coach on mail.example.org' }));
    expect((await screen.findByRole('status')).textContent).toBe('The coach is off for mail.example.org.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Stop using the coach on mail.example.org' })).toBeNull());
    expect(fake.granted.has(SITE)).toBe(false);
    await waitFor(() => expect([...fake.scripts.keys()]).toEqual(['coach-site:https://zed.example/*']));
    // Its open page (seen through the permission, still held at that moment) stops at once.
    expect((await readCoachSettings()).disabledSites).toEqual(['https://mail.example.org']);
  });

  it('says when there are none', async () => {
    onPage('https://x.example/');
    render(<AddedSites />);
    expect(await screen.findByText('You haven’t added any sites.')).toBeTruthy();
  });
});
