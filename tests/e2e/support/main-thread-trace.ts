/**
 * CPU time on a page's main thread, by whom, from a Chromium trace: each task's thread time
 * (`tdur`) and the script calls inside it, attributed by script URL. Thread time is what the
 * work costs; on a busy shared machine wall-clock durations (and PerformanceObserver long
 * tasks) also count the time the thread waited for a core.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; type?: string } };
}

export interface MainThreadCpu {
  /** Per task in which a script from `urlPrefix` ran: thread time of its calls, ms. */
  scriptMsPerTask: number[];
  /** Total thread time of those calls, ms. */
  scriptMsTotal: number;
  /** Main-thread tasks (anyone's work: scripts, style, layout, paint) longer than 50 ms of thread time. */
  tasksOver50Ms: number[];
  /** Thread time of the longest main-thread task, ms. */
  longestTaskMs: number;
}

const threadMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Traces `run` and sums the page main thread's CPU time; `urlPrefix` picks whose scripts to attribute. */
export async function traceMainThread(
  context: BrowserContext,
  page: Page,
  urlPrefix: string | null,
  run: () => Promise<void>,
): Promise<MainThreadCpu> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) {
      if (ev.ph !== 'X') continue;
      if (
        ev.name === 'ThreadControllerImpl::RunTask' ||
        ev.name === 'FunctionCall' ||
        (ev.name === 'EventDispatch' && ev.args?.data?.type === 'keydown')
      ) {
        events.push(ev);
      }
    }
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }

  // The page's main thread is where its keydown events were dispatched.
  const key = events.find((e) => e.name === 'EventDispatch');
  if (!key) return { scriptMsPerTask: [], scriptMsTotal: 0, tasksOver50Ms: [], longestTaskMs: 0 };
  const onMain = (e: TraceEvent) => e.pid === key.pid && e.tid === key.tid;
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && onMain(e)).sort((a, b) => a.ts - b.ts);
  const calls = events
    .filter((e) => e.name === 'FunctionCall' && onMain(e) && urlPrefix !== null && e.args?.data?.url?.startsWith(urlPrefix))
    .sort((a, b) => a.ts - b.ts);
  // Outermost calls only, so a call made from inside another is not counted twice.
  const outer: TraceEvent[] = [];
  for (const c of calls) {
    const last = outer.at(-1);
    if (!last || c.ts >= last.ts + (last.dur ?? 0)) outer.push(c);
  }
  const perTask = new Map<TraceEvent, number>();
  let t = 0;
  for (const c of outer) {
    while (t < tasks.length && tasks[t]!.ts + (tasks[t]!.dur ?? 0) < c.ts) t++;
    const task = tasks[t] && tasks[t]!.ts <= c.ts ? tasks[t]! : c;
    perTask.set(task, (perTask.get(task) ?? 0) + threadMs(c));
  }
  const scriptMsPerTask = [...perTask.values()];
  return {
    scriptMsPerTask,
    scriptMsTotal: scriptMsPerTask.reduce((a, b) => a + b, 0),
    tasksOver50Ms: tasks.map(threadMs).filter((ms) => ms > 50),
    longestTaskMs: Math.max(0, ...tasks.map(threadMs)),
  };
}
