/**
 * Live sync: with the popup and the side panel open at once, a change made in one shows in
 * the other within a second or so, without reloading either page. Each wait below is at most
 * two seconds (SYNC_TIMEOUT); neither page is ever reloaded, which the tests check with a
 * marker left in each page's window.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchListBrowser, type ListBrowser } from './support/list-browser.ts';
import {
  addInSidePanel,
  openPersonInPanel,
  panelCount,
  panelReady,
  panelRow,
  personSection,
  popupCounts,
  popupSearchNames,
  quickAddInPopup,
  STEP_TIMEOUT,
  SYNC_TIMEOUT,
} from './support/list-pages.ts';

let browser: ListBrowser;
let popup: Page;
let panel: Page;

/** Leaves a mark in the page's window: it survives only as long as the page is not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
  });
}
async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);
}

/** The names in the popup's "Who is next", with why. */
async function whoIsNext(page: Page): Promise<string[]> {
  return page
    .getByTestId('next-person')
    .evaluateAll((buttons) =>
      buttons.map((b) => `${b.querySelector('.person-link__name')?.textContent} (${(b as HTMLElement).dataset.reason})`),
    );
}

beforeAll(async () => {
  browser = await launchListBrowser();
  panel = await browser.openSidePanel();
  await panelReady(panel);
  popup = await browser.openPopup();
  await popup.getByRole('form', { name: 'Add someone' }).waitFor();
  await markPage(panel);
  await markPage(popup);
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // Both pages are the very ones opened at the start.
  expect(await stillSamePage(panel)).toBe(true);
  expect(await stillSamePage(popup)).toBe(true);
});

describe('popup and side panel open together', () => {
  it('someone quick-added in the popup appears in the side panel list', async () => {
    await expect.poll(() => panel.getByTestId('empty-state').isVisible(), STEP_TIMEOUT).toBe(true);
    await quickAddInPopup(popup, { name: 'Ines Moreau', what: 'Read her diary' });
    await expect.poll(() => panelRow(panel, 'Ines Moreau').count(), SYNC_TIMEOUT).toBe(1);
    await expect.poll(() => panelCount(panel).textContent(), SYNC_TIMEOUT).toBe('1 person on your list');
  });

  it('someone added in the side panel appears in the popup counts and search', async () => {
    await addInSidePanel(panel, { name: 'Paul Okafor', relationship: 'employer', what: 'Took money from the till' });
    await expect
      .poll(() => popupCounts(popup).textContent(), SYNC_TIMEOUT)
      .toBe('2 people on your list · 0 amends made or being lived');
    expect(await popupSearchNames(popup, 'till')).toEqual(['Paul Okafor']);
    await popup.getByRole('searchbox', { name: 'Search your list' }).fill('');
  });

  it('a status change in the side panel moves the popup: who is next, and amends made', async () => {
    await openPersonInPanel(panel, 'Paul Okafor');
    const status = personSection(panel, 'Where it stands');
    await status.getByRole('button', { name: 'Willing', exact: true }).click();
    await expect.poll(() => whoIsNext(popup), SYNC_TIMEOUT).toEqual(['Paul Okafor (willing)']);
    await expect.poll(() => popup.getByTestId('progress-willing').textContent(), SYNC_TIMEOUT).toBe('Willing: 1');

    await status.getByRole('button', { name: 'Amends made', exact: true }).click();
    await expect
      .poll(() => popupCounts(popup).textContent(), SYNC_TIMEOUT)
      .toBe('2 people on your list · 1 amends made or being lived');
    await expect.poll(() => whoIsNext(popup), SYNC_TIMEOUT).toEqual([]);
  });

  it('a person removed in the side panel leaves the popup', async () => {
    const page = panel.getByTestId('person-page');
    await page.getByRole('button', { name: 'Remove Paul Okafor from the list…' }).click();
    await panel.getByRole('dialog', { name: 'Remove Paul Okafor from your list?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect
      .poll(() => popupCounts(popup).textContent(), SYNC_TIMEOUT)
      .toBe('1 person on your list · 0 amends made or being lived');
    expect(await popupSearchNames(popup, 'till')).toEqual([]);
    expect(await popupSearchNames(popup, 'diary')).toEqual(['Ines Moreau']);
    await popup.getByRole('searchbox', { name: 'Search your list' }).fill('');
  });

  it("a person's page open in two side panels stays in step, and says so when they are removed elsewhere", async () => {
    const second = await browser.openSidePanel();
    await panelReady(second);
    await markPage(second);
    await openPersonInPanel(panel, 'Ines Moreau');
    await openPersonInPanel(second, 'Ines Moreau');

    await personSection(panel, 'Where it stands').getByRole('button', { name: 'Willing', exact: true }).click();
    await expect
      .poll(() => second.getByTestId('current-status').textContent(), SYNC_TIMEOUT)
      .toBe('Now: Willing');
    await expect.poll(() => whoIsNext(popup), SYNC_TIMEOUT).toEqual(['Ines Moreau (willing)']);

    await second.getByRole('button', { name: 'Remove Ines Moreau from the list…' }).click();
    await second.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), SYNC_TIMEOUT).toBe('Not on the list');
    await expect.poll(() => popupCounts(popup).count(), SYNC_TIMEOUT).toBe(0);
    await expect.poll(() => popup.getByRole('form', { name: 'Add someone' }).isVisible(), SYNC_TIMEOUT).toBe(true);
    expect(await stillSamePage(second)).toBe(true);
    await second.close();
  });

  it('made no request outside the extension and logged no errors', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
