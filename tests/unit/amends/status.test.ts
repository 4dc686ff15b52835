import { describe, expect, it } from 'vitest';
import {
  canPlanDirect,
  editSafety,
  isResolved,
  nextStatuses,
  progress,
  RESOLVED_STATUSES,
  setStatus,
  StatusRuleError,
  statusBlock,
  suggestedNext,
} from '../../../lib/amends';
import { AMENDS_STATUSES } from '../../../lib/amends/types';
import { person, T0 } from './fixtures';

describe('status path', () => {
  it('walks not-willing → willing → planned → made, recording each change with its time', () => {
    let p = person('Mum');
    p = setStatus(p, 'willing', T0 + 1);
    p = setStatus(p, 'planned', T0 + 2);
    p = setStatus(p, 'made', T0 + 3);
    expect(p.status).toBe('made');
    expect(p.statusHistory).toEqual([
      { status: 'not-willing', at: T0 },
      { status: 'willing', at: T0 + 1 },
      { status: 'planned', at: T0 + 2 },
      { status: 'made', at: T0 + 3 },
    ]);
    expect(p.updatedAt).toBe(T0 + 3);
  });

  it('choosing the current status changes nothing (same object, no history entry)', () => {
    const p = person('Mum');
    expect(setStatus(p, 'not-willing', T0 + 9)).toBe(p);
  });

  it('does not mutate the person it was given', () => {
    const p = person('Mum');
    setStatus(p, 'willing', T0 + 1);
    expect(p.status).toBe('not-willing');
    expect(p.statusHistory).toHaveLength(1);
  });

  it('reaches living, deferred and not-possible from anywhere, and can come back', () => {
    for (const from of AMENDS_STATUSES) {
      const start = from === 'not-willing' ? person('X') : setStatus(person('X'), from, T0 + 1);
      for (const side of ['living', 'deferred', 'not-possible'] as const) {
        if (side !== from) expect(setStatus(start, side, T0 + 2).status).toBe(side);
      }
    }
    const deferred = setStatus(person('X'), 'deferred', T0 + 1);
    expect(setStatus(deferred, 'willing', T0 + 2).status).toBe('willing');
  });

  it('suggests the next step along the path', () => {
    expect(suggestedNext('not-willing')).toBe('willing');
    expect(suggestedNext('willing')).toBe('planned');
    expect(suggestedNext('planned')).toBe('made');
    expect(suggestedNext('made')).toBeNull();
    expect(suggestedNext('deferred')).toBe('willing');
    expect(suggestedNext('not-possible')).toBeNull();
  });

  it('offers every other status, the suggested one first', () => {
    const options = nextStatuses('willing');
    expect(options[0]).toBe('planned');
    expect(new Set(options)).toEqual(new Set(AMENDS_STATUSES.filter((s) => s !== 'willing')));
    expect(nextStatuses('made')).not.toContain('made');
  });

  it('rejects an unknown status', () => {
    expect(() => setStatus(person('X'), 'maybe' as never, T0)).toThrow(RangeError);
  });

  it('keeps a bounded history, dropping the oldest entries', () => {
    let p = person('X');
    for (let i = 1; i <= 600; i++) p = setStatus(p, i % 2 ? 'willing' : 'deferred', T0 + i);
    expect(p.statusHistory).toHaveLength(500);
    expect(p.statusHistory.at(-1)).toEqual({ status: 'deferred', at: T0 + 600 });
  });
});

describe('no-contact rule', () => {
  const noContactDirect = () =>
    editSafety(setStatus({ ...person('Ex'), amendsType: 'direct' }, 'willing', T0 + 1), { noContact: true }, T0 + 2);

  it('direct amends cannot be planned when they asked for no contact', () => {
    const p = noContactDirect();
    expect(canPlanDirect(p)).toBe(false);
    expect(statusBlock(p, 'planned')).toMatch(/no contact/);
    expect(() => setStatus(p, 'planned', T0 + 3)).toThrow(StatusRuleError);
  });

  it('indirect or living amends can still be planned, and other statuses stay open', () => {
    const p = noContactDirect();
    expect(setStatus({ ...p, amendsType: 'indirect' }, 'planned', T0 + 3).status).toBe('planned');
    expect(setStatus(p, 'living', T0 + 3).status).toBe('living');
    expect(setStatus(p, 'deferred', T0 + 3).status).toBe('deferred');
  });

  it('without a no-contact request direct amends can be planned', () => {
    const p = setStatus({ ...person('Friend'), amendsType: 'direct' }, 'willing', T0 + 1);
    expect(canPlanDirect(p)).toBe(true);
    expect(setStatus(p, 'planned', T0 + 2).status).toBe('planned');
  });
});

describe('progress', () => {
  it('counts made and living as resolved, and every status separately', () => {
    const people = [
      setStatus(person('A'), 'made', T0 + 1),
      setStatus(person('B'), 'living', T0 + 1),
      setStatus(person('C'), 'planned', T0 + 1),
      setStatus(person('D'), 'not-possible', T0 + 1),
      setStatus(person('E'), 'deferred', T0 + 1),
      person('F'),
      person('G'),
    ];
    expect(progress(people)).toEqual({
      total: 7,
      resolved: 2,
      byStatus: { 'not-willing': 2, willing: 0, planned: 1, made: 1, living: 1, deferred: 1, 'not-possible': 1 },
    });
    expect(RESOLVED_STATUSES).toEqual(['made', 'living']);
    expect(isResolved('not-possible')).toBe(false);
  });

  it('an empty list has nothing resolved', () => {
    expect(progress([])).toMatchObject({ total: 0, resolved: 0 });
  });
});
