/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, headless), used the way a person
 * uses it: the coach on an amends draft in a page's textarea, the amends list in the popup
 * page, and no errors from the background along the way. Run with `npm run test:firefox`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import { coachState, DRAFT, draftText, typeInTextarea, visibleRules, WAIT } from './coach-page.ts';
import { panelNames, textOfTestId } from './page-actions.ts';

/** Focuses the field labelled `label` in the popup's add form, as a click on the label does. */
async function focusAddField(popup: Page, label: string): Promise<void> {
  const found = await popup.evaluate((text) => {
    const form = document.querySelector('[data-testid="add-person-form"]');
    const match = Array.from(form?.querySelectorAll('label') ?? []).find((l) => l.textContent?.trim() === text);
    const control = match?.control as HTMLElement | null | undefined;
    control?.focus();
    return !!control && document.activeElement === control;
  }, label);
  if (!found) throw new Error(`No field labelled "${label}" in the popup's add form.`);
}

/** Names the popup's search lists for `query` (typed into the search box like a person does). */
async function popupSearchNames(popup: Page, query: string): Promise<string[]> {
  const box = await popup.$('input[type="search"]');
  if (!box) throw new Error('The popup has no search box.');
  await box.click({ count: 3 });
  await popup.keyboard.type(query);
  await expect
    .poll(() => popup.evaluate(() => document.querySelector('#popup-search-summary')?.textContent ?? ''), WAIT)
    .not.toBe('');
  return popup.$$eval('[data-testid="search-result"] .person-link__name', (els) => els.map((el) => el.textContent ?? ''));
}

describe('Amends Companion in a real Firefox (smoke)', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('coaches an amends draft typed into a textarea, and never changes the draft', async () => {
    const page = await ff.openTab(ff.fixtureUrl('editors/textarea.html'));
    await typeInTextarea(page, DRAFT);

    // The hints come from the background page (coach/analyze): it is running and answering.
    await expect.poll(() => coachState(page), WAIT).toBe('hints');
    expect(await draftText(page)).toBe(DRAFT);

    // The person opens the coach's panel from its badge: it explains the "if" and the excuse.
    const badge = await page.$('amends-coach >>> [data-state]');
    expect(badge).not.toBeNull();
    await badge!.click();
    await expect.poll(() => visibleRules(page), WAIT).toEqual(expect.arrayContaining(['conditional', 'excuse']));
    expect(await draftText(page)).toBe(DRAFT);

    // Escape closes the panel (it sits over the field in this small window), focus goes back
    // to the badge, and the person clicks into the draft again and writes on.
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleRules(page), WAIT).toEqual([]);
    await page.click('#message');
    await page.keyboard.press('End');
    await page.keyboard.type(' I was wrong.');
    await expect.poll(() => draftText(page), WAIT).toBe(`${DRAFT} I was wrong.`);
    await page.close();
  });

  it('underlines the flagged words in a contenteditable with Firefox\'s CSS highlights, without touching its text', async () => {
    const page = await ff.openTab(ff.fixtureUrl('editors/contenteditable.html'));
    await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 15_000 });
    await page.evaluate(() => window.__fixture!.focusEnd());
    await page.waitForFunction(() => window.__fixture!.hasFocus(), { timeout: 5_000 });
    await page.keyboard.type(DRAFT);
    await expect.poll(() => coachState(page), WAIT).toBe('hints');
    const highlighted = () =>
      page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((h) => (n += h.size));
        return n;
      });
    await expect.poll(highlighted, WAIT).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__fixture!.getText().trim())).toBe(DRAFT);
    await page.close();
  });

  it('"This is for…" says how to open the list in Firefox (its shortcut), and the draft stays as typed', async () => {
    const page = await ff.openTab(ff.fixtureUrl('editors/textarea.html'));
    await typeInTextarea(page, DRAFT);
    await expect.poll(() => coachState(page), WAIT).toBe('hints');
    await (await page.$('amends-coach >>> [data-state]'))!.click();
    const link = await page.waitForSelector('amends-coach >>> [data-link]', { visible: true, timeout: WAIT.timeout });
    expect(await link!.evaluate((el) => el.textContent)).toBe('This is for\u2026');
    await link!.click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('amends-coach')?.shadowRoot?.querySelector('[data-link-note]')?.textContent ?? null), WAIT)
      .toBe('Firefox doesn\u2019t let a page open the list for you. Press Alt+Shift+L to open your list beside this page; your draft will be waiting there.');
    expect(await draftText(page)).toBe(DRAFT);
    await page.close();
  });

  it('adds a person to the amends list in the popup page, and they are still there after a reload', async () => {
    const url = ff.extensionUrl('popup.html');
    const popup = await ff.openTab(url);
    await expect.poll(() => popup.evaluate(() => !!document.querySelector('[data-testid="add-person-form"]')), WAIT).toBe(true);

    await focusAddField(popup, 'Name');
    await popup.keyboard.type('Maria Álvarez');
    await focusAddField(popup, 'What happened (optional)');
    await popup.keyboard.type('Borrowed her car and crashed it');
    await popup.keyboard.press('Enter');
    await expect.poll(() => textOfTestId(popup, 'add-confirmation'), WAIT).toBe('Added Maria Álvarez to your list.');
    await expect.poll(() => textOfTestId(popup, 'progress-counts'), WAIT).toBe('1 person on your list · 0 amends made or being lived');

    // Reloaded, the popup reads her back from IndexedDB, found by what happened.
    await ff.load(popup, url);
    await expect.poll(() => textOfTestId(popup, 'progress-counts'), WAIT).toBe('1 person on your list · 0 amends made or being lived');
    expect(await popupSearchNames(popup, 'crashed')).toEqual(['Maria Álvarez']);

    // The sidebar's page (sidebar_action in Firefox) shows her on the same list.
    const sidebar = await ff.openTab(ff.extensionUrl('sidepanel.html'));
    await expect
      .poll(() => panelNames(sidebar), WAIT)
      .toEqual(['Maria Álvarez']);
    await sidebar.close();
    await popup.close();
  });

  it('logged no error from the background or the extension pages, and made no request off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    // The request log saw this run's pages (so an empty list of external requests means something).
    expect(ff.requests).toContain(ff.fixtureUrl('editors/textarea.html'));
    expect(ff.externalRequests()).toEqual([]);
  });
});
