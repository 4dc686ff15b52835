/**
 * The passphrase lock in the real extension (Chromium, real IndexedDB, WebCrypto and
 * storage.session): turning it on seals the stored list; the popup and side panel share
 * the unlocked state; "Lock now" in the popup locks the side panel too; a wrong passphrase
 * is told plainly; and a browser restart (storage.session emptied) finds the list locked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchListBrowser, makeProfileDir, removeProfileDir, type ListBrowser } from './support/list-browser.ts';
import { addInSidePanel, panelRow, STEP_TIMEOUT } from './support/list-pages.ts';
import { readRawPeople } from './support/raw-people.ts';

const PASSPHRASE = 'quiet harbour lanterns';
const MARIA = { name: 'Maria Álvarez', relationship: 'sister', what: 'Borrowed her car and crashed it' };
const buildDir = process.env.LOCK_E2E_BUILD_DIR;

let profile: string;
let browser: ListBrowser;

beforeAll(async () => {
  profile = await makeProfileDir();
  browser = await launchListBrowser({ userDataDir: profile, ...(buildDir ? { buildDir } : {}) });
});

afterAll(async () => {
  await browser?.close();
  if (profile) await removeProfileDir(profile);
});

/** The raw people records, as the page's IndexedDB holds them. */
function rawPeople(page: Page): Promise<string> {
  return page.evaluate(readRawPeople);
}

async function turnOnLock(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Set a passphrase…' }).click();
  await panel.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  await panel.getByRole('checkbox', { name: /cannot be recovered/ }).check();
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect.poll(() => panel.getByRole('button', { name: 'Change passphrase…' }).isVisible(), STEP_TIMEOUT).toBe(true);
}

describe('the passphrase lock', () => {
  it('seals the stored list, shares the unlocked state, and locks every page from the popup', async () => {
    const panel = await browser.openSidePanel();
    await addInSidePanel(panel, MARIA);
    expect(await rawPeople(panel)).toContain(MARIA.name);

    await panel.goto(browser.extensionUrl('sidepanel.html#settings'));
    await turnOnLock(panel);
    const raw = await rawPeople(panel);
    for (const secret of [MARIA.name, MARIA.what, 'sister']) expect(raw).not.toContain(secret);

    // The popup opens straight onto the list: the key is shared through storage.session.
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('button', { name: 'Lock now' }).isVisible(), STEP_TIMEOUT).toBe(true);
    await panel.goto(browser.extensionUrl('sidepanel.html#list'));
    await expect.poll(() => panelRow(panel, MARIA.name).count(), STEP_TIMEOUT).toBe(1);

    await popup.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => popup.getByTestId('unlock-screen').isVisible(), STEP_TIMEOUT).toBe(true);
    await expect.poll(() => panel.getByTestId('unlock-screen').isVisible(), STEP_TIMEOUT).toBe(true);
    expect(await panel.locator('body').textContent()).not.toContain(MARIA.name);

    await panel.getByLabel('Passphrase', { exact: true }).fill('quiet harbour lantern');
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent(), STEP_TIMEOUT).toBe("That passphrase doesn't match. Nothing was changed.");

    await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => panelRow(panel, MARIA.name).count(), STEP_TIMEOUT).toBe(1);
    // Unlocking in the side panel opened the popup too.
    await expect.poll(() => popup.getByRole('button', { name: 'Lock now' }).isVisible(), STEP_TIMEOUT).toBe(true);
    browser.assertNoExternalRequests();
  });

  it('is locked again after the browser restarts (the key lived only in session memory)', async () => {
    await browser.close();
    browser = await launchListBrowser({ userDataDir: profile, ...(buildDir ? { buildDir } : {}) });
    const panel = await browser.openSidePanel();
    await expect.poll(() => panel.getByTestId('unlock-screen').isVisible(), STEP_TIMEOUT).toBe(true);
    await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => panelRow(panel, MARIA.name).count(), STEP_TIMEOUT).toBe(1);
    expect(browser.consoleErrors()).toEqual([]);
  });
});
