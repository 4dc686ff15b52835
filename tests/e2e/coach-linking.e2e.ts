/**
 * Issue 5, linking a draft to a person, in real Chromium with the built extension. A person
 * writes an amends draft in a page on 127.0.0.1, clicks "This is for…" in the coach (the
 * background must open the side panel inside that click), picks who it is for in the side
 * panel (opened as a page in the same window), and sees the draft's analysis there follow
 * their typing; saves a copy (still there after reopening); "I sent it" marks the amends
 * made in the side panel and in the popup at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { coach, launchExtension, type ExtensionHarness } from './harness.ts';
import { fixturePath, focusEnd, openFixture, typeText } from './support/editor-driver.ts';
import { assertStorable, replaceStoredPeople } from './support/list-seed.ts';
import { panelCount, panelReady, popupCounts, readStoredPeople, waitUntil } from './support/list-pages.ts';
import { createPerson, type Person } from '../../lib/amends/index.ts';

const WAIT = { timeout: 10_000, interval: 100 };
const FIRST = "Dear Sam, I'm sorry if you were upset, but I was under a lot of stress. I lied to you about the money.";
const MORE = ' It hurt you and you stopped trusting me.';

function seedPeople(): Person[] {
  let n = 0;
  const newId = () => `link-${++n}`;
  const at = Date.UTC(2026, 4, 1, 12);
  const people = [
    createPerson({ name: 'Sam Okafor', relationship: 'brother', what: 'Lied about the money' }, at, newId),
    createPerson({ name: 'Maria Lopez', relationship: 'friend', what: 'Missed her wedding' }, at + 1, newId),
  ];
  assertStorable(people);
  return people;
}

/** Records the service worker's calls to chrome.sidePanel.open (still opening the panel). */
function spyOnSidePanelOpen(ext: ExtensionHarness): Promise<void> {
  return ext.serviceWorker.evaluate(() => {
    type Api = { sidePanel: { open(o: unknown): Promise<void> } };
    const g = globalThis as unknown as { chrome: Api; __sidePanelOpens?: unknown[] };
    if (g.__sidePanelOpens) return;
    g.__sidePanelOpens = [];
    const original = g.chrome.sidePanel.open.bind(g.chrome.sidePanel);
    g.chrome.sidePanel.open = (options: unknown) => {
      g.__sidePanelOpens!.push(options);
      return original(options);
    };
  });
}

function sidePanelOpens(ext: ExtensionHarness): Promise<unknown[]> {
  return ext.serviceWorker.evaluate(() => (globalThis as unknown as { __sidePanelOpens: unknown[] }).__sidePanelOpens);
}

/** The id of the active tab (the page the person writes in). */
function activeTabId(ext: ExtensionHarness): Promise<number> {
  return ext.serviceWorker.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<{ id: number }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Api }).chrome.tabs.query({ active: true });
    return tab!.id;
  });
}

const draftSection = (panel: Page) => panel.getByTestId('section-draft');

describe('linking a draft to a person', () => {
  let ext: ExtensionHarness;
  let panel: Page;
  let page: Page;
  let samId: string;

  beforeAll(async () => {
    ext = await launchExtension();
    panel = await ext.openSidePanel();
    await panelReady(panel);
    const people = seedPeople();
    samId = people[0]!.id;
    await replaceStoredPeople(panel, people);
    await waitUntil('the seeded list', () => panelCount(panel).textContent(), (t) => t === '2 people on your list');
    page = await ext.newPage();
    await openFixture(page, ext.fixtureUrl(fixturePath('textarea')));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('"This is for…" in the coach opens the side panel for the tab, inside the click', async () => {
    await spyOnSidePanelOpen(ext);
    await focusEnd(page);
    await typeText(page, FIRST);
    const c = coach(page);
    await expect.poll(() => c.state(), WAIT).toBe('hints');
    await c.badge.click();
    const link = page.locator('amends-coach [data-link]');
    await link.waitFor(WAIT);
    expect(await link.textContent()).toBe('This is for\u2026');
    await link.click();
    await expect.poll(() => page.locator('amends-coach [data-link-note]').textContent(), WAIT).toBe(
      'Your list is open beside this page. Choose there who this draft is for.',
    );
    // The call was made, for the page's own tab; Chrome accepted it (it needs the click's gesture).
    expect(await sidePanelOpens(ext)).toEqual([{ tabId: await activeTabId(ext) }]);
  });

  it('the side panel asks who the draft is for; the person searches and picks', async () => {
    const picker = panel.getByTestId('draft-picker');
    await picker.waitFor(WAIT);
    await expect.poll(() => picker.textContent(), WAIT).toContain('upset, but I was under a lot of stress');
    await picker.getByRole('searchbox', { name: 'Search your list' }).fill('sam');
    await expect.poll(() => picker.getByRole('button', { name: /Lopez/ }).count(), WAIT).toBe(0);
    await picker.getByRole('button', { name: /Sam Okafor/ }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Sam Okafor');
    await expect.poll(() => picker.count(), WAIT).toBe(0);
  });

  it('shows the draft and its analysis beside Sam\'s record, following the typing in the page', async () => {
    const section = draftSection(panel);
    await expect.poll(() => section.getByTestId('live-draft-text').textContent(), WAIT).toBe(FIRST);
    await expect
      .poll(() => section.locator('[data-rule]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-rule')))].sort()), WAIT)
      .toEqual(expect.arrayContaining(['but', 'conditional', 'excuse']));
    // Each kind of hint says why, in words.
    expect(await section.locator('[data-rule="excuse"]').first().textContent()).toMatch(/stress/);
    expect(await section.locator('[data-element]').count()).toBe(7);
    expect(await section.locator('[data-element="impact"]').getAttribute('data-present')).toBe('false');

    await page.locator('#message').focus();
    await page.keyboard.press('End');
    await typeText(page, MORE);
    await expect.poll(() => section.getByTestId('live-draft-text').textContent(), WAIT).toBe(FIRST + MORE);
    await expect.poll(() => section.locator('[data-element="impact"]').getAttribute('data-present'), WAIT).toBe('true');
    // The Draft section is as usable with a screen reader or keyboard as the rest of the page.
    const axe = await new AxeBuilder({ page: panel }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('"Save a copy to their record" keeps the draft in Sam\'s record, still there after reopening the panel', async () => {
    await draftSection(panel).getByRole('button', { name: 'Save a copy to their record' }).click();
    await expect.poll(() => draftSection(panel).getByTestId('saved-drafts').locator('li').count(), WAIT).toBe(1);
    const stored = await readStoredPeople(panel);
    const sam = stored.find((p) => p.id === samId)!;
    expect((sam.drafts as { text: string }[]).map((d) => d.text)).toEqual([FIRST + MORE]);
    expect(stored.find((p) => p.id !== samId)!.drafts).toBeUndefined();

    await panel.close();
    panel = await ext.openSidePanel();
    await panelReady(panel);
    // The draft is still linked (the background kept it): the panel says whose it is.
    const banner = panel.getByTestId('draft-banner');
    await banner.waitFor(WAIT);
    await banner.getByRole('button', { name: 'Open Sam Okafor’s page' }).click();
    const copies = draftSection(panel).getByTestId('saved-drafts');
    await expect.poll(() => copies.locator('li').count(), WAIT).toBe(1);
    await copies.locator('summary').click();
    expect(await copies.locator('.saved-draft__text').textContent()).toBe(FIRST + MORE);
  });

  it('"I sent it" asks first, then marks the amends made in the side panel and the popup at once', async () => {
    const popup = await ext.openPopup();
    await expect.poll(() => popupCounts(popup).textContent(), WAIT).toBe('2 people on your list · 0 amends made or being lived');
    // The popup opened as a tab became the window's active tab; the person goes back to their draft.
    await page.bringToFront();

    await draftSection(panel).getByRole('button', { name: 'I sent it' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Mark your amends to Sam Okafor as made?' });
    await dialog.waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Yes, I sent it' }).click();

    await expect.poll(() => panel.getByTestId('current-status').textContent(), WAIT).toBe('Now: Amends made');
    await expect.poll(() => popupCounts(popup).textContent(), WAIT).toBe('2 people on your list · 1 amends made or being lived');
    // A reflection is invited: the box has focus and a gentle prompt.
    await expect
      .poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-describedby') ?? ''), WAIT)
      .toMatch(/invite/);
    expect(await panel.getByTestId('reflection-invitation').textContent()).toMatch(/When you are ready/i);
    const sam = (await readStoredPeople(panel)).find((p) => p.id === samId)!;
    expect(sam.status).toBe('made');
    await popup.close();
  });

  it('the page got nothing from the list: no name, harm or relationship in its DOM or the coach', async () => {
    const everything = await page.evaluate(() => {
      const host = document.querySelector('amends-coach');
      return document.documentElement.outerHTML + (host?.shadowRoot?.innerHTML ?? '') + document.body.innerText;
    });
    for (const secret of ['Sam Okafor', 'Okafor', 'Maria Lopez', 'Lied about the money', 'Missed her wedding', 'brother']) {
      expect(everything).not.toContain(secret);
    }
    ext.assertNoExternalRequests();
  });
});

describe('linking a draft while the list is locked', () => {
  const PASSPHRASE = 'copper kettle morning light';
  let ext: ExtensionHarness;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('asks to unlock first; once unlocked the person links, and the saved copy is sealed on disk', async () => {
    const panel = await ext.openSidePanel();
    await panelReady(panel);
    await replaceStoredPeople(panel, seedPeople());
    await waitUntil('the seeded list', () => panelCount(panel).textContent(), (t) => t === '2 people on your list');
    await panel.goto(ext.extensionUrl('sidepanel.html#settings'));
    await panel.getByRole('button', { name: 'Set a passphrase…' }).click();
    await panel.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('checkbox', { name: /cannot be recovered/ }).check();
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Change passphrase…' }).isVisible(), WAIT).toBe(true);
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => panel.getByTestId('unlock-screen').isVisible(), WAIT).toBe(true);
    await popup.close();

    const page = await ext.newPage();
    await openFixture(page, ext.fixtureUrl(fixturePath('textarea')));
    await focusEnd(page);
    await typeText(page, FIRST);
    const c = coach(page);
    await expect.poll(() => c.state(), WAIT).toBe('hints');
    await c.badge.click();
    await page.locator('amends-coach [data-link]').click();

    // Locked: the side panel asks to unlock first and shows nothing of the list.
    const notice = panel.getByTestId('draft-locked-notice');
    await expect.poll(() => notice.textContent(), WAIT).toBe('A draft is waiting for you to say who it’s for. Unlock your list first; then you can choose.');
    expect(await panel.getByTestId('draft-picker').count()).toBe(0);
    expect(await panel.locator('body').textContent()).not.toContain('Okafor');

    await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    const picker = panel.getByTestId('draft-picker');
    await picker.waitFor(WAIT);
    expect(await notice.count()).toBe(0);
    await picker.getByRole('button', { name: /Sam Okafor/ }).click();
    const section = draftSection(panel);
    await expect.poll(() => section.getByTestId('live-draft-text').textContent(), WAIT).toBe(FIRST);
    await section.getByRole('button', { name: 'Save a copy to their record' }).click();
    await expect.poll(() => section.getByTestId('saved-drafts').locator('li').count(), WAIT).toBe(1);

    // On disk the copy is sealed with the rest of Sam's record.
    const raw = JSON.stringify(await readStoredPeople(panel));
    expect(raw).not.toContain('under a lot of stress');
    expect(raw).not.toContain('Sam Okafor');
    ext.assertNoExternalRequests();
  }, 120_000);
});
