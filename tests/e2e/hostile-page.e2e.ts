/**
 * Issue 6, hardening: a hostile web page. The page's own script (tests/fixtures/hostile/
 * hostile.js, main world, running before the coach appears) scans the DOM and every open
 * shadow root, reads CSS.highlights, listens to every key, input, paste and message in the
 * capture phase, reads its storage and databases, observes every mutation, forges
 * extension-shaped postMessage traffic and runtime messages, fakes clicks and keys at the
 * coach, and removes and moves the coach's host. Meanwhile a person with a seeded amends
 * list writes a draft, opens the coach and rests the pointer on a hint.
 *
 * It must learn nothing from the list, change no record, insert no text, and the coach must
 * keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coach, launchExtension, type ExtensionHarness } from './harness.ts';
import { replaceStoredPeople } from './support/list-seed.ts';
import { panelCount, panelReady, readStoredPeople, STEP_TIMEOUT, waitUntil, type StoredPerson } from './support/list-pages.ts';
import { CANARIES, makeCanaryPeople } from './support/hostile-seed.ts';
import {
  hostileAnswers,
  hostileSearch,
  hostileStats,
  hostileUrl,
  lootKinds,
  moveHost,
  newGlobals,
  openHostile,
  readFields,
  typeInto,
  wordCentre,
  type FieldId,
  type HostMove,
} from './support/hostile-page.ts';

const WAIT = { timeout: 10_000, interval: 100 };
const TEXTAREA_DRAFT = "Dear Sam, I'm sorry if you were upset, but you know how stressed I was.";
const EDITABLE_DRAFT = "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.";

/** Every keystroke the person makes, in order, so a control page can replay them exactly. */
const typed: { field: FieldId; text: string }[] = [];
async function personTypes(page: Page, field: FieldId, text: string): Promise<void> {
  typed.push({ field, text });
  await typeInto(page, field, text);
}

function coachCount(page: Page): Promise<number> {
  return page.locator('amends-coach').count();
}

/** Hints shown right now (each field has its own panel; closed ones stay in the DOM). */
function visibleHints(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelector('amends-coach')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rule]') ?? []).filter(
      (el) => el.getClientRects().length > 0,
    ).length,
  );
}

/** Badges in the page whose state is `hints`. */
function badgesWithHints(page: Page): Promise<number> {
  return page.locator('amends-coach [data-state="hints"]').count();
}

describe('a hostile page', () => {
  let ext: ExtensionHarness;
  let panel: Page;
  let page: Page;
  let listBefore: StoredPerson[];

  beforeAll(async () => {
    ext = await launchExtension();
    // Seed from an extension page (the side panel opened as a tab) once it has made its database.
    panel = await ext.openSidePanel();
    await panelReady(panel);
    await replaceStoredPeople(panel, makeCanaryPeople());
    await waitUntil('the seeded list in the side panel', () => panelCount(panel).textContent(), (t) => t === '2 people on your list');
    listBefore = await readStoredPeople(panel);
    expect(listBefore.map((p) => p.name).sort()).toEqual(['Philippa Okonkwo-Vance', 'Zebulon Quartermain']);

    page = await ext.newPage();
    await openHostile(page, hostileUrl(ext.baseUrl, ext.extensionId));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('gets no hold on the coach while the person writes, opens the coach and rests on a hint', async () => {
    const c = coach(page);
    await personTypes(page, 'message', TEXTAREA_DRAFT);
    await expect.poll(() => badgesWithHints(page), WAIT).toBe(1);

    // The person opens the coach's panel with a real click; the page's fake clicks at the
    // badge and at every Insert button keep firing all the while (every 150 ms).
    await c.badge.click();
    await expect.poll(() => visibleHints(page), WAIT).toBeGreaterThan(0);
    await expect.poll(() => c.inserts.count(), WAIT).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleHints(page), WAIT).toBe(0);

    await personTypes(page, 'editable', EDITABLE_DRAFT);
    await expect.poll(() => badgesWithHints(page), WAIT).toBe(2);
    const word = await wordCentre(page, 'Mistakes');
    await page.mouse.move(word.x - 40, word.y);
    await page.mouse.move(word.x, word.y, { steps: 4 });
    const card = page.locator('amends-coach [data-card-rule]');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    await page.waitForTimeout(1_000);

    // The spy really was at work (otherwise "it found nothing" would prove nothing): it saw
    // the typing, the coach's shadow content and the highlights, and it forged and faked.
    const stats = await hostileStats(page);
    expect(stats.forgedMessages).toBeGreaterThan(100);
    expect(stats.fakeEvents).toBeGreaterThan(20);
    const kinds = await lootKinds(page);
    expect(kinds['highlight-range']).toBeGreaterThan(0);
    expect(kinds.event).toBeGreaterThan(50);
    const seen = await hostileSearch(page, ['Mistakes were made', 'data-card-rule', 'data-insert']);
    expect(seen.found.sort()).toEqual(['Mistakes were made', 'data-card-rule', 'data-insert']);
  });

  it('cannot stop the coach by removing or moving its host', async () => {
    // Moved into a small clipping, transformed box the badge could not be clicked; moved
    // into the editor the coach's UI would become part of the draft.
    const moves: HostMove[] = ['remove', 'reinsert', 'to-body-start', 'into-wrapper', 'into-editor'];
    for (const [i, move] of moves.entries()) {
      expect(await moveHost(page, move)).toBe(true);
      // (With the host inside the contenteditable, where the caret lands is the page's own
      // doing; the person types in the other field then.)
      if (move === 'into-editor') await personTypes(page, 'message', ` Mistakes were made, round ${i}.`);
      else await personTypes(page, 'editable', ` Mistakes were made, round ${i}.`);
      // One host, back under <html> where it belongs, and both fields still coached.
      await expect.poll(() => coachCount(page), WAIT).toBe(1);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('amends-coach')?.parentNode === document.documentElement), WAIT)
        .toBe(true);
      await expect.poll(() => badgesWithHints(page), WAIT).toBe(2);
    }
    // The person can still open the coach for the draft they are writing, with a real click.
    const badge = page.locator('amends-coach [data-state="hints"]').last();
    await badge.click();
    await expect.poll(() => visibleHints(page), WAIT).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleHints(page), WAIT).toBe(0);
    expect(await page.evaluate(() => document.getElementById('editable')!.querySelector('amends-coach'))).toBeNull();
  });

  it('inserts no text: each field holds exactly what the person typed', async () => {
    // The page's fake clicks and keys kept firing through the steps above; give them more time.
    await page.waitForTimeout(1_000);
    const fields = await readFields(page);

    // The same keystrokes on the same page in a browser without the extension.
    const control = await ext.newControlPage();
    await openHostile(control, hostileUrl(ext.baseUrl, ext.extensionId));
    for (const step of typed) await typeInto(control, step.field, step.text);
    const expected = await readFields(control);
    await control.close();

    expect(fields.textarea).toBe(typed.filter((s) => s.field === 'message').map((s) => s.text).join(''));
    expect(fields.textarea).toBe(expected.textarea);
    expect(fields.html).toBe(expected.html);
    expect(fields.text.replace(/\u00a0/g, ' ')).toBe(typed.filter((s) => s.field === 'editable').map((s) => s.text).join(''));
    expect(fields.text + fields.html + fields.textarea).not.toMatch(/FAKE|FORGED/);
  });

  it('learns nothing from the list: no name, harm, note or reflection in anything it gathered', async () => {
    const gathered = await hostileSearch(page, CANARIES);
    expect(gathered.items).toBeGreaterThan(100);
    expect(gathered.found).toEqual([]);
    // The same search does find a canary once the page really has one (here: its own title).
    await page.evaluate(() => (document.title = 'Notes on Zebulon Quartermain'));
    await page.waitForTimeout(1_000);
    expect((await hostileSearch(page, CANARIES)).found).toContain('Zebulon Quartermain');
    await page.evaluate(() => (document.title = 'Fixture: hostile page'));
    // Nothing in the page's own storage or databases came from the extension.
    const kinds = await lootKinds(page);
    expect(Object.keys(kinds).filter((k) => k.startsWith('indexedDB:') || k.startsWith('fetched:'))).toEqual([]);
    expect(await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)))).toEqual([]);
  });

  it('cannot reach the extension: no runtime answer, no extension page or file', async () => {
    const answers = await hostileAnswers(page);
    // Fetches of the extension's own files are refused (no web_accessible_resources); a
    // page has no chrome.runtime to message it with (no externally_connectable).
    const fetched = answers.filter((a) => 'file' in a);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((a) => !('blocked' in a))).toEqual([]);
    expect(answers.filter((a) => a.answer !== undefined && a.answer !== null)).toEqual([]);
  });

  it('sees no globals from the extension in its window', async () => {
    expect(await newGlobals(page)).toEqual(['__hostile']);
  });

  it('changes no record: the list reads back the same, to the updatedAt', async () => {
    await panel.reload();
    await panelReady(panel);
    await expect.poll(() => panelCount(panel).textContent(), STEP_TIMEOUT).toBe('2 people on your list');
    expect(await readStoredPeople(panel)).toEqual(listBefore);
  });

  it('the built manifest lets no page in: no externally_connectable, no web-accessible pages', () => {
    expect(ext.manifest).not.toHaveProperty('externally_connectable');
    const war = (ext.manifest.web_accessible_resources ?? []) as { resources?: string[]; matches?: string[] }[];
    // Only what an extension iframe would need, and never a page that shows list data.
    const exposed = war.flatMap((w) => w.resources ?? []);
    expect(exposed.filter((r) => /\.html$|\*/.test(r))).toEqual([]);
  });

  it('makes no network request', () => {
    // The page's own probes of chrome-extension://<id>/... are refused by Chromium, which
    // logs them as chrome-extension://invalid/: the page asked, nothing was served. Anything
    // else that was not local fails the test.
    const pageProbe = (r: { url: string; frameUrl: string | null }) =>
      r.url === 'chrome-extension://invalid/' && (r.frameUrl ?? '').startsWith(`${ext.baseUrl}/hostile/`);
    expect(ext.requests.filter(pageProbe).length).toBeGreaterThan(0);
    expect(ext.externalRequests().filter((r) => !pageProbe(r))).toEqual([]);
  });
});
