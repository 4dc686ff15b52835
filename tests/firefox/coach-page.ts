/** Reading the coach and the draft in a fixture page, for the Firefox tests (puppeteer pages). */
import type { Page } from 'puppeteer-core';

export const DRAFT = "I'm sorry if you were hurt, but I was under a lot of stress.";
export const WAIT = { timeout: 10_000, interval: 100 };

/** The coach's badge state (quiet | listening | hints) inside its open shadow root; null without a coach. */
export function coachState(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('amends-coach')?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
  );
}

/** Distinct rule ids of the hints the coach's panel shows (visible ones only). */
export function visibleRules(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('amends-coach')?.shadowRoot;
    const ids = Array.from(root?.querySelectorAll<HTMLElement>('[data-rule]') ?? [])
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.getAttribute('data-rule') ?? '');
    return [...new Set(ids)].sort();
  });
}

/** What the textarea fixture (tests/fixtures/editors/textarea.html) holds. */
export function draftText(page: Page): Promise<string> {
  return page.$eval('#message', (el) => (el as HTMLTextAreaElement).value);
}

/** Waits for the fixture page's script, then types `text` into its textarea like a person. */
export async function typeInTextarea(page: Page, text: string): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 15_000 });
  await page.click('#message');
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}
