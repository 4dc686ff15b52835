/**
 * Issue 6, hardening: a write interrupted by closing the side panel mid-save leaves either
 * the old record or the new one, never a mix. The side panel is opened as a page on one
 * person with long texts; a change is made and the page is closed at several moments
 * around the debounced save (the save runs 600 ms after typing stops, and on pagehide):
 * right away, during the wait, and just after the save starts. Then the list is opened
 * again and the record checked whole; and the person page, opened again, brings back the
 * words that had not reached the record (kept in session memory) and saves them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createPerson, addReflection, type Person } from '../../lib/amends/index.ts';
import { checkPerson } from '../../lib/amends/schema.ts';
import { launchListBrowser, makeProfileDir, removeProfileDir, type ListBrowser } from './support/list-browser.ts';
import { replaceStoredPeople } from './support/list-seed.ts';
import { panelReady, panelRow, readStoredPeople, waitUntil, type StoredPerson } from './support/list-pages.ts';

const CLOSE_AFTER_MS = [0, 50, 300, 650];
const ID = 'interrupted-0001';
const NAME = 'Rosalind Achterberg';

/** A long text in the person's own words, different for each version. */
function longText(version: string, sentences = 60): string {
  return Array.from(
    { length: sentences },
    (_, i) => `Version ${version}, part ${i + 1}: I let you down again and again, and I said it was the stress.`,
  ).join(' ');
}

function seedPerson(): Person {
  let n = 0;
  const at = Date.UTC(2026, 4, 1, 12);
  const person = createPerson({ name: NAME, what: longText('seed') }, at, () => `${ID}-${++n}`);
  return { ...addReflection(person, longText('seed reflection', 40), at + 1, () => `${ID}-r${++n}`), id: ID };
}

let browser: ListBrowser;
let profile: string;

async function storedPerson(): Promise<StoredPerson> {
  const page = await browser.openSidePanel();
  try {
    await panelReady(page);
    // The list still loads and shows them.
    await waitUntil(`${NAME} in the list`, () => panelRow(page, NAME).count(), (n) => n === 1);
    const person = (await readStoredPeople(page)).find((p) => p.id === ID);
    if (!person) throw new Error(`${NAME} is no longer stored`);
    const check = checkPerson(person);
    expect(check.ok ? [] : check.problems).toEqual([]);
    return person;
  } finally {
    await page.close();
  }
}

/** The person's page, opened directly, ready to edit. */
async function openPerson(): Promise<Page> {
  const page = await browser.openSidePanel(`#person=${encodeURIComponent(ID)}`);
  await waitUntil(`${NAME}'s page`, () => page.getByTestId('person-page').getByRole('heading', { level: 1 }).textContent(), (t) => t === NAME);
  return page;
}

/** Everything but the fields a change may touch. */
function without(person: StoredPerson, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...person };
  for (const key of keys) delete copy[key];
  return copy;
}

beforeAll(async () => {
  profile = await makeProfileDir();
  browser = await launchListBrowser({ userDataDir: profile });
  const page = await browser.openSidePanel();
  await panelReady(page);
  await replaceStoredPeople(page, [seedPerson()]);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  if (profile) await removeProfileDir(profile);
});

describe('closing the side panel mid-save', () => {
  it.each(CLOSE_AFTER_MS)('keeps a long harm text whole, old or new, when closed %i ms after typing, and brings the words back', async (delay) => {
    const before = await storedPerson();
    const next = longText(`closed after ${delay} ms`);
    const page = await openPerson();
    const field = page.getByTestId('harm').first().getByRole('textbox', { name: 'What happened', exact: true });
    await waitUntil('the stored harm in its field', () => field.inputValue(), (v) => v === before.harms[0]!.what);
    await field.fill(next);
    if (delay > 0) await page.waitForTimeout(delay);
    await page.close();

    const after = await storedPerson();
    const what = after.harms[0]!.what;
    expect([before.harms[0]!.what, next]).toContain(what);
    console.info(`harm, closed after ${delay} ms: ${what === next ? 'new' : 'old'} record`);
    if (what === next) {
      // The new text, with the update's time: both parts of the one write.
      expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
      expect(without(after, 'harms', 'updatedAt')).toEqual(without(before, 'harms', 'updatedAt'));
      expect(after.harms.slice(1)).toEqual(before.harms.slice(1));
    } else {
      expect(after).toEqual(before);
    }

    // And nothing typed is lost: the words kept in session memory come back on the
    // person's page, and are saved.
    const again = await openPerson();
    const back = again.getByTestId('harm').first().getByRole('textbox', { name: 'What happened', exact: true });
    await waitUntil('the typed words in their field', () => back.inputValue(), (v) => v === next);
    await waitUntil(
      'the words saved',
      async () => (await readStoredPeople(again)).find((p) => p.id === ID)?.harms[0]?.what,
      (what) => what === next,
    );
    await again.close();
    expect((await storedPerson()).harms[0]!.what).toBe(next);
  });

  it.each(CLOSE_AFTER_MS)('keeps a status change whole (status, history, time together) when closed %i ms after the click', async (delay) => {
    const before = await storedPerson();
    const page = await openPerson();
    const target = before.status === 'willing' ? 'Not yet willing' : 'Willing';
    const button = page.getByRole('region', { name: 'Where it stands', exact: true }).getByRole('button', { name: target, exact: true });
    await button.click();
    if (delay > 0) await page.waitForTimeout(delay);
    await page.close();

    const after = await storedPerson();
    const history = (p: StoredPerson) => p.statusHistory as { status: string; at: number }[];
    console.info(`status, closed after ${delay} ms: ${after.status === before.status ? 'old' : 'new'} record`);
    if (after.status === before.status) {
      expect(after).toEqual(before);
    } else {
      // One update touched three fields: all three changed, and nothing else.
      expect(after.status).toBe(target === 'Willing' ? 'willing' : 'not-willing');
      expect(history(after).slice(0, -1)).toEqual(history(before));
      expect(history(after).at(-1)!.status).toBe(after.status);
      expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
      expect(without(after, 'status', 'statusHistory', 'updatedAt')).toEqual(without(before, 'status', 'statusHistory', 'updatedAt'));
    }
  });

  it.each(CLOSE_AFTER_MS)('keeps a long reflection whole when closed %i ms after typing over it, and brings the words back', async (delay) => {
    const before = await storedPerson();
    const reflections = (p: StoredPerson) => p.reflections as { id: string; at: number; text: string }[];
    const next = longText(`reflection closed after ${delay} ms`, 40);
    const page = await openPerson();
    const field = page.getByTestId('person-page').getByLabel(/^Reflection of /).first();
    await waitUntil('the stored reflection in its field', () => field.inputValue(), (v) => v === reflections(before)[0]!.text);
    await field.fill(next);
    if (delay > 0) await page.waitForTimeout(delay);
    await page.close();

    const after = await storedPerson();
    const text = reflections(after)[0]!.text;
    expect([reflections(before)[0]!.text, next]).toContain(text);
    console.info(`reflection, closed after ${delay} ms: ${text === next ? 'new' : 'old'} record`);
    if (text === next) {
      expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
      expect(without(after, 'reflections', 'updatedAt')).toEqual(without(before, 'reflections', 'updatedAt'));
      expect({ ...reflections(after)[0], text: '' }).toEqual({ ...reflections(before)[0], text: '' });
    } else {
      expect(after).toEqual(before);
    }

    // And the words come back on the person's page, and are saved.
    const again = await openPerson();
    const back = again.getByTestId('person-page').getByLabel(/^Reflection of /).first();
    await waitUntil('the typed reflection in its field', () => back.inputValue(), (v) => v === next);
    await waitUntil(
      'the reflection saved',
      async () => reflections((await readStoredPeople(again)).find((p) => p.id === ID)!)[0]?.text,
      (text) => text === next,
    );
    await again.close();
  });

  it('loads the same whole record in a freshly started browser, and nothing left the machine', async () => {
    const last = await storedPerson();
    browser.assertNoExternalRequests();
    await browser.close();
    browser = await launchListBrowser({ userDataDir: profile });
    expect(await storedPerson()).toEqual(last);
  });
});
