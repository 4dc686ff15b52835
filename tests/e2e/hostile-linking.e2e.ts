/**
 * Issue 5 and 6: a hostile page while the person links their draft to someone on the list.
 * The page's own script (tests/fixtures/hostile/hostile.js) scans its DOM and every open
 * shadow root, reads CSS.highlights, listens to every key and input in the capture phase,
 * posts forged window messages (including the linking messages' shapes) and tries the
 * runtime, and fakes clicks at every coach button, "This is for…" included.
 *
 * The person writes a draft there, clicks "This is for…", picks a person whose name, harms
 * and notes are canary strings in the side panel, keeps typing, saves a copy. Afterwards the
 * page has found no canary, and its forgeries change nothing in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coach, launchExtension, type ExtensionHarness } from './harness.ts';
import { replaceStoredPeople } from './support/list-seed.ts';
import { panelCount, panelReady, readStoredPeople, waitUntil, type StoredPerson } from './support/list-pages.ts';
import { CANARIES, makeCanaryPeople } from './support/hostile-seed.ts';
import { hostileAnswers, hostileSearch, hostileStats, hostileUrl, lootKinds, openHostile, typeInto } from './support/hostile-page.ts';

const WAIT = { timeout: 10_000, interval: 100 };
const DRAFT = "I'm sorry if you were upset, but I was under a lot of stress. I took what was yours.";
const MORE = ' It hurt you, and I will pay it back by June.';
const LINK_NOTE = 'Your list is open beside this page. Choose there who this draft is for.';

describe('a hostile page while a draft is linked to someone on the list', () => {
  let ext: ExtensionHarness;
  let panel: Page;
  let page: Page;
  let zebulonId: string;

  beforeAll(async () => {
    ext = await launchExtension();
    panel = await ext.openSidePanel();
    await panelReady(panel);
    const people = makeCanaryPeople();
    zebulonId = people.find((p) => p.name === 'Zebulon Quartermain')!.id;
    await replaceStoredPeople(panel, people);
    await waitUntil('the seeded list', () => panelCount(panel).textContent(), (t) => t === '2 people on your list');
    page = await ext.newPage();
    await openHostile(page, hostileUrl(ext.baseUrl, ext.extensionId));
  });

  afterAll(async () => {
    await ext?.close();
  });

  let listAfterPerson: StoredPerson[];

  it('the person links the draft and works with it while the page spies and forges', async () => {
    await typeInto(page, 'message', DRAFT);
    const c = coach(page);
    await expect.poll(() => page.locator('amends-coach [data-state="hints"]').count(), WAIT).toBe(1);
    await c.badge.click();
    const link = page.locator('amends-coach [data-link]');
    await link.waitFor(WAIT);
    await link.click();
    await expect.poll(() => page.locator('amends-coach [data-link-note]').textContent(), WAIT).toBe(LINK_NOTE);

    // Who it is for is searched and chosen in the side panel, an extension page.
    const picker = panel.getByTestId('draft-picker');
    await picker.waitFor(WAIT);
    await picker.getByRole('searchbox', { name: 'Search your list' }).fill('Quartermain');
    await picker.getByRole('button', { name: /Zebulon Quartermain/ }).click();
    const section = panel.getByTestId('section-draft');
    await expect.poll(() => section.getByTestId('live-draft-text').textContent(), WAIT).toBe(DRAFT);

    await typeInto(page, 'message', MORE);
    await expect.poll(() => section.getByTestId('live-draft-text').textContent(), WAIT).toBe(DRAFT + MORE);
    await section.getByRole('button', { name: 'Save a copy to their record' }).click();
    await expect.poll(() => section.getByTestId('saved-drafts').locator('li').count(), WAIT).toBe(1);

    listAfterPerson = await readStoredPeople(panel);
    const zebulon = listAfterPerson.find((p) => p.id === zebulonId)!;
    expect((zebulon.drafts as { text: string }[]).map((d) => d.text)).toEqual([DRAFT + MORE]);
    // Typing key by key while the page scans everything every 150 ms is slow on a loaded machine.
  }, 150_000);

  it('keeps forging and faking clicks (at "This is for…" too) for a while after the link', async () => {
    const before = await hostileStats(page);
    await expect.poll(async () => (await hostileStats(page)).forgedMessages, { timeout: 15_000, interval: 200 }).toBeGreaterThan(before.forgedMessages + 300);
    await expect.poll(async () => (await hostileStats(page)).fakeEvents, { timeout: 15_000, interval: 200 }).toBeGreaterThan(before.fakeEvents + 20);
    // The spy was really looking after the link: inside the coach's shadow root (its note and
    // button) and at every key of the typing.
    const seen = await hostileSearch(page, [LINK_NOTE, 'data-link', 'pay it back by June']);
    expect(seen.found.sort()).toEqual([LINK_NOTE, 'data-link', 'pay it back by June'].sort());
    const kinds = await lootKinds(page);
    expect(kinds.event).toBeGreaterThan(50);
  });

  it('finds no name, harm, note or reflection from the list anywhere it looked', async () => {
    const gathered = await hostileSearch(page, CANARIES);
    expect(gathered.items).toBeGreaterThan(100);
    expect(gathered.found).toEqual([]);
    // The runtime and the extension's port are out of its reach: no answer came back.
    expect((await hostileAnswers(page)).filter((a) => a.answer !== undefined && a.answer !== null)).toEqual([]);
    const kinds = await lootKinds(page);
    expect(kinds['port-answer'] ?? 0).toBe(0);
  });

  it('changes nothing in the list: it reads back exactly as the person left it', async () => {
    await panel.reload();
    await panelReady(panel);
    expect(await readStoredPeople(panel)).toEqual(listAfterPerson);
    // And the draft is still linked to the person the person chose, not to a forged one.
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Zebulon Quartermain');
    await expect.poll(() => panel.getByTestId('live-draft-text').textContent(), WAIT).toBe(DRAFT + MORE);
  });

  it('makes no network request', () => {
    const pageProbe = (r: { url: string; frameUrl: string | null }) =>
      r.url === 'chrome-extension://invalid/' && (r.frameUrl ?? '').startsWith(`${ext.baseUrl}/hostile/`);
    expect(ext.externalRequests().filter((r) => !pageProbe(r))).toEqual([]);
  });
});
