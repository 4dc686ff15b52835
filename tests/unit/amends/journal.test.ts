import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  addHarm,
  addReflection,
  checkInSummary,
  editCheckIn,
  editHarm,
  editOutcome,
  editReflection,
  removeCheckIn,
  removeHarm,
  removeReflection,
} from '../../../lib/amends';
import { person, sequentialIds, T0 } from './fixtures';

describe('harms', () => {
  it('adds harms in the order written, with an optional when', () => {
    const ids = sequentialIds('h');
    let p = person('Brother');
    p = addHarm(p, { what: ' Lied about the loan ', when: ' 2019 ' }, T0 + 1, ids);
    p = addHarm(p, { what: 'Missed the wedding' }, T0 + 2, ids);
    expect(p.harms).toEqual([
      { id: 'h-1', what: 'Lied about the loan', when: '2019' },
      { id: 'h-2', what: 'Missed the wedding', when: '' },
    ]);
    expect(p.updatedAt).toBe(T0 + 2);
  });

  it('ignores an empty harm', () => {
    const p = person('Brother');
    expect(addHarm(p, { what: '   ' }, T0)).toBe(p);
  });

  it('edits and removes a harm by id, leaving the others', () => {
    const ids = sequentialIds('h');
    let p = addHarm(addHarm(person('Brother'), { what: 'One' }, T0, ids), { what: 'Two' }, T0, ids);
    p = editHarm(p, 'h-1', { what: 'One, in more words', when: 'last spring' }, T0 + 1);
    expect(p.harms[0]).toEqual({ id: 'h-1', what: 'One, in more words', when: 'last spring' });
    p = removeHarm(p, 'h-1', T0 + 2);
    expect(p.harms.map((h) => h.what)).toEqual(['Two']);
    expect(removeHarm(p, 'nope', T0 + 3)).toBe(p);
    expect(editHarm(p, 'nope', { what: 'x' }, T0 + 3)).toBe(p);
  });
});

describe('reflections', () => {
  it('keeps entries newest first, each dated when written', () => {
    const ids = sequentialIds('r');
    let p = person('Friend');
    p = addReflection(p, 'Felt scared writing the list', T0 + 1, ids);
    p = addReflection(p, 'Talked to my sponsor', T0 + 5, ids);
    p = addReflection(p, 'Slept on it', T0 + 3, ids);
    expect(p.reflections.map((r) => [r.text, r.at])).toEqual([
      ['Talked to my sponsor', T0 + 5],
      ['Slept on it', T0 + 3],
      ['Felt scared writing the list', T0 + 1],
    ]);
  });

  it('edits text but keeps the original date; removes by id; ignores empty text', () => {
    const ids = sequentialIds('r');
    let p = addReflection(person('Friend'), 'First', T0 + 1, ids);
    expect(addReflection(p, '  ', T0 + 2)).toBe(p);
    p = editReflection(p, 'r-1', 'First, reworded', T0 + 9);
    expect(p.reflections[0]).toEqual({ id: 'r-1', at: T0 + 1, text: 'First, reworded' });
    expect(p.updatedAt).toBe(T0 + 9);
    expect(removeReflection(p, 'r-1', T0 + 10).reflections).toEqual([]);
  });
});

describe('outcome and living-amends check-ins', () => {
  it('records how it went without touching check-ins', () => {
    const p = editOutcome(person('Aunt'), { howItWent: 'She listened', response: 'Thanked me', learned: 'Go slowly', followUpNeeded: true }, T0 + 1);
    expect(p.outcome).toEqual({ howItWent: 'She listened', response: 'Thanked me', learned: 'Go slowly', followUpNeeded: true, commitment: '', checkIns: [] });
  });

  it('keeps dated check-ins newest first and summarises kept / not yet', () => {
    const ids = sequentialIds('c');
    let p = editOutcome(person('Kids'), { commitment: 'Home for dinner every night' }, T0);
    p = addCheckIn(p, { date: '2026-05-01', kept: true }, T0 + 1, ids);
    p = addCheckIn(p, { date: '2026-05-15', kept: false, note: 'Worked late twice' }, T0 + 2, ids);
    p = addCheckIn(p, { date: '2026-05-08', kept: true }, T0 + 3, ids);
    expect(p.outcome.checkIns.map((c) => c.date)).toEqual(['2026-05-15', '2026-05-08', '2026-05-01']);
    expect(checkInSummary(p.outcome)).toEqual({ total: 3, kept: 2, notYet: 1, latest: p.outcome.checkIns[0] });
  });

  it('edits and removes check-ins', () => {
    const ids = sequentialIds('c');
    let p = addCheckIn(person('Kids'), { date: '2026-05-01', kept: false }, T0, ids);
    p = addCheckIn(p, { date: '2026-05-08', kept: false }, T0, ids);
    p = editCheckIn(p, 'c-1', { kept: true, note: 'Made it after all', date: '2026-05-09' }, T0 + 1);
    expect(p.outcome.checkIns[0]).toEqual({ id: 'c-1', date: '2026-05-09', kept: true, note: 'Made it after all' });
    p = removeCheckIn(p, 'c-2', T0 + 2);
    expect(checkInSummary(p.outcome)).toMatchObject({ total: 1, kept: 1, notYet: 0 });
    expect(checkInSummary(person('None').outcome).latest).toBeNull();
  });
});
