/**
 * The coach's browser tests for each editor fixture (issue 4, "Tests that must exist"), run by
 * tests/e2e/coach-editors.e2e.ts with one browser (plus one extension-free control browser)
 * for all editors; `-t "Quill"` runs one editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findCoach, launchExtension, type ExtensionHarness } from '../harness.ts';
import {
  EXTENSION_MARKUP,
  editorHasFocus,
  fixturePath,
  focusEnd,
  insertedText,
  openFixture,
  pasteText,
  readEditor,
  retype,
  typeText,
  type EditorFixture,
  type EditorState,
} from './editor-driver.ts';
import { measureUnderlines, underlineProblems } from './underline-geometry.ts';

/** Drafts whose flags are unambiguous (see shared/hint-taxonomy.md). */
export const DRAFTS = {
  /** conditional ("if you were hurt"), but, excuse ("under a lot of stress"), passive ("Mistakes were made"). */
  amends: "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.",
  amendsRules: ['but', 'conditional', 'excuse', 'passive'],
  /** Words that must carry an underline in `amends`. */
  amendsFlaggedPhrases: ['but', 'Mistakes were made'],
  ordinary: 'Sorry for the late reply, the report is attached. Can we meet Friday?',
  crisis: 'Sometimes I think everyone would be better off without me.',
  pasted: ' I want to make this right with you.',
};

/**
 * A pause long enough for the coach to have analysed and drawn (it waits for a short pause in
 * typing, a few hundred ms at most, then draws in the next frame).
 */
const SETTLE_MS = 900;
const COACH_WAIT = { timeout: 8_000, interval: 100 };

function assertNoExtensionMarkup(state: EditorState, when: string): void {
  expect(state.html, `editor HTML ${when}`).not.toMatch(EXTENSION_MARKUP);
  expect(state.dom, `editor DOM ${when}`).not.toMatch(EXTENSION_MARKUP);
}

export function defineCoachSuites(editors: readonly EditorFixture[]): void {
  describe('the coach', () => {
    let ext: ExtensionHarness;
    let page: Page;
    let control: Page;

    beforeAll(async () => {
      ext = await launchExtension();
      const reachesFixtures = (ext.manifest.content_scripts ?? []).some((script) =>
        script.matches?.some((m) => m.startsWith('http://127.0.0.1/')),
      );
      if (!reachesFixtures) {
        throw new Error(
          'The built extension has no content script matching http://127.0.0.1/*: either the coach ' +
            'content script (entrypoints/coach.content) is not built yet, or this is not the test ' +
            'build (run `npm run build:test`).',
        );
      }
      page = await ext.newPage();
      control = await ext.newControlPage();
    });

    afterAll(async () => {
      await ext?.close();
    });

    for (const editor of editors) {
      describe(`in ${editor.label}`, () => {
        defineEditorTests(editor, () => ({ ext, page, control }));
      });
    }
  });
}

function defineEditorTests(
  editor: EditorFixture,
  shared: () => { ext: ExtensionHarness; page: Page; control: Page },
): void {
  let ext: ExtensionHarness;
  let page: Page;
  let control: Page;
  const url = (opts?: { long?: boolean }) => ext.fixtureUrl(fixturePath(editor.name, opts));

  beforeAll(() => {
    ({ ext, page, control } = shared());
  });

  it('stays quiet on an ordinary e-mail', async () => {
    await openFixture(page, url());
    await focusEnd(page);
    await typeText(page, DRAFTS.ordinary);
    const coach = await findCoach(page);
    await page.waitForTimeout(SETTLE_MS);
    expect(await coach.state()).toBe('quiet');
    expect(await coach.hints.count()).toBe(0);
    expect((await measureUnderlines(page, [])).underlines).toEqual([]);

    // The same field wakes for an amends draft: the quiet above was the coach listening.
    await retype(page, DRAFTS.amends);
    await expect.poll(() => coach.state(), COACH_WAIT).toBe('hints');
  });

  it('shows the expected rules on an amends draft with known problems', async () => {
    await openFixture(page, url());
    await focusEnd(page);
    await typeText(page, DRAFTS.amends);
    const coach = await findCoach(page);
    await expect.poll(() => coach.state(), COACH_WAIT).toBe('hints');
    // The count may first reflect a pause mid-typing; it settles on the whole draft.
    await expect
      .poll(async () => Number(await coach.badge.getAttribute('data-count')), COACH_WAIT)
      .toBeGreaterThanOrEqual(DRAFTS.amendsRules.length);
    await coach.openPanel();
    await expect.poll(() => coach.rules(), COACH_WAIT).toEqual(expect.arrayContaining(DRAFTS.amendsRules));
    // The seven elements are listed, each saying whether it is there.
    expect(await coach.elements.count()).toBe(7);
    const present = await coach.elements.evaluateAll((els) => els.map((e) => e.getAttribute('data-present')));
    expect(present.every((p) => p === 'true' || p === 'false')).toBe(true);
  });

  it('keeps the draft exactly as typed through typing, pasting, inserting a prompt and undoing it', async () => {
    await Promise.all([openFixture(page, url()), openFixture(control, url())]);
    // The same actions in the page with the coach and in the control browser, side by side.
    const both = async (act: (p: Page) => Promise<void>) => {
      await Promise.all([act(page), act(control)]);
    };
    const expectSameAsControl = async (when: string) => {
      // Editors finish some actions a few tasks later (TinyMCE's paste bin), in either browser:
      // wait until both have settled on the same state; a real difference still fails here.
      let states = await Promise.all([readEditor(page), readEditor(control)]);
      const deadline = Date.now() + 3_000;
      while (JSON.stringify(states[0]) !== JSON.stringify(states[1]) && Date.now() < deadline) {
        await page.waitForTimeout(100);
        states = await Promise.all([readEditor(page), readEditor(control)]);
      }
      const [withCoach, without] = states;
      assertNoExtensionMarkup(withCoach, when);
      expect(withCoach, `editor state ${when} (with the coach vs. without the extension)`).toEqual(without);
      return withCoach;
    };

    await both(focusEnd);
    await both((p) => typeText(p, DRAFTS.amends));
    const coach = await findCoach(page);
    await expect.poll(() => coach.state(), COACH_WAIT).toBe('hints');
    const typed = await expectSameAsControl('after typing');
    expect(typed.text.trimEnd()).toBe(DRAFTS.amends);

    // Type inside the draft, let the coach re-analyse and redraw, then type again: the caret
    // must not have moved under the person's fingers.
    await both(async (p) => {
      for (let i = 0; i < 'Mistakes were made.'.length; i++) await p.keyboard.press('ArrowLeft');
      await typeText(p, 'Honestly, ');
    });
    await page.waitForTimeout(SETTLE_MS);
    await both((p) => typeText(p, 'I see that '));
    const edited = await expectSameAsControl('after typing mid-draft while the coach redrew');
    expect(edited.text).toContain('Honestly, I see that Mistakes were made.');

    await both((p) => p.keyboard.press('Control+End'));
    await both((p) => pasteText(p, DRAFTS.pasted));
    // TinyMCE applies a paste a few tasks later (its paste bin): both editors can read the same,
    // unpasted, text for a moment, so wait for the paste to land in each before comparing them.
    await both((p) => expect.poll(async () => (await readEditor(p)).text.trimEnd().endsWith(DRAFTS.pasted.trim()), COACH_WAIT).toBe(true));
    const pasted = await expectSameAsControl('after pasting');
    expect(pasted.text.trimEnd().endsWith(DRAFTS.pasted.trim())).toBe(true);

    await page.waitForTimeout(SETTLE_MS);
    await coach.openPanel();
    const insert = coach.inserts.first();
    await insert.click();
    await expect
      .poll(async () => insertedText(pasted.text, (await readEditor(page)).text), COACH_WAIT)
      .not.toBeNull();
    expect(await editorHasFocus(page), 'focus is back in the editor after Insert').toBe(true);
    const inserted = await readEditor(page);
    await page.keyboard.press('Control+Z');
    try {
      await expect.poll(async () => (await readEditor(page)).text, COACH_WAIT).toBe(pasted.text);
    } catch {
      throw new Error(
        'Ctrl+Z right after Insert did not give back the draft as it was:\n' +
          `  before Insert: ${JSON.stringify(pasted.text)}\n` +
          `  after Insert:  ${JSON.stringify(inserted.text)}\n` +
          `  after Ctrl+Z:  ${JSON.stringify((await readEditor(page)).text)}`,
      );
    }
    const undone = await expectSameAsControl('after inserting a prompt and undoing it');
    expect(undone.selection).toEqual(pasted.selection);
  });

  it('draws underlines on the flagged words, after scrolling and after resizing the window', async () => {
    const problems = async () => underlineProblems(await measureUnderlines(page, DRAFTS.amendsFlaggedPhrases));
    const phraseBox = async () => (await measureUnderlines(page, ['Mistakes were made'])).phrases[0]!.rects[0];
    try {
      await openFixture(page, url({ long: true }));
      await page.evaluate(() => window.__fixture!.editable.scrollIntoView({ block: 'center' }));
      await focusEnd(page);
      await typeText(page, DRAFTS.amends);
      const coach = await findCoach(page);
      await expect.poll(() => coach.state(), COACH_WAIT).toBe('hints');
      await expect.poll(problems, COACH_WAIT).toEqual([]);

      const beforeScroll = await phraseBox();
      await page.mouse.wheel(0, 120);
      await expect.poll(async () => (await phraseBox())?.top, COACH_WAIT).not.toBe(beforeScroll?.top);
      await expect.poll(problems, COACH_WAIT).toEqual([]);

      // Narrower window: the editor (60vw wide) re-wraps its text.
      const beforeResize = await phraseBox();
      await page.setViewportSize({ width: 640, height: 600 });
      await expect.poll(async () => (await phraseBox())?.left, COACH_WAIT).not.toBe(beforeResize?.left);
      await expect.poll(problems, COACH_WAIT).toEqual([]);

      if (editor.underlines === 'mirror') {
        // The field scrolls inside itself: the mirror must follow its scroll offset too.
        for (let i = 0; i < 14; i++) await page.keyboard.press('Enter');
        await typeText(page, 'More to say.');
        const beforeFieldScroll = await phraseBox();
        await page.evaluate(() => {
          window.__fixture!.editable.scrollTop = 8;
        });
        await expect.poll(async () => (await phraseBox())?.top, COACH_WAIT).not.toBe(beforeFieldScroll?.top);
        await expect.poll(problems, COACH_WAIT).toEqual([]);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('answers crisis language with the support card', async () => {
    await openFixture(page, url());
    await focusEnd(page);
    await typeText(page, DRAFTS.crisis);
    const coach = await findCoach(page);
    await expect.poll(() => coach.state(), COACH_WAIT).not.toBe('quiet');
    await coach.openPanel();
    await expect.poll(() => coach.support.first().isVisible(), COACH_WAIT).toBe(true);
    // It names a real line to call, not only comfort (988 Suicide & Crisis Lifeline).
    expect(await coach.support.first().textContent()).toMatch(/988/);
    assertNoExtensionMarkup(await readEditor(page), 'after the support card showed');
  });

  it('makes no network request', () => {
    expect(ext.requests.some((r) => r.url.startsWith(ext.baseUrl))).toBe(true);
    ext.assertNoExternalRequests();
  });
}
