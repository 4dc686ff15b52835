/**
 * In-page timing probes for the list benchmark. They run inside the extension's pages
 * (passed to addInitScript / page.evaluate), so they use only DOM APIs and keep to times on
 * the page's own clock: performance.now() is measured from the navigation's start.
 *
 * The probes find the UI by the same hooks the browser tests use: the popup's
 * [data-testid=progress-counts], the panel's [data-testid=list-count] and
 * [data-testid=person-row] rows, and the search box (input[type=search]).
 */

export interface LoadMarks {
  /** The search box exists. */
  searchPresent?: number;
  /** The search box has the keyboard focus (the popup puts it there on open). */
  searchFocused?: number;
  /** Counts / rows for a loaded, non-empty list are in the DOM. */
  listShown?: number;
  /** First contentful paint, from the Paint Timing API. */
  fcp?: number;
  domContentLoaded?: number;
}

/**
 * Installed before any page script (addInitScript): notes when the search box appears and
 * gets focus, and when the loaded list is in the DOM. Stops watching once both are seen,
 * so it costs nothing during later measurements.
 */
export function installLoadProbe(): void {
  const w = window as unknown as { __loadMarks: LoadMarks };
  if (!/\/(popup|sidepanel)\.html$/.test(location.pathname)) return;
  const marks: LoadMarks = {};
  w.__loadMarks = marks;
  const now = () => performance.now();
  let observer: MutationObserver | null = null;
  const check = () => {
    const search = document.querySelector('input[type="search"]');
    if (search && marks.searchPresent === undefined) marks.searchPresent = now();
    if (search && marks.searchFocused === undefined && document.activeElement === search) marks.searchFocused = now();
    if (marks.listShown === undefined) {
      const popupCounts = document.querySelector('[data-testid="progress-counts"]');
      const panelRows = document.querySelector('[data-testid="list-count"]') && document.querySelector('[data-testid="person-row"]');
      if (popupCounts || panelRows) {
        marks.listShown = now();
        // Also in a performance trace, to find the CPU spent up to here.
        performance.mark('bench-list-shown');
      }
    }
    if (marks.listShown !== undefined && marks.searchPresent !== undefined && (marks.searchFocused !== undefined || !/popup/.test(location.pathname))) {
      observer?.disconnect();
      document.removeEventListener('focusin', check, true);
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Focus moves make no mutation.
  document.addEventListener('focusin', check, true);
  document.addEventListener('DOMContentLoaded', () => {
    marks.domContentLoaded = now();
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

export interface KeyTiming {
  /** The keydown event's own time stamp (when the browser took the key). */
  key: number;
  /** The list's DOM shows the expected result. */
  dom: number;
  /** The next frame after that (rAF, then a task): the update has been painted. */
  frame: number;
}

export interface ExpectedView {
  /** Names this keystroke's performance marks: bench-key-<id>-start / -dom. */
  id: string;
  /** Selector of the element whose text must equal `text`. */
  textSelector: string;
  text: string;
  /** Selector of the first result's name, and its expected text ('' when there is none). */
  firstSelector: string;
  first: string;
}

/**
 * Arms a probe for the next key press: resolves `window.__keyProbe` with the key's time
 * stamp and the times the DOM first showed `expected` and the following frame. Call it,
 * press the key, then await `window.__keyProbe`.
 */
export function armKeyProbe(expected: ExpectedView): void {
  const w = window as unknown as { __keyProbe: Promise<KeyTiming> };
  w.__keyProbe = new Promise<KeyTiming>((resolve, reject) => {
    let key: number | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (key !== undefined) return;
      key = event.timeStamp;
      performance.mark(`bench-key-${expected.id}-start`);
    };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
    const matches = () =>
      document.querySelector(expected.textSelector)?.textContent === expected.text &&
      (document.querySelector(expected.firstSelector)?.textContent ?? '') === expected.first;
    const done = () => {
      const dom = performance.now();
      performance.mark(`bench-key-${expected.id}-dom`);
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (key === undefined) reject(new Error('the key press was not seen'));
          else resolve({ key, dom, frame: performance.now() });
        }, 0),
      );
    };
    const observer = new MutationObserver(() => {
      if (key !== undefined && matches()) done();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      const seen = document.querySelector(expected.textSelector)?.textContent;
      const first = document.querySelector(expected.firstSelector)?.textContent;
      reject(new Error(`the list never showed "${expected.text}" / "${expected.first}" (it shows "${seen}" / "${first}")`));
    }, 10_000);
  });
}

/** Resolves once the page has been idle (no long task pending) twice in a row. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), { timeout: 2_000 }),
  );
}
