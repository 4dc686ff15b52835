/**
 * A Firefox restart on the same profile: the amends list is on disk (IndexedDB), and with the
 * passphrase lock on, the list is locked again (the key lived only in storage.session's memory)
 * until the passphrase is given.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import { WAIT } from './coach-page.ts';
import { buttonVisible, clickButton, panelNames, rawPeople, turnOnLock, typeInto, visibleTestId } from './page-actions.ts';

const PASSPHRASE = 'slow river morning';
const TOM = { name: 'Tom Becker', what: 'Missed his wedding' };

describe('a Firefox restart', () => {
  let profile: string;
  let ff: FirefoxHarness | undefined;

  beforeAll(() => {
    profile = mkdtempSync(join(tmpdir(), 'amends-ff-profile-'));
  });
  afterAll(async () => {
    await ff?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps the list on disk and finds it locked until the passphrase is given', async () => {
    ff = await launchFirefox({ profileDir: profile });
    const panel = await ff.openTab(ff.extensionUrl('sidepanel.html'));
    await expect.poll(() => buttonVisible(panel, 'Add to my list'), WAIT).toBe(true);
    await typeInto(panel, 'Name', TOM.name);
    await typeInto(panel, 'What happened (optional)', TOM.what);
    await clickButton(panel, 'Add to my list');
    await expect.poll(() => panelNames(panel), WAIT).toEqual([TOM.name]);
    await turnOnLock(ff, panel, PASSPHRASE);
    expect(ff.extensionErrors()).toEqual([]);
    await ff.close();

    ff = await launchFirefox({ profileDir: profile });
    const again = await ff.openTab(ff.extensionUrl('sidepanel.html'));
    await expect.poll(() => visibleTestId(again, 'unlock-screen'), WAIT).toBe(true);
    expect(await rawPeople(again)).not.toContain(TOM.name);
    await typeInto(again, 'Passphrase', PASSPHRASE);
    await clickButton(again, 'Unlock');
    await expect.poll(() => panelNames(again), WAIT).toEqual([TOM.name]);
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.externalRequests()).toEqual([]);
  });
});
