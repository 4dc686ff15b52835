/**
 * The coach on the real editors of the fixture pages, in a real Firefox: each gets the coach
 * (in the page or in the editor's own frame, as TinyMCE's about:blank iframe does) when an
 * amends draft with flagged phrases is typed, and each editor still holds exactly what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import { DRAFT, WAIT } from './coach-page.ts';

const EDITORS = ['contenteditable', 'quill', 'tinymce', 'tiptap', 'lexical', 'squire', 'ckeditor5'] as const;

/** The badge states of every coach in the page and its frames. */
async function coachStates(page: Page): Promise<string[]> {
  const states: string[] = [];
  for (const frame of page.frames() as Frame[]) {
    const found = await frame
      .evaluate(() =>
        Array.from(document.querySelectorAll('amends-coach')).map(
          (host) => host.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
        ),
      )
      .catch(() => [] as string[]);
    states.push(...found);
  }
  return states;
}

describe('the coach on real editors, in a real Firefox', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  for (const editor of EDITORS) {
    it(`coaches an amends draft in ${editor} and leaves its text as typed`, async () => {
      const page = await ff.openTab(ff.fixtureUrl(`editors/${editor}.html`));
      await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 15_000 });
      await page.evaluate(() => window.__fixture!.focusEnd());
      await page.waitForFunction(() => window.__fixture!.hasFocus(), { timeout: 5_000 });
      await page.keyboard.type(DRAFT);
      await expect.poll(() => coachStates(page), WAIT).toContain('hints');
      expect(await page.evaluate(() => window.__fixture!.getText().trim())).toBe(DRAFT);
      await page.close();
    });
  }

  it('logged no error from the background or the extension pages, and made no request off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.externalRequests()).toEqual([]);
  });
});
