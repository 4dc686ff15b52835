/**
 * Auto-lock after a quiet spell. Pure timing logic: the clock and timers are passed in,
 * and "last activity" is read through a callback because every open page (popup, side
 * panel) shares it: activity in the side panel keeps the popup from locking and the
 * other way round.
 */

export function idleDeadline(lastActiveAt: number, idleMs: number): number {
  return lastActiveAt + idleMs;
}

export function isIdleExpired(lastActiveAt: number, idleMs: number, now: number): boolean {
  return now >= idleDeadline(lastActiveAt, idleMs);
}

export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleLockOptions {
  clock?: IdleClock;
  /** The shared last-activity time and idle length; null when there is nothing to lock. */
  read(): Promise<{ lastActiveAt: number; idleMs: number } | null>;
  /** Locks every page. */
  lock(): Promise<void>;
}

/**
 * Wakes at the deadline, re-reads the shared activity time (another page may have moved
 * it), and either locks or sleeps until the new deadline. `start` again after unlocking
 * or after the idle length changes.
 */
export class IdleLockTimer {
  private handle: unknown = null;
  private stopped = true;
  private readonly clock: IdleClock;

  constructor(private readonly options: IdleLockOptions) {
    this.clock = options.clock ?? systemClock;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.check();
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private async check(): Promise<void> {
    this.cancel();
    if (this.stopped) return;
    const state = await this.options.read();
    if (this.stopped || !state) return;
    const now = this.clock.now();
    if (isIdleExpired(state.lastActiveAt, state.idleMs, now)) {
      await this.options.lock();
      return;
    }
    this.handle = this.clock.setTimeout(() => void this.check(), idleDeadline(state.lastActiveAt, state.idleMs) - now);
  }
}

/** Records activity at most once per `everyMs`, so typing does not write storage per key. */
export function throttleActivity(record: (at: number) => void, everyMs: number, now: () => number = Date.now): () => void {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < everyMs) return;
    last = t;
    record(t);
  };
}
