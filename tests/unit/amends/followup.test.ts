import { describe, expect, it } from 'vitest';
import { addDays, dueFollowUps, isFollowUpDue, isIsoDate, setStatus, todayIso, whoIsNext } from '../../../lib/amends';
import type { Person } from '../../../lib/amends/types';
import { person, T0 } from './fixtures';

describe('dates', () => {
  it('today is the calendar day in the given time zone', () => {
    const lateEvening = Date.UTC(2026, 0, 1, 23, 30);
    expect(todayIso(lateEvening, 'UTC')).toBe('2026-01-01');
    expect(todayIso(lateEvening, 'Europe/Berlin')).toBe('2026-01-02');
    expect(todayIso(lateEvening, 'America/New_York')).toBe('2026-01-01');
  });

  it('moves dates by calendar days across months and leap years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-01', 14)).toBe('2026-05-15');
    expect(() => addDays('soon', 1)).toThrow(RangeError);
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });
});

describe('follow-ups', () => {
  const withFollowUp = (name: string, followUp: string | null, ...path: Person['status'][]): Person =>
    ({ ...path.reduce((p, s, i) => setStatus(p, s, T0 + i + 1), person(name)), followUp });

  it('is due on its day and after, not before, and never without a date', () => {
    expect(isFollowUpDue({ followUp: '2026-05-10' }, '2026-05-09')).toBe(false);
    expect(isFollowUpDue({ followUp: '2026-05-10' }, '2026-05-10')).toBe(true);
    expect(isFollowUpDue({ followUp: '2026-05-10' }, '2026-06-01')).toBe(true);
    expect(isFollowUpDue({ followUp: null }, '2026-06-01')).toBe(false);
  });

  it('lists due follow-ups, longest waiting first', () => {
    const people = [
      withFollowUp('Recent', '2026-05-09', 'made'),
      withFollowUp('Future', '2026-07-01', 'made'),
      withFollowUp('Old', '2026-04-01', 'living'),
      withFollowUp('None', null),
    ];
    expect(dueFollowUps(people, '2026-05-10').map((p) => p.name)).toEqual(['Old', 'Recent']);
  });

  it('who is next: due follow-ups, then planned by date, then willing; each person once', () => {
    const people = [
      withFollowUp('Willing', null, 'willing'),
      withFollowUp('Planned undated', null, 'willing', 'planned'),
      { ...withFollowUp('Planned soon', null, 'willing', 'planned'), plan: { channel: null, approach: '', date: '2026-05-20', review: 'not-yet' as const } },
      withFollowUp('Planned and due', '2026-05-01', 'willing', 'planned'),
      withFollowUp('Made, check in', '2026-05-02', 'made'),
      withFollowUp('Not yet', null),
      withFollowUp('Deferred', null, 'deferred'),
    ];
    const next = whoIsNext(people, '2026-05-10');
    expect(next.map((n) => [n.person.name, n.reason])).toEqual([
      ['Planned and due', 'follow-up'],
      ['Made, check in', 'follow-up'],
      ['Planned soon', 'planned'],
      ['Planned undated', 'planned'],
      ['Willing', 'willing'],
    ]);
    expect(whoIsNext(people, '2026-05-10', 2)).toHaveLength(2);
  });

  it('no one is next on a list of people not yet willing', () => {
    expect(whoIsNext([person('A'), person('B')], '2026-05-10')).toEqual([]);
  });
});
