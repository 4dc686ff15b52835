/**
 * Locators for the coach's in-page UI, written against the contract in issue 4
 * ("For automated tests"): one host element <amends-coach> with an open shadow root;
 * badge [data-state] (quiet | listening | hints) with [data-count]; hints [data-rule];
 * support card [data-support]; elements [data-element] + [data-present]; insert buttons
 * [data-insert]. Playwright's CSS engine pierces open shadow roots, so plain descendant
 * selectors reach inside the host.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export const COACH_HOST = 'amends-coach';

export interface CoachLocators {
  /** The frame (or page) the coach's host lives in. */
  frame: Page | Frame;
  host: Locator;
  badge: Locator;
  hints: Locator;
  hint(rule: string): Locator;
  support: Locator;
  elements: Locator;
  element(id: string): Locator;
  inserts: Locator;
  /** Distinct rule ids of the rendered hints, sorted. */
  rules(): Promise<string[]>;
  state(): Promise<string | null>;
  /** Opens the panel with the badge unless its content is already showing. */
  openPanel(): Promise<void>;
}

export function coach(frame: Page | Frame): CoachLocators {
  const within = (selector: string) => frame.locator(`${COACH_HOST} ${selector}`);
  const badge = within('[data-state]').first();
  const hints = within('[data-rule]');
  const support = within('[data-support]');
  const elements = within('[data-element]');
  const panelContent = within('[data-rule], [data-element], [data-support]');
  return {
    frame,
    host: frame.locator(COACH_HOST),
    badge,
    hints,
    hint: (rule) => within(`[data-rule="${rule}"]`),
    support,
    elements,
    element: (id) => within(`[data-element="${id}"]`),
    inserts: within('[data-insert]'),
    async rules() {
      const ids = await hints.evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute('data-rule') ?? ''),
      );
      return [...new Set(ids)].sort();
    },
    state: () => badge.getAttribute('data-state'),
    async openPanel() {
      if (await panelContent.first().isVisible()) return;
      await badge.click();
      await panelContent.first().waitFor({ state: 'visible' });
    },
  };
}

/**
 * Waits until a coach with its badge exists in the page or any of its frames (an editor in an
 * iframe may get its coach inside that frame or in the top document) and returns locators
 * bound to that frame.
 */
export async function findCoach(page: Page, timeoutMs = 10_000): Promise<CoachLocators> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const count = await frame.locator(`${COACH_HOST} [data-state]`).count().catch(() => 0);
      if (count > 0) return coach(frame === page.mainFrame() ? page : frame);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No <${COACH_HOST}> with a badge ([data-state]) appeared in ${page.url()} or its frames within ${timeoutMs} ms: ` +
          'the coach content script did not attach to the field (is the build a test build, ' +
          '`npm run build:test`, and does it have a coach content script?)',
      );
    }
    await page.waitForTimeout(100);
  }
}
