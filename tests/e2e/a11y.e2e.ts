/**
 * Accessibility of the popup and the side panel, checked by axe-core in the real extension:
 * no violations in any view a person reaches (empty list, a list with people, search, a
 * person's page, the remove dialog, the Undo toast, "Your data" with its import messages and
 * the delete confirmation), in both the light and the dark colour scheme.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, addPayment, addReflection, editDetails, editRestitution, editSafety, todayIso, type Person } from '../../lib/amends/index.ts';
import { launchListBrowser, type ListBrowser } from './support/list-browser.ts';
import { openPersonInPanel, panelCount, panelReady, popupCounts, STEP_TIMEOUT } from './support/list-pages.ts';
import { assertStorable, makePeople, replaceStoredPeople } from './support/list-seed.ts';

type Scheme = 'light' | 'dark';

/** The page background each scheme's theme sets (components/styles/theme.css --bg). */
const BACKGROUND: Record<Scheme, string> = { light: 'rgb(251, 248, 243)', dark: 'rgb(27, 25, 23)' };

/** One person whose page shows every notice: direct amends with no contact, money partly repaid, a due follow-up. */
function showcasePerson(): Person {
  const [base] = makePeople(1, { seed: 99 });
  const now = base!.updatedAt + 10_000;
  let p = editDetails(base!, { name: 'Zara Quinn', amendsType: 'direct', followUp: addDays(todayIso(Date.now()), -1) }, now);
  p = editSafety(p, { noContact: true, harmsOthers: true, notes: 'Her brother asked me to stay away.' }, now);
  p = editRestitution(p, { kind: 'money', currency: 'EUR', owedMinor: 30_000 }, now);
  p = addPayment(p, { amountMinor: 12_050, date: '2026-04-01', note: 'By bank transfer' }, now, () => 'showcase-payment-1');
  p = addReflection(p, 'I keep wanting to explain myself. That is not the point.', now, () => 'showcase-reflection-1');
  return p;
}

const PEOPLE = [...makePeople(40, { seed: 7 }), showcasePerson()];
assertStorable(PEOPLE);

let browser: ListBrowser;

beforeAll(async () => {
  browser = await launchListBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** axe's violations, one readable line per failing element, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

async function open(kind: 'popup' | 'panel', scheme: Scheme, hash = ''): Promise<Page> {
  const page = kind === 'popup' ? await browser.openPopup() : await browser.openSidePanel(hash);
  await page.emulateMedia({ colorScheme: scheme });
  // The theme really follows the scheme (otherwise the dark run would check the light colours).
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), STEP_TIMEOUT).toBe(BACKGROUND[scheme]);
  return page;
}

async function seed(people: readonly Person[]): Promise<void> {
  const page = await browser.openSidePanel();
  await panelReady(page);
  await replaceStoredPeople(page, people);
  await page.close();
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe finds no violations (${scheme} colour scheme)`, () => {
    it('popup and side panel with an empty list', async () => {
      await seed([]);
      const popup = await open('popup', scheme);
      await popup.getByText('This is where your Step 8 list lives').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();

      const panel = await open('panel', scheme);
      await panel.getByTestId('empty-state').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.close();
    });

    it('popup with people: counts, progress, who is next, search results', async () => {
      await seed(PEOPLE);
      const popup = await open('popup', scheme);
      await expect.poll(() => popupCounts(popup).textContent(), STEP_TIMEOUT).toContain(`${PEOPLE.length} people`);
      expect(await violations(popup)).toEqual([]);
      await popup.getByRole('searchbox', { name: 'Search your list' }).fill('a');
      await popup.getByTestId('search-result').first().waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    it('side panel list with people, the add form, and a search with no matches', async () => {
      const panel = await open('panel', scheme);
      await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(`${PEOPLE.length} people on your list`);
      await panel.getByRole('button', { name: 'Add someone' }).click();
      await panel.getByRole('form', { name: 'Add someone' }).waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.getByRole('searchbox', { name: 'Search by name or what happened' }).fill('nobody-by-this-name');
      await panel.getByTestId('no-matches').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.close();
    });

    it("a person's page (no-contact stop, money partly repaid, follow-up due), its remove dialog and the Undo toast", async () => {
      const panel = await open('panel', scheme);
      await panelReady(panel);
      await openPersonInPanel(panel, 'Zara Quinn');
      await panel.getByTestId('direct-conflict').waitFor();
      expect(await violations(panel)).toEqual([]);

      await panel.getByRole('button', { name: 'Remove Zara Quinn from the list…' }).click();
      const dialog = panel.getByRole('dialog', { name: 'Remove Zara Quinn from your list?' });
      await dialog.waitFor();
      expect(await violations(panel)).toEqual([]);
      await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
      const toast = panel.getByRole('region', { name: 'Undo' });
      await toast.waitFor();
      expect(await violations(panel)).toEqual([]);
      await toast.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(`${PEOPLE.length} people on your list`);
      await panel.close();
    });

    it('"Your data": backup, sheet, import error and preview, delete confirmation', async () => {
      const panel = await open('panel', scheme, '#settings');
      await panel.getByTestId('backup-panel').waitFor();
      expect(await violations(panel)).toEqual([]);

      const input = panel.getByLabel('Choose a backup file');
      await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "amends-comp') });
      await panel.getByTestId('backup-import-error').waitFor();
      await panel.getByText('Details, for someone helping you').click();
      expect(await violations(panel)).toEqual([]);

      const backup = { format: 'amends-companion-backup', version: 1, kind: 'plain', exportedAt: new Date().toISOString(), app: { name: 'Amends Companion', version: '0.1.0' }, people: PEOPLE.slice(0, 3) };
      await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
      await panel.getByTestId('backup-import-preview').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.getByTestId('backup-import-preview').getByRole('button', { name: 'Cancel' }).click();

      await panel.getByRole('button', { name: 'Delete everything…' }).click();
      await panel.getByRole('button', { name: 'Delete everything for good' }).click();
      await panel.getByText('please type DELETE in the box').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.getByRole('button', { name: 'Keep my list' }).click();
      await panel.close();
    });
  });
}

describe('while checking', () => {
  it('nothing was requested outside the extension and no page logged an error', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
