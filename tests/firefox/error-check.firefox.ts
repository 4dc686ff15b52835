/**
 * The smoke test's "no errors from the background" check is only worth something if it sees
 * errors: a copy of the Firefox test build whose background throws must show up in
 * extensionErrors(), with the file it came from.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox, type FirefoxHarness } from './firefox-harness.ts';

describe('the Firefox harness error check', () => {
  let ff: FirefoxHarness;
  let broken: string;

  beforeAll(async () => {
    broken = mkdtempSync(join(tmpdir(), 'amends-ff-broken-'));
    cpSync(FIREFOX_TEST_BUILD, broken, { recursive: true });
    appendFileSync(
      join(broken, 'background.js'),
      '\nsetTimeout(() => { throw new Error("background failed on purpose"); }, 0);\n' +
        'console.error("background logged an error on purpose");\n',
    );
    ff = await launchFirefox({ buildDir: broken });
  });
  afterAll(async () => {
    await ff?.close();
    if (broken) rmSync(broken, { recursive: true, force: true });
  });

  it("reports a background page's uncaught error and its console.error", async () => {
    const wait = { timeout: 10_000, interval: 100 };
    await expect
      .poll(() => ff.extensionErrors().some((line) => line.includes('/background.js') && line.includes('background failed on purpose')), wait)
      .toBe(true);
    await expect.poll(() => ff.extensionErrors().some((line) => line.includes('background logged an error on purpose')), wait).toBe(true);
  });
});
