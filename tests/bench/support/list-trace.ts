/**
 * Main-thread CPU time from a Chromium performance trace. On a shared machine wall-clock
 * figures stretch with the load; the trace's thread time (`tdur`) counts only the time the
 * page's main thread actually ran, so it shows the app's own cost next to the wall figures.
 *
 * Intervals are found by performance marks the probes set (list-probes.ts), which appear in
 * the trace as blink.user_timing events, and by the document's navigationStart.
 */
import type { BrowserContext } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute'];

/**
 * Starts tracing the whole browser (a page's own session can miss the renderer a navigation
 * moves to); the returned function ends it and gives the events.
 */
export async function startTrace(context: BrowserContext): Promise<() => Promise<TraceEvent[]>> {
  const browser = context.browser();
  if (!browser) throw new Error('Tracing needs the browser behind the context.');
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    // The protocol types the events loosely; they are trace events as above.
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    return events;
  };
}

/** The first user-timing mark of that name (pid/tid give the page's main thread). */
export function findMark(events: readonly TraceEvent[], name: string): TraceEvent | undefined {
  return events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
}

/** The navigationStart of the document at `url`, on its renderer. */
export function findNavigationStart(events: readonly TraceEvent[], url: string, pid: number): TraceEvent | undefined {
  return events
    .filter((e) => e.name === 'navigationStart' && e.pid === pid && JSON.stringify(e.args ?? {}).includes(url))
    .at(-1);
}

/** The outermost complete events on one thread, in time order: each is one task the thread ran. */
export function threadTasks(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of own) {
    if (e.ts >= end) {
      outer.push(e);
      end = e.ts + e.dur!;
    }
  }
  return outer;
}

/** Milliseconds of thread (CPU) time of the tasks overlapping [from, to] (microsecond trace times). */
export function cpuBetween(tasks: readonly TraceEvent[], from: number, to: number): number {
  let micros = 0;
  for (const t of tasks) if (t.ts <= to && t.ts + t.dur! >= from) micros += t.tdur ?? t.dur!;
  return micros / 1000;
}
