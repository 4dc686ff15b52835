/**
 * The side panel's list: search by name and by what happened, filter by status and kind of
 * amends, and a count line (a polite live region) that only ever speaks about what was
 * typed. Expected results come from the domain's own search over the same seeded people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AMENDS_TYPE_LABELS, STATUS_LABELS, searchPeople, sortPeople, todayIso, type Person } from '../../lib/amends/index.ts';
import { launchListBrowser, type ListBrowser } from './support/list-browser.ts';
import { panelCount, panelReady, STEP_TIMEOUT, waitUntil } from './support/list-pages.ts';
import { makePeople, replaceStoredPeople } from './support/list-seed.ts';

const PEOPLE = makePeople(300, { seed: 11 });

let browser: ListBrowser;
let panel: Page;
let sorted: Person[];

const filters = () => panel.getByRole('search', { name: 'Search and filter your list' });
const statusFilter = () => filters().getByRole('combobox', { name: 'Status', exact: true });
const kindFilter = () => filters().getByRole('combobox', { name: 'Kind of amends', exact: true });
const search = () => panel.getByRole('searchbox', { name: 'Search by name or what happened' });
const shownText = (n: number) => `Showing ${n} of ${PEOPLE.length} people`;
/** The first rows the virtual list has rendered, by name. */
const firstNames = (count: number) => panel.locator('[data-testid="person-row"] .person-row__name').evaluateAll((els, n) => els.slice(0, n).map((e) => e.textContent), count);

beforeAll(async () => {
  browser = await launchListBrowser();
  panel = await browser.openSidePanel();
  await panelReady(panel);
  await replaceStoredPeople(panel, PEOPLE);
  await waitUntil('the seeded list', () => panelCount(panel).textContent(), (t) => t === `${PEOPLE.length} people on your list`);
  sorted = sortPeople(PEOPLE, todayIso(await panel.evaluate(() => Date.now()), 'UTC'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the side panel list', () => {
  it('lists everyone in the default order, rendering only what is in view', async () => {
    expect(await firstNames(5)).toEqual(sorted.slice(0, 5).map((p) => p.name));
    const rendered = await panel.getByTestId('person-row').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(PEOPLE.length);
  });

  it('finds people by name, and its count speaks only of what was typed', async () => {
    await panel.evaluate(() => {
      const count = document.querySelector('[data-testid="list-count"]')!;
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      new MutationObserver(() => said.push(count.textContent ?? '')).observe(count, { childList: true, characterData: true, subtree: true });
    });
    // "j" already narrows the list, so a count for the empty query would stand out.
    const query = 'jose';
    await search().pressSequentially(query, { delay: 60 });
    const expected = searchPeople(sorted, query);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(shownText(expected.length));
    expect(await firstNames(3)).toEqual(expected.slice(0, 3).map((p) => p.name));
    const prefixes = Array.from(query, (_, i) => shownText(searchPeople(sorted, query.slice(0, i + 1)).length));
    const said = await panel.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said.length).toBeGreaterThan(0);
    for (const text of said) expect(prefixes).toContain(text);

    const name = sorted[42]!.name;
    await search().fill(name);
    await expect.poll(() => firstNames(2), STEP_TIMEOUT).toEqual([name]);
    expect(await panelCount(panel).textContent()).toBe(shownText(1));
  });

  it('finds people by what happened, in their own words, ignoring case and accents', async () => {
    // Both words must appear: one from each of two harms ("dented", "café").
    const expected = searchPeople(sorted, 'dented cafe');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(searchPeople(sorted, 'dented').length);
    await search().fill('DENTED Café');
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(shownText(expected.length));
    expect(await firstNames(3)).toEqual(expected.slice(0, 3).map((p) => p.name));
  });

  it('filters by status and by kind of amends, together with the search', async () => {
    await search().fill('');
    await statusFilter().selectOption({ label: STATUS_LABELS.planned });
    const planned = sorted.filter((p) => p.status === 'planned');
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(shownText(planned.length));
    await kindFilter().selectOption({ label: AMENDS_TYPE_LABELS.direct });
    const plannedDirect = planned.filter((p) => p.amendsType === 'direct');
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(shownText(plannedDirect.length));
    expect(await firstNames(3)).toEqual(plannedDirect.slice(0, 3).map((p) => p.name));

    await search().fill('nobody-is-called-this');
    await panel.getByTestId('no-matches').waitFor(STEP_TIMEOUT);
    await panel.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe(`${PEOPLE.length} people on your list`);
    expect(await search().inputValue()).toBe('');
    expect(await statusFilter().inputValue()).toBe('all');
  });

  it('made no request outside the extension and logged no errors', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
