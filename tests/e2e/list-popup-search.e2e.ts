/**
 * The popup's search, keyboard first: the cursor starts in the search box, each result
 * shows name and status, and the live summary (read out by screen readers) only ever speaks
 * about what was typed, never a stale "No one matches that search." while results exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchPeople, sortPeople, todayIso, STATUS_LABELS } from '../../lib/amends/index.ts';
import { launchListBrowser, type ListBrowser } from './support/list-browser.ts';
import { panelReady, popupCounts, popupSearch, popupSearchNames, popupSearchSummary, STEP_TIMEOUT } from './support/list-pages.ts';
import { makePeople, replaceStoredPeople } from './support/list-seed.ts';

const PEOPLE = makePeople(60, { seed: 5 });

let browser: ListBrowser;
let popup: Page;

function summaryFor(query: string): string {
  const n = searchPeople(PEOPLE, query).length;
  return n === 0 ? 'No one matches that search.' : n === 1 ? '1 person matches.' : `${n} people match.`;
}

beforeAll(async () => {
  browser = await launchListBrowser();
  const panel = await browser.openSidePanel();
  await panelReady(panel);
  await replaceStoredPeople(panel, PEOPLE);
  await panel.close();
  popup = await browser.openPopup();
  await popupCounts(popup).waitFor(STEP_TIMEOUT);
});

afterAll(async () => {
  await browser?.close();
});

describe("the popup's search", () => {
  it('has the cursor when the popup opens, so typing goes straight into it', async () => {
    expect(await popupSearch(popup).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('announces, keystroke by keystroke, only counts for what was typed', async () => {
    const query = 'anna';
    await popup.evaluate(() => {
      const summary = document.getElementById('popup-search-summary')!;
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      new MutationObserver(() => said.push(summary.textContent ?? '')).observe(summary, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await popupSearch(popup).pressSequentially(query, { delay: 80 });
    const expected = summaryFor(query);
    await expect.poll(() => popupSearchSummary(popup).textContent(), STEP_TIMEOUT).toBe(expected);
    const said = (await popup.evaluate(() => (window as unknown as { __said: string[] }).__said)).filter(Boolean);
    const prefixes = Array.from(query, (_, i) => summaryFor(query.slice(0, i + 1)));
    expect(prefixes).not.toContain('No one matches that search.');
    // Every announcement is the count for one of the typed prefixes, never a leftover.
    for (const text of said) expect(prefixes).toContain(text);
    expect(said.at(-1)).toBe(expected);
    await popupSearch(popup).fill('');
  });

  it('shows each match with relationship and status, and says so when nobody matches', async () => {
    const query = 'borrowed';
    const today = todayIso(await popup.evaluate(() => Date.now()), 'UTC');
    const matches = searchPeople(sortPeople(PEOPLE, today), query);
    expect(matches.length).toBeGreaterThan(1);
    const names = await popupSearchNames(popup, query);
    expect(names).toEqual(matches.slice(0, 8).map((p) => p.name));
    const first = matches[0]!;
    const meta = await popup.getByTestId('search-result').first().locator('.person-link__meta').textContent();
    expect(meta).toBe([first.relationship, STATUS_LABELS[first.status]].filter(Boolean).join(' · '));
    expect(await popupSearchSummary(popup).textContent()).toBe(summaryFor(query));

    expect(await popupSearchNames(popup, 'nobody-is-called-this')).toEqual([]);
    expect(await popupSearchSummary(popup).textContent()).toBe('No one matches that search.');
  });

  it('made no request outside the extension and logged no errors', () => {
    browser.assertNoExternalRequests();
    expect(browser.consoleErrors()).toEqual([]);
  });
});
