/**
 * Drives tests/fixtures/hostile/page.html: a page whose own script (hostile.js, main world)
 * spies on everything it can reach and tries to drive the extension. These helpers type
 * into its two fields the way a person does and read back what the spy gathered.
 */
import type { Page } from 'playwright-core';

export type HostMove = 'remove' | 'reinsert' | 'to-body-start' | 'into-wrapper' | 'into-editor';

interface HostileApi {
  loot: { kind: string; text: string }[];
  stats: { forgedMessages: number; fakeEvents: number; scans: number; hostMoves: number; observedRoots: number };
  extensionAnswers: Record<string, unknown>[];
  moveHost(mode: HostMove): boolean;
  scan(): void;
  search(needles: string[]): { found: string[]; chars: number; items: number };
  dump(): string;
}

declare global {
  interface Window {
    __hostile?: HostileApi;
  }
}

export type FieldId = 'message' | 'editable';

export function hostileUrl(baseUrl: string, extensionId: string, opts: { noise?: boolean } = {}): string {
  return `${baseUrl}/hostile/page.html?ext=${encodeURIComponent(extensionId)}${opts.noise === false ? '&noise=0' : ''}`;
}

export async function openHostile(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__hostile !== undefined && document.readyState === 'complete');
}

/** Focuses a field with the caret at the end of its text, as clicking after the last word does. */
export async function caretToEnd(page: Page, id: FieldId): Promise<void> {
  await page.evaluate((fieldId) => {
    const el = document.getElementById(fieldId)!;
    el.focus();
    if (el instanceof HTMLTextAreaElement) {
      el.setSelectionRange(el.value.length, el.value.length);
    } else {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }, id);
}

/** Types into a field with the keyboard, after putting the caret at its end. */
export async function typeInto(page: Page, id: FieldId, text: string): Promise<void> {
  await caretToEnd(page, id);
  await page.keyboard.type(text);
}

/** What the two fields hold: the textarea's value, the contenteditable's DOM and text. */
export function readFields(page: Page): Promise<{ textarea: string; html: string; text: string }> {
  return page.evaluate(() => {
    const editable = document.getElementById('editable')!;
    return {
      textarea: (document.getElementById('message') as HTMLTextAreaElement).value,
      html: editable.innerHTML,
      text: editable.textContent ?? '',
    };
  });
}

/** Centre of a word inside the contenteditable (its first occurrence), in page coordinates. */
export function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((w) => {
    const editable = document.getElementById('editable')!;
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + w.length - 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`"${w}" is not in the contenteditable`);
  }, word);
}

export function moveHost(page: Page, mode: HostMove): Promise<boolean> {
  return page.evaluate((m) => window.__hostile!.moveHost(m), mode);
}

/** Which of `needles` occur in anything the page's spy gathered, and how much it gathered. */
export function hostileSearch(page: Page, needles: string[]): Promise<{ found: string[]; chars: number; items: number }> {
  return page.evaluate((n) => window.__hostile!.search(n), needles);
}

/** Everything the page's spy gathered, serialised. */
export function hostileDump(page: Page): Promise<string> {
  return page.evaluate(() => window.__hostile!.dump());
}

export function hostileStats(page: Page): Promise<HostileApi['stats']> {
  return page.evaluate(() => ({ ...window.__hostile!.stats }));
}

export function hostileAnswers(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => window.__hostile!.extensionAnswers.map((a) => ({ ...a })));
}

/** The kinds of things the spy gathered, with how many of each. */
export function lootKinds(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const kinds: Record<string, number> = {};
    for (const item of window.__hostile!.loot) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
    return kinds;
  });
}

/** The last list of window globals the page saw appear after its own script started. */
export function newGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    window.__hostile!.scan();
    const globals = window.__hostile!.loot.filter((l) => l.kind === 'globals');
    return globals.length ? (JSON.parse(globals[globals.length - 1]!.text) as string[]) : [];
  });
}
