/**
 * A person's page in the side panel, in the real extension: status changes are recorded in
 * the history, a restitution payment updates what remains (exactly, in minor units), "asked
 * for no contact" is a firm stop for direct amends, and removing someone asks first and can
 * be undone with everything they held coming back.
 */
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
  readStoredPeople,
  STEP_TIMEOUT,
  type StoredPerson,
} from './support/list-pages.ts';

const NAME = 'Dana Whitfield';

let browser: ListBrowser;
let panel: Page;

async function stored(name: string): Promise<StoredPerson | undefined> {
  return (await readStoredPeople(panel)).find((p) => p.name === name);
}

/** The status names in the history list, newest first as shown. */
async function historyShown(): Promise<string[]> {
  return panel.getByTestId('status-history').locator('li > span').allTextContents();
}

beforeAll(async () => {
  browser = await launchListBrowser();
  panel = await browser.openSidePanel();
  await panelReady(panel);
  await addInSidePanel(panel, { name: NAME, relationship: 'friend', what: 'Borrowed €250 for rent and never paid it back' });
  await addInSidePanel(panel, { name: 'Sam Ortiz', what: 'Forgot his birthday, again' });
  await openPersonInPanel(panel, NAME);
});

afterAll(async () => {
  await browser?.close();
});

describe("a person's page", () => {
  it('records each status change, newest first, with its time', async () => {
    expect(await historyShown()).toEqual(['Not yet willing']);
    const status = personSection(panel, 'Where it stands');
    await status.getByRole('button', { name: 'Willing', exact: true }).click();
    await expect.poll(historyShown, STEP_TIMEOUT).toEqual(['Willing', 'Not yet willing']);
    await status.getByRole('button', { name: 'Planned', exact: true }).click();
    await expect.poll(historyShown, STEP_TIMEOUT).toEqual(['Planned', 'Willing', 'Not yet willing']);
    expect(await panel.getByTestId('current-status').textContent()).toBe('Now: Planned');

    // Stored as it is shown: oldest first, each with a time no earlier than the one before.
    const history = (await stored(NAME))?.statusHistory as { status: string; at: number }[];
    expect(history.map((h) => h.status)).toEqual(['not-willing', 'willing', 'planned']);
    expect(history.every((h, i) => i === 0 || h.at >= history[i - 1]!.at)).toBe(true);
    const times = await panel.getByTestId('status-history').locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times).toEqual([...history].reverse().map((h) => new Date(h.at).toISOString()));
  });

  it('updates the remaining amount with each payment, exactly', async () => {
    const section = personSection(panel, 'Making it right');
    await section.getByRole('radio', { name: 'Money owed' }).check();
    const owed = section.getByLabel('Amount owed');
    await owed.fill('250');
    await owed.press('Tab');
    const remaining = section.getByTestId('restitution-remaining');
    await expect.poll(() => remaining.textContent(), STEP_TIMEOUT).toBe('€250.00');

    const pay = async (amount: string, note = '') => {
      const form = section.getByRole('form', { name: 'Record a payment' });
      await form.getByLabel('Amount paid (EUR)').fill(amount);
      if (note) await form.getByLabel('Note (optional)').fill(note);
      await form.getByRole('button', { name: 'Add payment' }).click();
    };
    await pay('100.50', 'first part');
    await expect.poll(() => remaining.textContent(), STEP_TIMEOUT).toBe('€149.50');
    // 0.10 + 0.20 drifts in floating point; stored as cents it must not.
    await pay('0.10');
    await pay('0.20');
    await expect.poll(() => remaining.textContent(), STEP_TIMEOUT).toBe('€149.20');
    expect(await section.getByTestId('payments').getByRole('listitem').count()).toBe(3);

    const restitution = (await stored(NAME))?.restitution as { owedMinor: number; payments: { amountMinor: number }[] };
    expect(restitution.owedMinor).toBe(25_000);
    expect(restitution.payments.map((p) => p.amountMinor)).toEqual([10_050, 10, 20]);

    // Removing a payment gives its amount back to what remains.
    await section.getByRole('button', { name: /^Remove payment of €100\.50/ }).click();
    await expect.poll(() => remaining.textContent(), STEP_TIMEOUT).toBe('€249.70');
  });

  it('treats "asked for no contact" as a firm stop for direct amends, and lifts it when unticked', async () => {
    // Back to willing, with direct amends chosen, so "Planned" is a real choice first.
    await personSection(panel, 'Where it stands').getByRole('button', { name: 'Willing', exact: true }).click();
    const kind = personSection(panel, 'Kind of amends');
    await kind.getByRole('radio', { name: /^Direct amends/ }).check();
    const planned = personSection(panel, 'Where it stands').getByRole('button', { name: 'Planned', exact: true });
    await expect.poll(() => planned.isEnabled(), STEP_TIMEOUT).toBe(true);
    const guidance = panel.getByTestId('safety-guidance');
    expect(await guidance.getAttribute('data-level')).toBe('clear');

    const noContact = personSection(panel, 'Is it safe to reach out?').getByRole('checkbox', {
      name: 'Have they asked me not to contact them?',
    });
    await noContact.check();
    await expect.poll(() => guidance.getAttribute('data-level'), STEP_TIMEOUT).toBe('stop-direct');
    expect(await guidance.textContent()).toContain('No contact means no direct amends.');
    expect(await guidance.textContent()).toContain('sponsor or therapist');
    // Direct amends cannot be planned, and say why; direct is no longer offered as a kind.
    await expect.poll(() => planned.isDisabled(), STEP_TIMEOUT).toBe(true);
    const why = await planned.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(why).toMatch(/asked for no contact/);
    expect(await kind.getByTestId('direct-conflict').isVisible()).toBe(true);
    expect(await kind.getByRole('radio', { name: /^Direct amends/ }).isDisabled()).toBe(true);
    expect(((await stored(NAME))?.safety as { noContact: boolean }).noContact).toBe(true);

    // Indirect amends can still be planned.
    await kind.getByRole('radio', { name: /^Indirect amends/ }).check();
    await expect.poll(() => planned.isEnabled(), STEP_TIMEOUT).toBe(true);
    await kind.getByRole('radio', { name: /^Not decided yet/ }).check();

    await noContact.uncheck();
    await expect.poll(() => guidance.getAttribute('data-level'), STEP_TIMEOUT).toBe('clear');
    expect(await kind.getByRole('radio', { name: /^Direct amends/ }).isEnabled()).toBe(true);
  });

  it('asks before removing someone, and Undo brings them back with everything they held', async () => {
    const before = await stored(NAME);
    expect(before).toBeDefined();
    const remove = panel.getByRole('button', { name: `Remove ${NAME} from the list…` });
    const dialog = panel.getByRole('dialog', { name: `Remove ${NAME} from your list?` });

    // The safe answer keeps them.
    await remove.click();
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: `Keep ${NAME}` }).evaluate((b) => b === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: `Keep ${NAME}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await stored(NAME)).toEqual(before);

    await remove.click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('1 person on your list');
    expect(await panelRow(panel, NAME).count()).toBe(0);
    expect(await stored(NAME)).toBeUndefined();
    const toast = panel.getByRole('region', { name: 'Undo' });
    expect(await toast.textContent()).toContain(`${NAME} was removed from your list.`);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panelRow(panel, NAME).count(), STEP_TIMEOUT).toBe(1);
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('2 people on your list');
    expect(await toast.count()).toBe(0);
    // Everything comes back: history, payments, safety, harms, the same id and times.
    expect(await stored(NAME)).toEqual(before);
    await openPersonInPanel(panel, NAME);
    expect(await panel.getByTestId('restitution-remaining').textContent()).toBe('€249.70');
  });

  it('made no request outside the extension and logged no errors', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
