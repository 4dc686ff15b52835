/**
 * Backup in the real extension ("Your data" in the side panel): a broken file picked in the
 * import field is refused with a clear message and the stored list stays exactly as it was;
 * a JSON backup saved through the browser's download, after "Delete everything", brings the
 * same people back.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  readStoredPeople,
  STEP_TIMEOUT,
  type StoredPerson,
} from './support/list-pages.ts';

const PEOPLE = [
  { name: 'Ruth Feld', relationship: 'mother', what: 'Stole from her purse' },
  { name: 'Kwame Mensah', relationship: 'friend', what: 'Broke a promise about the band' },
  { name: 'Lena <b>Ko</b>', relationship: 'partner', what: 'Lied about "working late" & more' },
];

let browser: ListBrowser;
let panel: Page;
/** The stored list after seeding, which every failed import must leave alone. */
let seeded: StoredPerson[];
/** The text of a real export of the seeded list. */
let exportedText: string;

async function goToYourData(): Promise<void> {
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your data' }).click();
  await panel.getByTestId('backup-panel').waitFor();
}

async function goToYourList(): Promise<void> {
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your list' }).click();
  await panelReady(panel);
}

/** Picks a file in "Choose a backup file", as a person would. */
async function pickBackupFile(name: string, text: string): Promise<void> {
  await panel.getByLabel('Choose a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** Clicks "Export backup" and returns the downloaded file's name and text. */
async function exportBackup(): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

beforeAll(async () => {
  browser = await launchListBrowser();
  panel = await browser.openSidePanel();
  for (const person of PEOPLE) await addInSidePanel(panel, person);
  // Some history and a safety answer, so the round trip carries more than names.
  await openPersonInPanel(panel, 'Kwame Mensah');
  await personSection(panel, 'Where it stands').getByRole('button', { name: 'Willing', exact: true }).click();
  await panel.getByTestId('current-status').getByText('Willing').waitFor();
  await personSection(panel, 'Is it safe to reach out?')
    .getByRole('checkbox', { name: 'Could it harm me or raise my risk of relapse?' })
    .check();
  await panel.getByTestId('safety-guidance').and(panel.locator('[data-level="caution"]')).waitFor();
  // The guidance shows at once; the answer reaches the database a moment later (slower under
  // load): the snapshot every later step compares with must include it.
  let previous = '';
  const deadline = Date.now() + 10_000;
  for (;;) {
    seeded = await readStoredPeople(panel);
    const now = JSON.stringify(seeded);
    const saved = seeded.some((p) => p.name === 'Kwame Mensah' && (p.safety as { harmsMe?: boolean }).harmsMe === true);
    if (seeded.length === 3 && saved && now === previous) break;
    if (Date.now() > deadline) throw new Error('The seeded list never settled with the safety answer saved');
    previous = now;
    await panel.waitForTimeout(50);
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('exporting a backup', () => {
  it('saves the whole list as a dated JSON backup file through the browser download', async () => {
    await goToYourData();
    const file = await exportBackup();
    expect(file.name).toMatch(/^amends-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(file.text) as { format: string; version: number; kind: string; people: StoredPerson[] };
    expect(backup.format).toBe('amends-companion-backup');
    expect(backup.version).toBe(1);
    expect(backup.kind).toBe('plain');
    expect([...backup.people].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(seeded);
    await expect
      .poll(() => panel.getByTestId('backup-export-status').textContent(), STEP_TIMEOUT)
      .toContain(`Your backup of 3 people is saved as ${file.name}.`);
    exportedText = file.text;
  });
});

describe('importing a broken file', () => {
  const cases: { label: string; file: () => string; message: RegExp }[] = [
    {
      label: 'a truncated backup (cut off half way)',
      file: () => exportedText.slice(0, Math.floor(exportedText.length / 2)),
      message: /seems to be cut off/,
    },
    {
      label: 'a file with a different format marker',
      file: () => JSON.stringify({ ...JSON.parse(exportedText), format: 'some-other-app-backup' }),
      message: /not an Amends Companion backup/,
    },
    {
      label: 'a backup whose second person has the wrong types (after a good first one)',
      file: () => {
        const backup = JSON.parse(exportedText) as { people: Record<string, unknown>[] };
        backup.people[0] = { ...backup.people[0], name: 'Renamed by a bad file' };
        backup.people[1] = { ...backup.people[1], status: 42, harms: '<script>alert(1)</script>' };
        return JSON.stringify(backup);
      },
      message: /Entry 2 in this backup is not in the shape/,
    },
  ];

  for (const { label, file, message } of cases) {
    it(`refuses ${label} with a clear message, and changes nothing`, async () => {
      expect(exportedText, 'the export test runs first').toBeTruthy();
      await goToYourData();
      await pickBackupFile('amends-backup-broken.json', file());
      const error = panel.getByTestId('backup-import-error');
      await error.waitFor(STEP_TIMEOUT);
      expect(await error.getAttribute('role')).toBe('alert');
      const text = (await error.textContent()) ?? '';
      expect(text).toContain('amends-backup-broken.json could not be imported.');
      expect(text).toMatch(message);
      expect(text).toContain('Your list has not been changed.');
      expect(await panel.getByTestId('backup-import-preview').count()).toBe(0);

      expect(await readStoredPeople(panel)).toEqual(seeded);
      await goToYourList();
      await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('3 people on your list');
      for (const person of PEOPLE) expect(await panelRow(panel, person.name).count()).toBe(1);
    });
  }
});

describe('export, delete everything, import', () => {
  it('brings back the same people', async () => {
    await goToYourData();
    const file = await exportBackup();

    // Delete everything: guarded by typing the word.
    await panel.getByRole('button', { name: 'Delete everything…' }).click();
    await panel.getByLabel('To confirm, type DELETE').fill('delete');
    await panel.getByRole('button', { name: 'Delete everything for good' }).click();
    await expect
      .poll(() => panel.getByTestId('delete-everything-status').textContent(), STEP_TIMEOUT)
      .toContain('Everything has been deleted.');
    expect(await readStoredPeople(panel)).toEqual([]);
    const popup = await browser.openPopup();
    await popup.getByRole('form', { name: 'Add someone' }).waitFor();
    expect(await popupCounts(popup).count()).toBe(0);

    await pickBackupFile(file.name, file.text);
    const preview = panel.getByTestId('backup-import-preview');
    await preview.waitFor(STEP_TIMEOUT);
    expect(await preview.getByTestId('backup-import-plan').textContent()).toBe('This backup has 3 people: 3 new.');
    // Nothing is written before Import is pressed.
    expect(await readStoredPeople(panel)).toEqual([]);
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => panel.getByTestId('backup-import-status').textContent(), STEP_TIMEOUT)
      .toBe('The backup is imported: 3 people added.');

    expect(await readStoredPeople(panel)).toEqual(seeded);
    await expect
      .poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT)
      .toBe('3 people on your list · 0 amends made or being lived');
    await goToYourList();
    for (const person of PEOPLE) expect(await panelRow(panel, person.name).count()).toBe(1);
    // Markup in a name stays text.
    expect(await panel.locator('.person-row__name b').count()).toBe(0);
    await openPersonInPanel(panel, 'Kwame Mensah');
    expect(await panel.getByTestId('current-status').textContent()).toBe('Now: Willing');
    expect(await panel.getByTestId('safety-guidance').getAttribute('data-level')).toBe('caution');
    await popup.close();
  });

  it('made no request outside the extension and logged no errors', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
