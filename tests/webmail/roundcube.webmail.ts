/**
 * The coach on a real self-hosted webmail: Debian's Roundcube 1.6 (elastic skin) with its
 * plain-text editor (a textarea) and its HTML editor (TinyMCE 5 in an iframe), served at
 * http://127.0.0.1:8080/ by `tests/webmail/roundcube-install.sh` (see README: it needs root
 * and a disposable machine). The test build of the extension runs on 127.0.0.1.
 *
 * Each test replies to Ann's message, whose quoted words ("sorry if I was offended, but…",
 * "Mistakes were made", "I made you say those things") would be flagged if the coach read the
 * quote. The reply itself has an excuse and a minimizing phrase, and nothing else to flag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coach, launchExtension, type ExtensionHarness } from '../e2e/harness.ts';

const BASE = process.env.ROUNDCUBE_URL ?? 'http://127.0.0.1:8080/';
const REPLY = "I'm sorry I took the $400 from your purse. I was under a lot of stress. It was only a little money.";
/** Flags only the quote could bring. */
const QUOTE_ONLY = ['blame', 'but', 'conditional', 'passive'];
const WAIT = { timeout: 10_000, interval: 100 };

let ext: ExtensionHarness;
let page: Page;

async function reachable(): Promise<boolean> {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

/** Opens a reply to Ann's "What happened" in plain text (Roundcube's default here). */
async function openReply(): Promise<void> {
  await page.goto(`${BASE}?_task=mail&_mbox=INBOX`);
  const row = page.locator('#messagelist tbody tr', { hasText: 'What happened' }).first();
  await row.waitFor();
  // Row ids are "rcmrow" + base64(UID).
  const uid = Buffer.from(((await row.getAttribute('id')) ?? '').replace(/^rcmrow/, ''), 'base64').toString();
  await page.goto(`${BASE}?_task=mail&_reply_uid=${uid}&_mbox=INBOX&_action=compose`);
  await page.locator('textarea#composebody').waitFor();
}

/** The TinyMCE editor's content as its own API gives it: its HTML, or its plain text. */
function tinymce(format: 'html' | 'text'): Promise<string> {
  return page.evaluate(
    (f) => (window as unknown as { tinymce: { get(id: string): { getContent(o?: object): string } } }).tinymce.get('composebody').getContent(f === 'text' ? { format: 'text' } : {}),
    format,
  );
}

describe('the coach on a real Roundcube', () => {
  beforeAll(async () => {
    if (!(await reachable())) {
      throw new Error(
        `No Roundcube answers at ${BASE}. On a disposable test machine, as root: ` +
          'bash tests/webmail/roundcube-install.sh (once), then bash tests/webmail/roundcube-start.sh.',
      );
    }
    ext = await launchExtension();
    page = await ext.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    page.on('dialog', (d) => void d.accept()); // "discard changes?", "switch to plain text?"
    await page.goto(BASE);
    await page.fill('#rcmloginuser', 'amends');
    await page.fill('#rcmloginpwd', 'amends-test');
    await Promise.all([page.waitForURL(/_task=mail/), page.click('#rcmloginsubmit')]);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('coaches a plain-text reply written above the signature, and leaves the quote, the signature and the draft alone', async () => {
    await openReply();
    const body = page.locator('textarea#composebody');
    const prepared = await body.inputValue();
    const sigAt = prepared.indexOf('\n-- \n');
    expect(sigAt, 'Roundcube put the signature under the quote').toBeGreaterThan(0);
    await body.click();
    await body.evaluate((t: HTMLTextAreaElement, at) => t.setSelectionRange(at, at), sigAt);
    await page.keyboard.type(`\n${REPLY}\n`);

    const c = coach(page);
    await expect.poll(() => c.state(), WAIT).toBe('hints');
    await c.openPanel();
    await expect.poll(() => c.rules(), WAIT).toEqual(['excuse', 'minimizing']);
    expect(await body.inputValue()).toBe(`${prepared.slice(0, sigAt)}\n${REPLY}\n${prepared.slice(sigAt)}`);
  });

  it('coaches the same reply in the HTML editor (TinyMCE in an iframe), inserts a starter only when asked, and leaves the quote alone', async () => {
    await openReply();
    await page.click('#composebodycontainer a.mce-i-html');
    const frame = page.frameLocator('iframe#composebody_ifr');
    const editorBody = frame.locator('body#tinymce');
    await editorBody.waitFor();
    await expect.poll(() => tinymce('text'), WAIT).toContain('You said you were sorry if I was offended');
    await editorBody.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(REPLY);
    await page.keyboard.press('Enter');

    // The hidden textarea keeps its (hidden) badge; the editor's is the one on screen.
    const badge = page.locator('amends-coach [data-state]').filter({ visible: true });
    await expect.poll(() => badge.count(), WAIT).toBe(1);
    await expect.poll(() => badge.getAttribute('data-state'), WAIT).toBe('hints');
    const c = coach(page);
    const editorFrame = page.frames().find((f) => f.name() === 'composebody_ifr')!;
    // The underlines are CSS highlights in the editor's own document, on the reply's words only.
    const underlined = await editorFrame.evaluate(() => {
      const words: string[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => words.push(r.toString())));
      return words;
    });
    expect(underlined.length).toBeGreaterThan(0);
    for (const w of underlined) expect(REPLY, `underlined "${w}" is not in the reply`).toContain(w);

    const typed = await tinymce('html');
    await badge.click();
    await expect.poll(() => c.rules(), WAIT).toEqual(['excuse', 'minimizing']);
    for (const rule of QUOTE_ONLY) expect(await c.hint(rule).count()).toBe(0);
    expect(await tinymce('html'), 'opening the coach changed the draft').toBe(typed);

    // Insert a starter: it lands in the draft, the reply and the quote are still there.
    const insert = c.inserts.first();
    // Its label says what it inserts: Insert “I was wrong when I”.
    const starter = ((await insert.getAttribute('aria-label')) ?? '').replace(/^Insert \u201C|\u201D$/g, '');
    expect(starter.length).toBeGreaterThan(3);
    await insert.click();
    await expect.poll(() => tinymce('text'), WAIT).toContain(starter);
    const after = await tinymce('text');
    expect(after).toContain(REPLY);
    expect(after).toContain('You said you were sorry if I was offended');
    expect(await editorBody.locator('blockquote').count()).toBe(1);
  });

  it('made no request off the machine', () => {
    const off = ext.requests.filter((r) => {
      const url = new URL(r.url);
      return !['127.0.0.1', 'localhost'].includes(url.hostname) && !['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol);
    });
    expect(off.map((r) => r.url)).toEqual([]);
  });
});
