/**
 * The passphrase lock in a real Firefox (its WebCrypto, IndexedDB and storage.session in an
 * MV2 add-on): turning it on seals the stored list, the popup shares the unlocked state,
 * "Lock now" in the popup locks the sidebar page too, a wrong passphrase is told plainly, and
 * the right one opens the list again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import { WAIT } from './coach-page.ts';
import { buttonVisible, clickButton, panelNames, rawPeople, turnOnLock, typeInto, visibleTestId } from './page-actions.ts';

const PASSPHRASE = 'quiet harbour lanterns';
const MARIA = { name: 'Maria Álvarez', relationship: 'sister', what: 'Borrowed her car and crashed it' };

describe('the passphrase lock, in a real Firefox', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('seals the stored list, shares the unlocked state, and locks every page from the popup', async () => {
    const panel = await ff.openTab(ff.extensionUrl('sidepanel.html'));
    await expect.poll(() => buttonVisible(panel, 'Add to my list'), WAIT).toBe(true);
    await typeInto(panel, 'Name', MARIA.name);
    await typeInto(panel, 'Relationship (optional)', MARIA.relationship);
    await typeInto(panel, 'What happened (optional)', MARIA.what);
    await clickButton(panel, 'Add to my list');
    await expect.poll(() => panelNames(panel), WAIT).toEqual([MARIA.name]);
    expect(await rawPeople(panel)).toContain(MARIA.name);

    await turnOnLock(ff, panel, PASSPHRASE);
    const raw = await rawPeople(panel);
    for (const secret of [MARIA.name, MARIA.what, MARIA.relationship]) expect(raw).not.toContain(secret);

    // The popup opens straight onto the list: the key is shared through storage.session.
    const popup = await ff.openTab(ff.extensionUrl('popup.html'));
    await expect.poll(() => buttonVisible(popup, 'Lock now'), WAIT).toBe(true);

    await ff.load(panel, ff.extensionUrl('sidepanel.html#list'));
    await expect.poll(() => panelNames(panel), WAIT).toEqual([MARIA.name]);
    await clickButton(popup, 'Lock now');
    await expect.poll(() => visibleTestId(popup, 'unlock-screen'), WAIT).toBe(true);
    await expect.poll(() => visibleTestId(panel, 'unlock-screen'), WAIT).toBe(true);
    expect(await panel.evaluate(() => document.body.textContent)).not.toContain(MARIA.name);

    await typeInto(panel, 'Passphrase', 'quiet harbour lantern');
    await clickButton(panel, 'Unlock');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null), WAIT)
      .toBe("That passphrase doesn't match. Nothing was changed.");
    await typeInto(panel, 'Passphrase', PASSPHRASE);
    await clickButton(panel, 'Unlock');
    await expect.poll(() => panelNames(panel), WAIT).toEqual([MARIA.name]);
    await expect.poll(() => buttonVisible(popup, 'Lock now'), WAIT).toBe(true);
  });

  it('logged no error from the background or the extension pages, and made no request off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.externalRequests()).toEqual([]);
  });
});
