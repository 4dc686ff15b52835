import { describe, expect, it } from 'vitest';
import {
  createDebounce,
  createFrameTask,
  createIdleTask,
  type FrameScheduler,
  type IdleScheduler,
  type TimerScheduler,
} from '../../../lib/coach/schedule';

/** An idle scheduler the test runs by hand, recording each request's timeout. */
function manualIdle() {
  const queue = new Map<number, () => void>();
  const timeouts: number[] = [];
  let next = 1;
  const idle: IdleScheduler = {
    request: (fn, timeout) => {
      timeouts.push(timeout);
      queue.set(next, fn);
      return next++;
    },
    cancel: (id) => void queue.delete(id as number),
  };
  const runIdle = () => {
    const fns = [...queue.values()];
    queue.clear();
    fns.forEach((fn) => fn());
  };
  return { idle, runIdle, queue, timeouts };
}

describe('createIdleTask (analysis off the keystroke path)', () => {
  it('turns a burst of keystrokes into one run in the next idle period', () => {
    const { idle, runIdle, queue, timeouts } = manualIdle();
    let runs = 0;
    const task = createIdleTask(() => runs++, 200, idle);
    for (let i = 0; i < 10; i++) task.schedule();
    expect(queue.size).toBe(1);
    expect(timeouts).toEqual([200]);
    expect(runs).toBe(0);
    runIdle();
    expect(runs).toBe(1);
    expect(task.pending).toBe(false);
    task.schedule();
    runIdle();
    expect(runs).toBe(2);
  });

  it('flush runs a pending request now and only once; cancel drops it', () => {
    const { idle, runIdle } = manualIdle();
    let runs = 0;
    const task = createIdleTask(() => runs++, 200, idle);
    task.flush();
    expect(runs).toBe(0);
    task.schedule();
    task.flush();
    expect(runs).toBe(1);
    runIdle();
    expect(runs).toBe(1);
    task.schedule();
    task.cancel();
    runIdle();
    expect(runs).toBe(1);
  });
});

describe('createDebounce (waking only after a pause in typing)', () => {
  it('runs once, `wait` ms after the last keystroke', () => {
    let now = 0;
    const timers = new Map<number, { at: number; fn: () => void }>();
    let next = 1;
    const scheduler: TimerScheduler = {
      setTimeout: (fn, ms) => (timers.set(next, { at: now + ms, fn }), next++),
      clearTimeout: (id) => void timers.delete(id as number),
    };
    const advance = (ms: number) => {
      now += ms;
      for (const [id, t] of [...timers]) if (t.at <= now) (timers.delete(id), t.fn());
    };
    let runs = 0;
    const d = createDebounce(() => runs++, 200, scheduler);
    for (let i = 0; i < 5; i++) {
      d.schedule();
      advance(120);
    }
    expect(runs).toBe(0);
    expect(d.pending).toBe(true);
    advance(100);
    expect(runs).toBe(1);
    d.schedule();
    d.cancel();
    advance(500);
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
