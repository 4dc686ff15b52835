/**
 * Timing for the coach: the input listener only marks work as due; analysis runs when the
 * page is idle (or after a short ceiling), and drawing is coalesced into one animation
 * frame. Schedulers are injected so the logic is testable.
 */
export interface TimerScheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Debounced {
  /** Ask for a run `wait` ms after the last request. */
  schedule(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** Runs `fn` once the requests stop for `wait` ms (the person pauses typing). */
export function createDebounce(fn: () => void, wait: number, timers: TimerScheduler): Debounced {
  let id: unknown = null;
  return {
    schedule() {
      if (id !== null) timers.clearTimeout(id);
      id = timers.setTimeout(() => {
        id = null;
        fn();
      }, wait);
    },
    cancel() {
      if (id !== null) timers.clearTimeout(id);
      id = null;
    },
    get pending() {
      return id !== null;
    },
  };
}

export interface IdleScheduler {
  /** Run `fn` when the page is idle, or after `timeout` ms at the latest. */
  request(fn: () => void, timeout: number): unknown;
  cancel(id: unknown): void;
}

export interface IdleTask {
  /** Ask for a run in the next idle period; requests before it runs are one run. */
  schedule(): void;
  /** Run now if a run is due (e.g. the person opens the panel). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

/**
 * Analysis off the keystroke's critical path: at most one run pending, started in an idle
 * period (between the person's keystrokes and the page's own work), never later than
 * `timeout` ms after the first request.
 */
export function createIdleTask(fn: () => void, timeout: number, idle: IdleScheduler): IdleTask {
  let id: unknown = null;
  const run = () => {
    id = null;
    fn();
  };
  return {
    schedule() {
      if (id === null) id = idle.request(run, timeout);
    },
    flush() {
      if (id === null) return;
      idle.cancel(id);
      run();
    },
    cancel() {
      if (id !== null) idle.cancel(id);
      id = null;
    },
    get pending() {
      return id !== null;
    },
  };
}

export interface FrameScheduler {
  request(fn: () => void): unknown;
  cancel(id: unknown): void;
}

export interface FrameTask {
  /** Draw in the next frame; several requests in one frame draw once. */
  schedule(): void;
  cancel(): void;
}

export function createFrameTask(fn: () => void, frames: FrameScheduler): FrameTask {
  let id: unknown = null;
  return {
    schedule() {
      if (id !== null) return;
      id = frames.request(() => {
        id = null;
        fn();
      });
    },
    cancel() {
      if (id !== null) frames.cancel(id);
      id = null;
    },
  };
}

export const browserTimers: TimerScheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** requestIdleCallback where the browser has it; a short timer elsewhere. */
export const browserIdle: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? {
        request: (fn, timeout) => requestIdleCallback(() => fn(), { timeout }),
        cancel: (id) => cancelIdleCallback(id as number),
      }
    : {
        request: (fn, timeout) => setTimeout(fn, Math.min(timeout, 50)),
        cancel: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      };
export const browserFrames: FrameScheduler = {
  request: (fn) => requestAnimationFrame(() => fn()),
  cancel: (id) => cancelAnimationFrame(id as number),
};
