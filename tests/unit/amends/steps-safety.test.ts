import { describe, expect, it } from 'vitest';
import { allowedAmendsTypes, nextOpenStep, noteStep, safetyGuidance, stepsDone, tickStep } from '../../../lib/amends';
import type { SafetyCheck } from '../../../lib/amends/types';
import { person, T0 } from './fixtures';

describe('seven-step checklist', () => {
  it('ticks a step with its date and note, and unticks it', () => {
    const p = person('Mum');
    const ticked = tickStep(p, 'remorse', true, T0 + 10, 'Said sorry on the phone');
    expect(ticked.steps.remorse).toEqual({ done: true, at: T0 + 10, note: 'Said sorry on the phone' });
    expect(stepsDone(ticked)).toBe(2);
    const unticked = tickStep(ticked, 'remorse', false, T0 + 20);
    expect(unticked.steps.remorse).toEqual({ done: false, at: null, note: 'Said sorry on the phone' });
    expect(stepsDone(unticked)).toBe(1);
  });

  it('ticking an already ticked step keeps its original date', () => {
    const once = tickStep(person('Mum'), 'action', true, T0 + 10);
    expect(tickStep(once, 'action', true, T0 + 99).steps.action.at).toBe(T0 + 10);
  });

  it('notes a step without ticking it', () => {
    const p = noteStep(person('Mum'), 'patience', 'Give her until spring', T0 + 3);
    expect(p.steps.patience).toEqual({ done: false, at: null, note: 'Give her until spring' });
  });

  it('finds the first open step in the framework order', () => {
    let p = person('Mum');
    expect(nextOpenStep(p)).toBe('acknowledge');
    p = tickStep(tickStep(p, 'acknowledge', true, T0), 'responsibility', true, T0);
    expect(nextOpenStep(p)).toBe('remorse');
    for (const s of ['remorse', 'action', 'commit', 'patience'] as const) p = tickStep(p, s, true, T0);
    expect(nextOpenStep(p)).toBeNull();
    expect(stepsDone(p)).toBe(7);
  });

  it('rejects an unknown step', () => {
    expect(() => tickStep(person('Mum'), 'pray' as never, true, T0)).toThrow(RangeError);
  });
});

describe('safety check', () => {
  const clear: SafetyCheck = { harmsThem: false, harmsOthers: false, harmsMe: false, noContact: false, notes: '' };

  it('is clear when nothing is ticked', () => {
    expect(safetyGuidance(clear)).toEqual({ level: 'clear', risks: [] });
    expect(allowedAmendsTypes(clear)).toEqual(['undecided', 'direct', 'indirect', 'living']);
  });

  it.each(['harmsThem', 'harmsOthers', 'harmsMe'] as const)('%s ticked means caution, direct still allowed', (risk) => {
    const safety = { ...clear, [risk]: true };
    expect(safetyGuidance(safety)).toEqual({ level: 'caution', risks: [risk] });
    expect(allowedAmendsTypes(safety)).toContain('direct');
  });

  it('a no-contact request is a firm stop for direct amends, whatever else is ticked', () => {
    expect(safetyGuidance({ ...clear, noContact: true })).toEqual({ level: 'stop-direct', risks: ['noContact'] });
    expect(safetyGuidance({ ...clear, harmsMe: true, noContact: true, harmsThem: true })).toEqual({
      level: 'stop-direct',
      risks: ['harmsThem', 'harmsMe', 'noContact'],
    });
    expect(allowedAmendsTypes({ ...clear, noContact: true })).toEqual(['undecided', 'indirect', 'living']);
  });

  it('notes alone do not count as a risk', () => {
    expect(safetyGuidance({ ...clear, notes: 'Ask my sponsor' }).level).toBe('clear');
  });
});
