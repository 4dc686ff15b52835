/**
 * Linking a draft to a person (issue 5), in Chromium with the built test extension: how long
 * the person waits
 *   - from clicking "This is for…" in the coach to the picker in the side panel;
 *   - from a keystroke in the page to the side panel showing the new text and its analysis,
 *     for a short letter (~60 words) and a long one (~1,000 words).
 * The side panel is opened as a page in the same window (as in the browser tests). Times are
 * wall-clock (Date.now in both pages, one clock), so they include the coach's pause before it
 * reads the draft, the message to the background, the engine and the port to the panel.
 * Figures only: nothing here fails on a slow run; the load average is printed beside them.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { coach, launchExtension } from '../e2e/harness.ts';
import { fixturePath, focusEnd, openFixture } from '../e2e/support/editor-driver.ts';
import { assertStorable, replaceStoredPeople } from '../e2e/support/list-seed.ts';
import { panelCount, panelReady, waitUntil } from '../e2e/support/list-pages.ts';
import { createPerson } from '../../lib/amends/index.ts';

const OPENING = "Dear Sam, I'm sorry if you were upset, but I was under a lot of stress. I lied to you about the money. ";
const FILLER = 'I remember the drive home from the lake that summer, and how you waited up for me. ';
const KEYS = 25;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms (n=${values.length})`;
}

/**
 * Resolves with the panel's Date.now() once the draft shown there ends with `ending`. Watched
 * with a MutationObserver: the panel, opened as a page, is a background tab whose timers and
 * animation frames Chromium throttles, which a real side panel (always visible) is not.
 */
function panelShows(panel: Page, ending: string): Promise<number> {
  return panel.evaluate(
    (end) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const el = document.querySelector('[data-testid="live-draft-text"]');
          if (el && el.textContent?.endsWith(end)) {
            observer.disconnect();
            resolve(Date.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
    ending,
  );
}

async function main() {
  const ext = await launchExtension();
  try {
    const panel = await ext.openSidePanel();
    await panelReady(panel);
    let n = 0;
    const people = [createPerson({ name: 'Sam Okafor', what: 'Lied about the money' }, Date.UTC(2026, 4, 1), () => `bench-${++n}`)];
    assertStorable(people);
    await replaceStoredPeople(panel, people);
    await waitUntil('the seeded list', () => panelCount(panel).textContent(), (t) => t === '1 person on your list');

    const page = await ext.newPage();
    await openFixture(page, ext.fixtureUrl(fixturePath('textarea')));
    await focusEnd(page);
    await page.keyboard.insertText(OPENING);
    const c = coach(page);
    await waitUntil('hints in the coach', () => c.state(), (s) => s === 'hints', { timeout: 20_000, interval: 100 });
    await c.badge.click();
    const link = page.locator('amends-coach [data-link]');
    await link.waitFor();

    const clickedAt = Date.now();
    await link.click();
    await panel.getByTestId('draft-picker').waitFor({ timeout: 30_000 });
    const pickerMs = Date.now() - clickedAt;
    await panel.getByTestId('draft-picker').getByRole('button', { name: /Sam Okafor/ }).click();
    await panel.getByTestId('live-draft-text').waitFor();

    const keystrokes = async (label: string) => {
      const times: number[] = [];
      await page.locator('#message').focus();
      await page.keyboard.press('End');
      for (let i = 0; i < KEYS; i++) {
        const letter = String.fromCharCode(97 + (i % 26));
        const current = await page.locator('#message').inputValue();
        const shown = panelShows(panel, (current + letter).trimEnd().slice(-20));
        const at = Date.now();
        await page.keyboard.press(letter);
        times.push((await shown) - at);
      }
      console.log(`  keystroke → side panel shows it (${label}): ${stats(times)}`);
    };

    console.log(`Load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`  "This is for…" click → picker in the side panel: ${pickerMs} ms`);
    await keystrokes('~60 words');
    await page.locator('#message').evaluate((el: HTMLTextAreaElement) => el.focus());
    await page.keyboard.press('End');
    await page.keyboard.insertText(' ' + FILLER.repeat(60));
    await panelShows(panel, FILLER.trim().slice(-20));
    await keystrokes('~1,000 words');
  } finally {
    await ext.close();
  }
}

await main();
