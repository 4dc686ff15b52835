/**
 * The amends list in the real extension: someone added in the side panel is on the list the
 * popup shows, and is still there after the pages close, and after the whole browser closes
 * and starts again on the same profile (IndexedDB on disk, not memory).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchListBrowser, makeProfileDir, removeProfileDir, type ListBrowser } from './support/list-browser.ts';
import {
  addInSidePanel,
  openPersonInPanel,
  panelCount,
  panelReady,
  panelRow,
  personSection,
  popupCounts,
  popupSearchNames,
  readStoredPeople,
  STEP_TIMEOUT,
} from './support/list-pages.ts';

const MARIA = { name: 'Maria Álvarez', relationship: 'sister', what: 'Borrowed her car and crashed it' };
const TOM = { name: 'Tom Becker', what: 'Missed his wedding' };

let profile: string;
let browser: ListBrowser;

beforeAll(async () => {
  profile = await makeProfileDir();
  browser = await launchListBrowser({ userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  if (profile) await removeProfileDir(profile);
});

/** What a harm's "What happened" field on the person's page holds. */
async function harmTexts(panel: Awaited<ReturnType<ListBrowser['openSidePanel']>>): Promise<string[]> {
  const harms = personSection(panel, 'What happened').getByTestId('harm');
  return harms.getByLabel('What happened', { exact: true }).evaluateAll((fields) =>
    fields.map((f) => (f as HTMLTextAreaElement).value),
  );
}

describe('adding someone in the side panel', () => {
  it('shows them in the popup: their name, what happened (found by search) and the counts', async () => {
    const panel = await browser.openSidePanel();
    await expect.poll(() => panel.getByTestId('empty-state').isVisible(), STEP_TIMEOUT).toBe(true);
    await addInSidePanel(panel, MARIA);
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('1 person on your list');
    await expect.poll(() => panelRow(panel, MARIA.name).count(), STEP_TIMEOUT).toBe(1);

    const popup = await browser.openPopup();
    await expect
      .poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT)
      .toBe('1 person on your list · 0 amends made or being lived');
    // What happened is stored with them: the popup finds Maria by it, and by her name.
    expect(await popupSearchNames(popup, 'crashed it')).toEqual([MARIA.name]);
    expect(await popupSearchNames(popup, 'alvarez')).toEqual([MARIA.name]);
    expect(await popupSearchNames(popup, 'wedding')).toEqual([]);

    // A second person, added from the panel while the popup is open, moves the popup's counts.
    await addInSidePanel(panel, TOM);
    await expect
      .poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT)
      .toBe('2 people on your list · 0 amends made or being lived');
    expect(await popupSearchNames(popup, 'wedding')).toEqual([TOM.name]);

    // And the panel shows what happened on Maria's own page, in her words.
    await openPersonInPanel(panel, MARIA.name);
    expect(await harmTexts(panel)).toEqual([MARIA.what]);
    expect(await panel.getByText(MARIA.relationship, { exact: true }).isVisible()).toBe(true);

    await popup.close();
    await panel.close();
  });
});

describe('closing and reopening', () => {
  it('keeps everyone when the popup and side panel are closed and opened again', async () => {
    expect(browser.context.pages().filter((p) => p.url().startsWith('chrome-extension://'))).toEqual([]);
    const panel = await browser.openSidePanel();
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('2 people on your list');
    await expect.poll(() => panelRow(panel, MARIA.name).count(), STEP_TIMEOUT).toBe(1);
    await expect.poll(() => panelRow(panel, TOM.name).count(), STEP_TIMEOUT).toBe(1);
    const popup = await browser.openPopup();
    await expect
      .poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT)
      .toBe('2 people on your list · 0 amends made or being lived');
    await popup.close();
    await panel.close();
  });

  it('keeps everyone, with what happened, when the whole browser closes and starts again on the same profile', async () => {
    const before = await browser.openSidePanel();
    await panelReady(before);
    const stored = await readStoredPeople(before);
    expect(stored.map((p) => p.name).sort()).toEqual([MARIA.name, TOM.name].sort());
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
    const firstId = browser.extensionId;
    await browser.close();

    browser = await launchListBrowser({ userDataDir: profile });
    // The unpacked extension keeps its id, so its pages reach the same origin's database.
    expect(browser.extensionId).toBe(firstId);
    const panel = await browser.openSidePanel();
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('2 people on your list');
    expect(await readStoredPeople(panel)).toEqual(stored);
    await openPersonInPanel(panel, MARIA.name);
    expect(await harmTexts(panel)).toEqual([MARIA.what]);

    const popup = await browser.openPopup();
    await expect
      .poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT)
      .toBe('2 people on your list · 0 amends made or being lived');
    expect(await popupSearchNames(popup, 'crashed')).toEqual([MARIA.name]);
  });

  it('made no request outside the extension and logged no errors', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
