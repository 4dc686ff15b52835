import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleLockTimer, isIdleExpired, throttleActivity } from '../../../lib/lock/idle';

const MINUTE = 60_000;

describe('idle auto-lock timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 5, 1, 12));
  });
  afterEach(() => vi.useRealTimers());

  function setup(idleMinutes = 15) {
    const shared = { lastActiveAt: Date.now(), idleMs: idleMinutes * MINUTE };
    let held = true;
    const lock = vi.fn(async () => {
      held = false;
    });
    const timer = new IdleLockTimer({ read: async () => (held ? { ...shared } : null), lock });
    return { shared, lock, timer };
  }

  it('locks once the chosen idle time has passed with no activity', async () => {
    const { lock, timer } = setup(15);
    await timer.start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 1);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('activity in another page (the shared time moves) pushes the lock back', async () => {
    const { shared, lock, timer } = setup(15);
    await timer.start();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    shared.lastActiveAt = Date.now(); // the side panel was used
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks at once when the page opens after the idle time already passed', async () => {
    const { shared, lock, timer } = setup(5);
    shared.lastActiveAt = Date.now() - 6 * MINUTE;
    await timer.start();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does nothing after stop, or when nothing is held', async () => {
    const { lock, timer } = setup(1);
    await timer.start();
    timer.stop();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    const idle = new IdleLockTimer({ read: async () => null, lock });
    await idle.start();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
  });

  it('expiry is inclusive of the deadline', () => {
    expect(isIdleExpired(0, 1000, 999)).toBe(false);
    expect(isIdleExpired(0, 1000, 1000)).toBe(true);
  });

  it('records activity at most once per interval', () => {
    const record = vi.fn();
    let t = 0;
    const touch = throttleActivity(record, 30_000, () => t);
    touch();
    t = 10_000;
    touch();
    t = 30_000;
    touch();
    expect(record.mock.calls).toEqual([[0], [30_000]]);
  });
});
