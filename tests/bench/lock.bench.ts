/**
 * The passphrase lock's cost (issue 6): unlock time at the production PBKDF2 iteration
 * count, and list() of 1,000 people with the lock on next to the lock off, when a page
 * opens (popup, side panel: every person opened) and in an open page (only changed
 * people opened again). Turning the lock on and changing the passphrase are timed too.
 *
 * Two runs of the same workload (support/lock-workload.ts): Node 20 with fake-indexeddb,
 * then headless Chromium (Debian's /usr/bin/chromium; real IndexedDB and WebCrypto) on a
 * loopback page, skipped with a note if Chromium is missing.
 *
 * Targets: unlock under 1 s; unlocked views within 1.5× of the unencrypted times.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { PBKDF2_ITERATIONS } from '../../lib/crypto';
import { printResult, runLockWorkload, type LockBenchResult } from './support/lock-workload';

const N = 1_000;
const here = dirname(fileURLToPath(import.meta.url));

async function inChromium(): Promise<LockBenchResult | string> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  const dir = mkdtempSync(join(tmpdir(), 'lock-bench-'));
  try {
    await build({
      entryPoints: [join(here, 'support/lock-browser-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(dir, 'bench.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>lock bench</title><script type="module" src="/bench.js"></script>');
    const server = createServer((req, res) => {
      const file = req.url === '/bench.js' ? 'bench.js' : 'index.html';
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(readFileSync(join(dir, file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await chromium.launch({ headless: true, executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => typeof (window as unknown as { runLockBench?: unknown }).runLockBench === 'function');
      return await page.evaluate((n) => (window as unknown as { runLockBench(n: number): Promise<LockBenchResult> }).runLockBench(n), N);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${N.toLocaleString('en')} people, PBKDF2-SHA-256 at ${PBKDF2_ITERATIONS.toLocaleString('en')} iterations`);
printResult('Node 20 + fake-indexeddb', await runLockWorkload(N, 'bench'));
const browser = await inChromium();
if (typeof browser === 'string') console.log(`\nChromium run skipped: ${browser}`);
else printResult('Headless Chromium (real IndexedDB and WebCrypto)', browser);
