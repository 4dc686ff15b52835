/**
 * The background compiles the engine's patterns in short slices as soon as the coach says a
 * person is in a field, so the first analysis does not stall for half a second. (Own file: the
 * engine's warm state is per module instance.)
 */
import { describe, expect, it } from 'vitest';
import { isWarm } from '../../../lib/analysis';
import { warmEngineSoon } from '../../../lib/coach/engine-bridge';

describe('warmEngineSoon', () => {
  it('warms the engine in several short slices, one chain however often it is asked', () => {
    const queue: (() => void)[] = [];
    const schedule = (step: () => void) => queue.push(step);
    expect(isWarm()).toBe(false);

    warmEngineSoon(schedule);
    warmEngineSoon(schedule); // asked again while warming: no second chain
    expect(queue).toHaveLength(1);
    expect(isWarm()).toBe(false); // nothing ran inside the call itself

    let slices = 0;
    while (queue.length > 0) {
      expect(queue).toHaveLength(1);
      queue.shift()!();
      slices++;
    }
    expect(isWarm()).toBe(true);
    expect(slices).toBeGreaterThan(1);

    warmEngineSoon(schedule); // already warm: one step that finds nothing to do
    queue.shift()!();
    expect(queue).toHaveLength(0);
  });
});
