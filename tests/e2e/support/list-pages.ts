/**
 * What a person does in the popup and the side panel, as small steps the list tests share,
 * found by role and label the way a screen reader would find them. Plus two read-outs the
 * tests compare against: the stored people (read straight from IndexedDB in an extension
 * page) and the popup's counts.
 */
import type { Locator, Page } from 'playwright-core';

/** "Within a second" in the issue; two to leave room on a shared two-core machine. */
export const SYNC_TIMEOUT = { timeout: 2_000, interval: 50 };
/** Single UI steps (a save, a re-render) on a busy machine. */
export const STEP_TIMEOUT = { timeout: 5_000, interval: 50 };

/**
 * Waits until `read()` gives a value `ok` accepts, and returns it; throws with the last
 * value seen. (vitest's expect.poll only works inside a test, and these helpers also run in
 * beforeAll hooks and the bench.)
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeout, interval } = STEP_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let failure: unknown;
  for (;;) {
    try {
      last = await read();
      failure = undefined;
      if (ok(last)) return last;
    } catch (error) {
      failure = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last saw ${failure ? String(failure) : JSON.stringify(last)}.`);
}

export interface NewPersonInput {
  name: string;
  relationship?: string;
  what?: string;
}

// ── side panel ────────────────────────────────────────────────────────────────────────

/** The side panel's list of people (the virtual list). */
export function panelRows(panel: Page): Locator {
  return panel.getByRole('list', { name: 'People on your list' }).getByRole('link');
}

/** The row link of one person in the side panel's list. */
export function panelRow(panel: Page, name: string): Locator {
  return panelRows(panel).filter({ has: panel.locator('.person-row__name', { hasText: exactText(name) }) });
}

/** The side panel's "N people on your list" / "Showing n of N" line. */
export function panelCount(panel: Page): Locator {
  return panel.getByTestId('list-count');
}

/** Waits until the side panel has read the list (empty state or the list itself). */
export async function panelReady(panel: Page): Promise<void> {
  await panel
    .getByTestId('empty-state')
    .or(panelCount(panel))
    .or(panel.getByTestId('person-page'))
    .or(panel.getByTestId('backup-panel'))
    .first()
    .waitFor(STEP_TIMEOUT);
}

/**
 * Adds someone with the side panel's form: the first-person form on an empty list, or the
 * "Add someone" form otherwise. Done when one more row with that name is in the list (the
 * first-person form itself goes away once the list is no longer empty).
 */
export async function addInSidePanel(panel: Page, input: NewPersonInput): Promise<void> {
  await panelReady(panel);
  const rowsBefore = await panelRow(panel, input.name).count();
  let form = panel.getByRole('form', { name: 'Add the first person' });
  if (!(await form.isVisible())) {
    form = panel.getByRole('form', { name: 'Add someone' });
    if (!(await form.isVisible())) await panel.getByRole('button', { name: 'Add someone' }).click();
  }
  await form.getByLabel('Name', { exact: true }).fill(input.name);
  if (input.relationship !== undefined) await form.getByLabel('Relationship (optional)').fill(input.relationship);
  if (input.what !== undefined) await form.getByLabel('What happened (optional)').fill(input.what);
  await form.getByRole('button', { name: 'Add to my list' }).click();
  await waitUntil(`a row for ${input.name} in the list`, () => panelRow(panel, input.name).count(), (n) => n === rowsBefore + 1);
}

/** Opens one person's page from the side panel's list. */
export async function openPersonInPanel(panel: Page, name: string): Promise<Locator> {
  await panelRow(panel, name).click();
  const page = panel.getByTestId('person-page');
  await waitUntil(`${name}'s page`, () => page.getByRole('heading', { level: 1 }).textContent(), (t) => t === name);
  return page;
}

/** A titled section of a person's page ("Where it stands", "Making it right", ...). */
export function personSection(panel: Page, title: string): Locator {
  return panel.getByRole('region', { name: title, exact: true });
}

// ── popup ─────────────────────────────────────────────────────────────────────────────

/** "2 people on your list · 1 amends made or being lived" (absent while the list is empty). */
export function popupCounts(popup: Page): Locator {
  return popup.getByTestId('progress-counts');
}

export function popupSearch(popup: Page): Locator {
  return popup.getByRole('searchbox', { name: 'Search your list' });
}

/** The popup search's live summary ("3 people match.", "No one matches that search."). */
export function popupSearchSummary(popup: Page): Locator {
  return popup.locator('#popup-search-summary');
}

/**
 * The names the popup's search shows for `query`. The results follow the query a render
 * later (a deferred value); the summary is written in the same render as the results, so
 * once it speaks, the results are those of `query`.
 */
export async function popupSearchNames(popup: Page, query: string): Promise<string[]> {
  await popupSearch(popup).fill(query);
  if (query.trim() !== '') {
    await waitUntil(`the popup's search summary for "${query}"`, () => popupSearchSummary(popup).textContent(), (t) => !!t);
  }
  return popup.getByTestId('search-result').locator('.person-link__name').allTextContents();
}

/** Quick-add in the popup: name, what happened, Enter. */
export async function quickAddInPopup(popup: Page, input: NewPersonInput): Promise<void> {
  const form = popup.getByRole('form', { name: 'Add someone' });
  await form.getByLabel('Name', { exact: true }).fill(input.name);
  if (input.what !== undefined) await form.getByLabel('What happened (optional)').fill(input.what);
  await form.getByLabel(input.what !== undefined ? 'What happened (optional)' : 'Name', { exact: true }).press('Enter');
  await waitUntil(
    'the quick-add confirmation',
    () => form.getByTestId('add-confirmation').textContent(),
    (t) => t === `Added ${input.name} to your list.`,
  );
}

// ── stored data ───────────────────────────────────────────────────────────────────────

export interface StoredPerson {
  id: string;
  name: string;
  status: string;
  updatedAt: number;
  harms: { what: string }[];
  [key: string]: unknown;
}

/**
 * Everything in the 'people' store, by id, read with the plain IndexedDB API from an
 * extension page (same origin as the extension, so the same database).
 */
export async function readStoredPeople(page: Page): Promise<StoredPerson[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPerson[]>((resolve, reject) => {
        const open = indexedDB.open('amends-companion');
        let missing = false;
        // No database yet: abort rather than create one the app would then have to upgrade.
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('people')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('people', 'readonly').objectStore('people').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            const people = request.result as StoredPerson[];
            resolve(people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
          };
        };
      }),
  );
}

/** A regexp matching exactly `text` (for hasText filters, which otherwise match substrings). */
export function exactText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
