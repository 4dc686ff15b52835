/**
 * What a person does in the extension's pages, for the Firefox tests: puppeteer has no
 * role or label locators, so controls are found by their visible name or label here and then
 * used with real clicks and keys.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { readRawPeople } from '../e2e/support/raw-people.ts';
import { WAIT } from './coach-page.ts';
import type { FirefoxHarness } from './firefox-harness.ts';

/** The first visible button whose text is exactly `name`, or null. */
function findButton(page: Page, name: string): Promise<ElementHandle<Element> | null> {
  return page
    .evaluateHandle((text) => {
      const buttons = Array.from(document.querySelectorAll('button'));
      return buttons.find((b) => b.textContent?.trim() === text && b.getClientRects().length > 0) ?? null;
    }, name)
    .then((handle) => handle.asElement() as ElementHandle<Element> | null);
}

export async function buttonVisible(page: Page, name: string): Promise<boolean> {
  return (await findButton(page, name)) !== null;
}

export async function clickButton(page: Page, name: string): Promise<void> {
  const button = await findButton(page, name);
  if (!button) throw new Error(`No visible "${name}" button.`);
  await button.click();
}

/** The control of the visible label whose text is `label` (or matches it), focused and cleared. */
async function focusLabelled(page: Page, label: string | RegExp): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (source, flags) => {
      const wanted = flags === null ? null : new RegExp(source, flags);
      const labels = Array.from(document.querySelectorAll('label')).filter((l) => l.getClientRects().length > 0);
      const match = labels.find((l) => (wanted ? wanted.test(l.textContent ?? '') : l.textContent?.trim() === source));
      return (match?.control as HTMLElement | null | undefined) ?? null;
    },
    typeof label === 'string' ? label : label.source,
    typeof label === 'string' ? null : label.flags,
  );
  const control = handle.asElement() as ElementHandle<Element> | null;
  if (!control) throw new Error(`No visible field labelled ${String(label)}.`);
  return control;
}

/** Types into the field labelled `label`, replacing what it held. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const control = await focusLabelled(page, label);
  await control.click({ count: 3 });
  await control.evaluate((el) => (el as HTMLInputElement).select?.());
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Clicks the checkbox labelled like `label`. */
export async function tick(page: Page, label: RegExp): Promise<void> {
  const control = await focusLabelled(page, label);
  await control.click();
}

export function textOfTestId(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
}

export function visibleTestId(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`)?.getClientRects().length ?? 0) > 0, testId);
}

/** The raw people records in the extension's IndexedDB, as stored (read from one of its pages). */
export function rawPeople(page: Page): Promise<string> {
  return page.evaluate(readRawPeople);
}

/** Names in the side panel's list. */
export function panelNames(panel: Page): Promise<string[]> {
  return panel.$$eval('.person-row__name', (els) => els.map((el) => el.textContent ?? ''));
}

/** Turns the passphrase lock on from the side panel page's settings, as a person does. */
export async function turnOnLock(ff: FirefoxHarness, panel: Page, passphrase: string): Promise<void> {
  await ff.load(panel, ff.extensionUrl('sidepanel.html#settings'));
  await expect.poll(() => buttonVisible(panel, 'Set a passphrase…'), WAIT).toBe(true);
  await clickButton(panel, 'Set a passphrase…');
  await typeInto(panel, 'New passphrase', passphrase);
  await typeInto(panel, 'The same passphrase again', passphrase);
  await tick(panel, /cannot be recovered/);
  await clickButton(panel, 'Turn on the lock');
  await expect.poll(() => buttonVisible(panel, 'Change passphrase…'), WAIT).toBe(true);
}
