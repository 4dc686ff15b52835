/**
 * The coach's own browser smoke tests (the per-editor suites live in coach-<editor>.e2e.ts):
 * which fields get a coach, that the page cannot drive the coach's UI, the keyboard path to a
 * hint, settings taking effect live, and cleanup when a field leaves the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchExtension, type ExtensionHarness } from './harness.ts';
import { fixturePath, focusEnd, openFixture, readEditor, typeText } from './support/editor-driver.ts';
import { measureUnderlines } from './support/underline-geometry.ts';

const AMENDS = "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.";
const WAIT = { timeout: 8_000, interval: 100 };

/** Counts inside the coach's shadow root, read from the page (the root is open). */
function countInCoach(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) => Array.from(document.querySelectorAll('amends-coach')).reduce((n, host) => n + (host.shadowRoot?.querySelectorAll(sel).length ?? 0), 0),
    selector,
  );
}

function visibleInCoach(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll('amends-coach')).reduce(
        (n, host) => n + Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>(sel) ?? []).filter((el) => el.getClientRects().length > 0).length,
        0,
      ),
    selector,
  );
}

/** Writes the pause setting from the extension's own service worker (WXT key local:coachPaused). */
function setPaused(ext: ExtensionHarness, paused: boolean): Promise<void> {
  return ext.serviceWorker.evaluate((value) => {
    type Local = { storage: { local: { set(items: object): Promise<void> } } };
    return (globalThis as unknown as { chrome: Local }).chrome.storage.local.set({ coachPaused: value });
  }, paused);
}

describe('the coach (smoke)', () => {
  let ext: ExtensionHarness;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('gives each message field one coach under one host, and never coaches a password, e-mail or search input', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<textarea id="extra" rows="4" cols="40"></textarea><input id="pw" type="password"><input id="em" type="email"><input id="se" type="search"><div id="shadow-host"></div>',
      );
      const root = document.getElementById('shadow-host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<div id="inner" contenteditable="true" style="min-height:60px;width:300px"></div>';
    });
    for (const id of ['#pw', '#em', '#se']) {
      await page.click(id);
      await page.keyboard.type('I am sorry but you made me');
    }
    await page.waitForTimeout(500);
    expect(await countInCoach(page, '[data-state]')).toBe(0);

    await focusEnd(page);
    await typeText(page, 'Hello');
    await page.click('#extra');
    await page.keyboard.type('Hello');
    await page.locator('#shadow-host #inner').click();
    await page.keyboard.type('Hello');
    await expect.poll(() => countInCoach(page, '[data-state]'), WAIT).toBe(3);
    expect(await page.locator('amends-coach').count()).toBe(1);

    // A field that leaves the page takes its coach with it.
    await page.evaluate(() => document.getElementById('extra')!.remove());
    await expect.poll(() => countInCoach(page, '[data-state]'), WAIT).toBe(2);
  });

  it('ignores clicks a page script fakes on its buttons', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => page.locator('amends-coach [data-state]').getAttribute('data-state'), WAIT).toBe('hints');
    const textBefore = (await readEditor(page)).text;

    // The page can reach into the open shadow root, but its clicks are not trusted.
    await page.evaluate(() => {
      const root = document.querySelector('amends-coach')!.shadowRoot!;
      (root.querySelector('[data-state]') as HTMLElement).click();
    });
    await page.waitForTimeout(300);
    expect(await visibleInCoach(page, '[data-rule]')).toBe(0);

    // The person opens the panel; the page's fake click on Insert still changes nothing.
    await page.locator('amends-coach [data-state]').click();
    await expect.poll(() => visibleInCoach(page, '[data-rule]'), WAIT).toBeGreaterThan(0);
    await page.evaluate(() => {
      const root = document.querySelector('amends-coach')!.shadowRoot!;
      root.querySelectorAll<HTMLElement>('[data-insert]').forEach((b) => b.click());
    });
    await page.waitForTimeout(500);
    expect((await readEditor(page)).text).toBe(textBefore);
  });

  it('opens the hint at the caret with Alt+Shift+H, and Escape returns to the draft', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => page.locator('amends-coach [data-state]').getAttribute('data-state'), WAIT).toBe('hints');
    // "hints" can come from an analysis of the first words typed; wait until the last sentence's
    // words are underlined, or the shortcut finds no hint at the caret yet.
    await expect
      .poll(async () => (await measureUnderlines(page, [])).underlines.some((u) => u.text === 'Mistakes were made'), WAIT)
      .toBe(true);
    // Put the caret inside "Mistakes were made".
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+H');
    const card = page.locator('amends-coach [data-card-rule]');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect(await card.getAttribute('data-card-rule')).toBe('passive');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('amends-coach');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible(), WAIT).toBe(false);
    expect(await page.evaluate(() => window.__fixture!.hasFocus())).toBe(true);
  });

  it('opens the hint where the caret is now, even before the selection change reaches the coach', async () => {
    // 'selectionchange' is queued behind input events: after quick arrow presses it can arrive
    // after the shortcut. Here the page holds it back entirely, so the coach's last noted caret
    // stays at the end of the draft; the shortcut must still read where the caret is.
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect
      .poll(async () => (await measureUnderlines(page, [])).underlines.some((u) => u.text === 'Mistakes were made'), WAIT)
      .toBe(true);
    await page.evaluate(() => {
      window.addEventListener('selectionchange', (event) => event.stopImmediatePropagation(), true);
    });
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+H');
    const card = page.locator('amends-coach [data-card-rule]');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect(await card.getAttribute('data-card-rule')).toBe('passive');
  });

  it('shows a hint\'s card when the pointer rests on a flagged word', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => page.locator('amends-coach [data-state]').getAttribute('data-state'), WAIT).toBe('hints');
    const box = await page.evaluate(() => {
      const editable = window.__fixture!.editable;
      const text = editable.firstChild?.nodeType === 3 ? (editable.firstChild as Text) : (editable.querySelector('*')?.firstChild as Text);
      const at = text.data.indexOf('Mistakes');
      const range = document.createRange();
      range.setStart(text, at + 2);
      range.setEnd(text, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x - 40, box.y);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const card = page.locator('amends-coach [data-card-rule]');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect(await card.getAttribute('data-card-rule')).toBe('passive');
  });

  it('has an accessible badge and panel (axe, inside the shadow root)', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => page.locator('amends-coach [data-state]').getAttribute('data-state'), WAIT).toBe('hints');
    await page.locator('amends-coach [data-state]').click();
    await expect.poll(() => visibleInCoach(page, '[data-rule]'), WAIT).toBeGreaterThan(0);
    // Focus moved into the panel, and it is announced as a dialog with a name.
    expect(await page.evaluate(() => document.querySelector('amends-coach')!.shadowRoot!.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-labelledby'))).toBeTruthy();
    const results = await new AxeBuilder({ page }).include('amends-coach').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleInCoach(page, '[data-rule]'), WAIT).toBe(0);
    expect(await page.evaluate(() => document.querySelector('amends-coach')!.shadowRoot!.activeElement?.getAttribute('data-state'))).toBe('hints');
  });

  it('speaks English, left to right, on a page in another language and direction', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await page.evaluate(() => {
      document.documentElement.lang = 'he';
      document.documentElement.dir = 'rtl';
    });
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => page.locator('amends-coach [data-state]').getAttribute('data-state'), WAIT).toBe('hints');
    await page.locator('amends-coach [data-state]').click();
    await expect.poll(() => visibleInCoach(page, 'q'), WAIT).toBeGreaterThan(0);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('amends-coach')!.shadowRoot!;
      const dialog = root.querySelector('[role="dialog"]')!;
      const q = root.querySelector('q')!;
      return {
        // The language a screen reader picks its voice by, and <q> its quotation marks.
        english: dialog.matches(':lang(en)') && q.matches(':lang(en)') && !dialog.matches(':lang(he)'),
        direction: getComputedStyle(dialog).direction,
      };
    });
    expect(seen).toEqual({ english: true, direction: 'ltr' });
  });

  it('goes away when paused from the extension, and comes back when resumed', async () => {
    await openFixture(page, ext.fixtureUrl(fixturePath('contenteditable')));
    await focusEnd(page);
    await typeText(page, AMENDS);
    await expect.poll(() => countInCoach(page, '[data-state]'), WAIT).toBe(1);
    const highlightsInEditor = () =>
      page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((h) => (n += h.size));
        return n;
      });
    await expect.poll(highlightsInEditor, WAIT).toBeGreaterThan(0);

    await setPaused(ext, true);
    await expect.poll(() => page.locator('amends-coach').count(), WAIT).toBe(0);
    expect(await highlightsInEditor()).toBe(0);

    await setPaused(ext, false);
    await typeText(page, ' ');
    await expect.poll(() => countInCoach(page, '[data-state]'), WAIT).toBe(1);
  });

  it('makes no network request', () => {
    ext.assertNoExternalRequests();
  });
});
