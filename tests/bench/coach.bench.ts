/**
 * The coach in Chromium with the built test extension, on the plain contenteditable and
 * textarea fixtures (issue 4, "Benchmark"):
 * - drafts of ~1,000 words with ~100 and ~400 flagged spans (the coach's own hint count,
 *   read from its badge, is printed);
 * - keystroke-to-underline latency: a key that flips one flag (typing "t" after "but" turns it
 *   into "butt"; Backspace brings the flag back), timed in the page from the keydown to the
 *   first animation frame in which the underline over that word has appeared or gone;
 * - long tasks over 50 ms while typing (PerformanceObserver 'longtask' on the page's main
 *   thread, which the content script shares; the fixture pages themselves do nothing on input);
 * - the gzipped size of what the manifest loads on every matching page.
 * Targets: p95 < 50 ms, no long task, <= 40 KB gzip up front. Figures only: nothing here fails
 * on a slow run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { findCoach, launchExtension, type ExtensionHarness } from '../e2e/harness.ts';
import { fixturePath, focusEnd, openFixture } from '../e2e/support/editor-driver.ts';
import { REPO_ROOT } from '../e2e/support/paths.ts';

const TOGGLE_SENTENCE = "I'm sorry I was late, but I will call you soon.";
const TOGGLE_WORD_END = TOGGLE_SENTENCE.indexOf(' I will'); // caret right after "but"
const FLAGGED = [
  "I'm sorry if you were hurt, but I was under a lot of stress.",
  'Mistakes were made and things were said that night.',
  'It was only a joke, but you took it the wrong way.',
  'If I upset you, I apologize, but I was exhausted.',
];
const NEUTRAL = [
  'I remember the drive home from the lake that summer.',
  'You helped me move into the flat on Elm Street.',
  'We talked for hours about your plans for the garden.',
  'The kitchen still smells of the bread you used to bake.',
  'Your sister told me about the new job in the city.',
];
const WORDS = 1_000;
const LATENCY_SAMPLES = 40;
const KEY_WAIT_MS = 3_000;

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** ~1,000 words: the toggle sentence first, then `flaggedShare` of the sentences flagged. */
function makeDraft(flaggedShare: number): string {
  const sentences = [TOGGLE_SENTENCE];
  let words = countWords(TOGGLE_SENTENCE);
  let flaggedSoFar = 0;
  for (let i = 0; words < WORDS; i++) {
    const wantFlagged = Math.round((i + 1) * flaggedShare) > flaggedSoFar;
    const pool = wantFlagged ? FLAGGED : NEUTRAL;
    const s = pool[i % pool.length]!;
    if (wantFlagged) flaggedSoFar++;
    sentences.push(s);
    words += countWords(s);
  }
  // Paragraphs of eight sentences, as a letter has.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 8) paragraphs.push(sentences.slice(i, i + 8).join(' '));
  return paragraphs.join('\n\n');
}

async function loadDraft(page: Page, url: string, draft: string): Promise<number> {
  await openFixture(page, url);
  await focusEnd(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), draft);
  await page.keyboard.press('Control+V');
  const coach = await findCoach(page);
  // Wait for the analysis of the whole draft to settle on a count.
  let last = -1;
  let stableSince = Date.now();
  const started = Date.now();
  for (;;) {
    const count = Number((await coach.badge.getAttribute('data-count')) ?? 0);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if (Date.now() - stableSince > 1_500 && count > 0) return count;
    if (Date.now() - started > 20_000) return count;
    await page.waitForTimeout(100);
  }
}

/** Installs the in-page probe: a long-task log and a watcher for the toggle word's underline. */
async function installProbe(page: Page, wordStart: number, wordEnd: number): Promise<void> {
  await page.evaluate(
    ({ wordStart, wordEnd }) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const fx = window.__fixture!;
      const editable = fx.editable;
      const doc = editable.ownerDocument;
      const w = window as unknown as Record<string, unknown>;
      const longTasks: { start: number; duration: number }[] = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });

      const overlaps = (a: Box, b: Box) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 * (a.right - a.left) &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

      /** The toggle word's box: a Range in a contenteditable, our own mirror for a textarea. */
      const wordBox = (): Box => {
        if (editable instanceof HTMLTextAreaElement) {
          const style = getComputedStyle(editable);
          const mirror = document.createElement('div');
          for (const p of ['boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'tabSize'] as const) {
            mirror.style[p] = style[p];
          }
          const r = editable.getBoundingClientRect();
          Object.assign(mirror.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, height: `${r.height}px`, visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', overflowY: editable.scrollHeight > editable.clientHeight ? 'scroll' : 'hidden' });
          const node = document.createTextNode(editable.value);
          mirror.append(node);
          document.body.append(mirror);
          mirror.scrollTop = editable.scrollTop;
          const range = document.createRange();
          range.setStart(node, wordStart);
          range.setEnd(node, wordEnd);
          const box = range.getBoundingClientRect().toJSON() as Box;
          mirror.remove();
          return box;
        }
        const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
        const range = doc.createRange();
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          if (wordStart < seen + len) {
            range.setStart(n, wordStart - seen);
            range.setEnd(n, wordEnd - seen);
            break;
          }
          seen += len;
        }
        return range.getBoundingClientRect().toJSON() as Box;
      };

      const underlined = (target: Box): boolean => {
        if (editable instanceof HTMLTextAreaElement) {
          for (const host of document.querySelectorAll('amends-coach')) {
            for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('[data-underline]') ?? []) {
              if (!el.hidden && overlaps(el.getBoundingClientRect(), target)) return true;
            }
          }
          return false;
        }
        let found = false;
        (doc.defaultView as Window & typeof globalThis).CSS.highlights.forEach((highlight) => {
          if (found) return;
          highlight.forEach((range) => {
            if (!found && range instanceof Range && overlaps(range.getBoundingClientRect(), target)) found = true;
          });
        });
        return found;
      };

      let keyAt = 0;
      window.addEventListener('keydown', (e) => (keyAt = e.timeStamp), true);
      let checkCost = 0;
      let checks = 0;

      w.__bench = {
        longTasks,
        wordBox,
        underlinedNow: () => underlined(wordBox()),
        /** Resolves with ms from the last keydown to the first frame showing `want`, or -1. */
        waitFor(want: boolean, target: Box, timeoutMs: number): Promise<number> {
          const started = performance.now();
          return new Promise((resolve) => {
            const tick = (now: number) => {
              const t0 = performance.now();
              const state = underlined(target);
              checkCost += performance.now() - t0;
              checks++;
              if (state === want) resolve(now - keyAt);
              else if (performance.now() - started > timeoutMs) resolve(-1);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
        },
        checkCost: () => (checks ? checkCost / checks : 0),
      };
    },
    { wordStart, wordEnd },
  );
}

/** Puts the caret right after the toggle word, through the editable's own selection. */
async function caretAfterToggleWord(page: Page): Promise<void> {
  await page.evaluate((offset) => {
    const editable = window.__fixture!.editable;
    editable.focus();
    if (editable instanceof HTMLTextAreaElement) {
      editable.setSelectionRange(offset, offset);
      return;
    }
    const doc = editable.ownerDocument;
    const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = (n as Text).data.length;
      if (offset <= seen + len) {
        doc.getSelection()!.collapse(n, offset - seen);
        return;
      }
      seen += len;
    }
  }, TOGGLE_WORD_END);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Row {
  field: string;
  hints: number;
  words: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  timeouts: number;
  longTasksTyping: number[];
  longTasksLoading: number[];
  checkCost: number;
}

async function measure(ext: ExtensionHarness, page: Page, field: 'contenteditable' | 'textarea', share: number): Promise<Row> {
  const draft = makeDraft(share);
  const hints = await loadDraft(page, ext.fixtureUrl(fixturePath(field)), draft);
  const wordStart = TOGGLE_SENTENCE.indexOf('but');
  await installProbe(page, wordStart, wordStart + 3);
  const loadEnd = await page.evaluate(() => performance.now());
  await caretAfterToggleWord(page);

  const samples: number[] = [];
  let timeouts = 0;
  const hasUnderline = await page.evaluate(() => (window as unknown as { __bench: { underlinedNow(): boolean } }).__bench.underlinedNow());
  if (!hasUnderline) console.log(`  note: "but" in the first sentence carries no underline in the ${field}; latency is for its removal/return anyway`);
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const adding = i % 2 === 1; // even: "t" makes "butt" (underline goes); odd: Backspace brings it back
    const target = await page.evaluate(() => (window as unknown as { __bench: { wordBox(): unknown } }).__bench.wordBox());
    const waiting = page.evaluate(
      ({ want, target, timeout }) =>
        (window as unknown as { __bench: { waitFor(w: boolean, t: unknown, ms: number): Promise<number> } }).__bench.waitFor(want, target, timeout),
      { want: adding, target, timeout: KEY_WAIT_MS },
    );
    await page.keyboard.press(adding ? 'Backspace' : 't');
    const ms = await waiting;
    if (ms < 0) timeouts++;
    else samples.push(ms);
    await page.waitForTimeout(60);
  }
  // A burst of ordinary typing at a steady pace, then settle.
  await page.keyboard.type(' and I mean it', { delay: 40 });
  await page.waitForTimeout(1_500);

  const { longTasks, checkCost } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; checkCost(): number } }).__bench;
    return { longTasks: b.longTasks, checkCost: b.checkCost() };
  });
  samples.sort((a, b) => a - b);
  return {
    field,
    hints,
    words: countWords(draft),
    median: samples.length ? percentile(samples, 50) : null,
    p95: samples.length ? percentile(samples, 95) : null,
    max: samples.length ? samples.at(-1)! : null,
    timeouts,
    longTasksTyping: longTasks.filter((t) => t.start >= loadEnd).map((t) => Math.round(t.duration)),
    longTasksLoading: longTasks.filter((t) => t.start < loadEnd).map((t) => Math.round(t.duration)),
    checkCost,
  };
}

/** Finds the share of flagged sentences that gives about `target` hints (the count is near linear). */
async function shareFor(ext: ExtensionHarness, page: Page, target: number): Promise<number> {
  let share = Math.min(1, target / 250);
  for (let round = 0; round < 3; round++) {
    const hints = await loadDraft(page, ext.fixtureUrl(fixturePath('contenteditable')), makeDraft(share));
    if (hints === 0 || Math.abs(hints - target) / target < 0.1 || (share >= 1 && hints < target)) break;
    share = Math.min(1, (share * target) / hints);
  }
  return share;
}

function sizeUpFront(ext: ExtensionHarness): void {
  const prod = join(REPO_ROOT, '.output', 'chrome-mv3');
  const dir = existsSync(join(prod, 'manifest.json')) ? prod : join(REPO_ROOT, '.output', 'chrome-mv3-test');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof ext.manifest;
  console.log(`\nLoaded on every matching page (${dir.replace(REPO_ROOT + '/', '')}, gzip -9):`);
  let total = 0;
  for (const file of new Set((manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]))) {
    const bytes = readFileSync(join(dir, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(`  ${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
  console.log(`  ${'total'.padEnd(40)} ${''.padStart(15)}  ${(total / 1024).toFixed(1).padStart(6)} KB gzip   (target <= 40 KB)`);
}

const fmt = (n: number | null) => (n === null ? '   n/a' : `${n.toFixed(1).padStart(6)}`);

const ext = await launchExtension();
try {
  if (!(ext.manifest.content_scripts ?? []).some((s) => s.matches?.some((m) => m.startsWith('http://127.0.0.1/')))) {
    throw new Error('The test build has no coach content script for 127.0.0.1: run `npm run build:test` with the coach in place.');
  }
  const page = await ext.newPage();
  const rows: Row[] = [];
  for (const target of [100, 400]) {
    const share = await shareFor(ext, page, target);
    for (const field of ['contenteditable', 'textarea'] as const) rows.push(await measure(ext, page, field, share));
  }
  console.log(`\nKeystroke to underline (${LATENCY_SAMPLES} keys that flip a flag; frame-accurate; target p95 < 50 ms)`);
  console.log('  field            words  hints   median    p95     max  timeouts  long tasks typing (ms)   long tasks loading (ms)');
  for (const r of rows) {
    console.log(
      `  ${r.field.padEnd(16)} ${String(r.words).padStart(5)} ${String(r.hints).padStart(6)}  ${fmt(r.median)} ${fmt(r.p95)} ${fmt(r.max)}  ${String(r.timeouts).padStart(8)}  ${(r.longTasksTyping.join(', ') || 'none').padEnd(24)} ${r.longTasksLoading.join(', ') || 'none'}`,
    );
  }
  console.log(`  (probe overhead per frame check: ${Math.max(...rows.map((r) => r.checkCost)).toFixed(2)} ms at most)`);
  sizeUpFront(ext);
  ext.assertNoExternalRequests();
} finally {
  await ext.close();
}
