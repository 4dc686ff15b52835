import { describe, expect, it } from 'vitest';
import { createDebounce, createFrameTask, type Clock, type FrameScheduler } from '../../../lib/coach/schedule';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { clock, advance };
}

describe('createDebounce', () => {
  it('runs once after the typing pauses, not on every keystroke', () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const d = createDebounce(() => runs++, { wait: 180, maxWait: 900 }, clock);
    for (let i = 0; i < 5; i++) {
      d.schedule();
      advance(50);
    }
    expect(runs).toBe(0);
    advance(180);
    expect(runs).toBe(1);
    expect(d.pending).toBe(false);
  });

  it('still runs at maxWait during a long burst of typing', () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const d = createDebounce(() => runs++, { wait: 180, maxWait: 900 }, clock);
    for (let i = 0; i < 20; i++) {
      d.schedule();
      advance(100);
    }
    // 2,000 ms of continuous typing: at least two refreshes, never one per keystroke.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(3);
  });

  it('flush runs a pending call now; cancel drops it', () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const d = createDebounce(() => runs++, { wait: 180, maxWait: 900 }, clock);
    d.schedule();
    d.flush();
    expect(runs).toBe(1);
    d.flush();
    expect(runs).toBe(1);
    d.schedule();
    d.cancel();
    advance(1000);
    expect(runs).toBe(1);
  });
});

describe('createFrameTask', () => {
  it('draws once per frame however many times it is asked', () => {
    const queue: (() => void)[] = [];
    const frames: FrameScheduler = { request: (fn) => queue.push(fn), cancel: () => queue.splice(0) };
    let draws = 0;
    const task = createFrameTask(() => draws++, frames);
    task.schedule();
    task.schedule();
    task.schedule();
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(draws).toBe(1);
    task.schedule();
    task.cancel();
    expect(queue).toHaveLength(0);
  });
});
