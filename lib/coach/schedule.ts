/**
 * Timing for the coach: the input listener only marks work as due; analysis runs once the
 * person pauses (with a ceiling so a long burst of typing still gets hints), and drawing is
 * coalesced into one animation frame. Clocks are injected so the logic is testable.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Debounced {
  /** Ask for a run: it happens after `wait` ms without another request, or at `maxWait`. */
  schedule(): void;
  /** Run now if a run is due. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function createDebounce(fn: () => void, opts: { wait: number; maxWait: number }, clock: Clock): Debounced {
  let timer: unknown = null;
  let firstAt = 0;
  let pending = false;

  const run = () => {
    timer = null;
    pending = false;
    fn();
  };
  return {
    schedule() {
      const now = clock.now();
      if (!pending) {
        pending = true;
        firstAt = now;
      }
      if (timer !== null) clock.clearTimeout(timer);
      const delay = Math.max(0, Math.min(opts.wait, opts.maxWait - (now - firstAt)));
      timer = clock.setTimeout(run, delay);
    },
    flush() {
      if (!pending) return;
      if (timer !== null) clock.clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = false;
    },
    get pending() {
      return pending;
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

/** The browser's clock and frames, for the content script. */
export const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};
export const browserFrames: FrameScheduler = {
  request: (fn) => requestAnimationFrame(() => fn()),
  cancel: (id) => cancelAnimationFrame(id as number),
};
