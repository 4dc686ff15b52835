import { describe, expect, it } from 'vitest';
import { createPerson, editDetails, editPlan, nameProblem, randomId } from '../../../lib/amends';
import { personSchema } from '../../../lib/amends/schema';
import { STEP_IDS } from '../../../lib/amends/types';
import { sequentialIds, T0 } from './fixtures';

describe('createPerson', () => {
  it('fills sensible defaults', () => {
    const p = createPerson({ name: '  Dad ', relationship: ' parent ', what: ' Missed his retirement party ' }, T0, sequentialIds());
    expect(p).toMatchObject({
      id: 'id-1',
      name: 'Dad',
      relationship: 'parent',
      harms: [{ id: 'id-2', what: 'Missed his retirement party', when: '' }],
      amendsType: 'undecided',
      status: 'not-willing',
      statusHistory: [{ status: 'not-willing', at: T0 }],
      plan: { channel: null, approach: '', date: null, review: 'not-yet' },
      safety: { harmsThem: false, harmsOthers: false, harmsMe: false, noContact: false, notes: '' },
      restitution: { kind: 'none', owedMinor: 0, payments: [], description: '' },
      followUp: null,
      outcome: { checkIns: [], followUpNeeded: false },
      reflections: [],
      createdAt: T0,
      updatedAt: T0,
    });
    expect(personSchema.safeParse(p).success).toBe(true);
  });

  it('ticks "the list itself" and leaves the other six steps open', () => {
    const p = createPerson({ name: 'Dad' }, T0);
    expect(p.steps.list).toEqual({ done: true, at: T0, note: '' });
    for (const step of STEP_IDS.filter((s) => s !== 'list')) expect(p.steps[step]).toEqual({ done: false, at: null, note: '' });
  });

  it('adds no harm when nothing was written', () => {
    expect(createPerson({ name: 'Dad', what: '   ' }, T0).harms).toEqual([]);
  });

  it('refuses an empty or overlong name with a gentle message', () => {
    expect(() => createPerson({ name: '  ' }, T0)).toThrow(/initials are fine/);
    expect(() => createPerson({ name: 'x'.repeat(201) }, T0)).toThrow(/under 200/);
    expect(nameProblem('Jo')).toBeNull();
  });

  it('randomId gives distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).toBe(1000);
  });
});

describe('editing details and plan', () => {
  it('edits name, relationship, type and follow-up, and stamps updatedAt', () => {
    const p = createPerson({ name: 'Dad' }, T0);
    const e = editDetails(p, { name: ' Father ', amendsType: 'living', followUp: '2026-06-01' }, T0 + 5);
    expect(e).toMatchObject({ name: 'Father', amendsType: 'living', followUp: '2026-06-01', updatedAt: T0 + 5 });
    expect(p.name).toBe('Dad');
    expect(() => editDetails(p, { name: '' }, T0)).toThrow();
  });

  it('edits the plan without losing other plan fields', () => {
    const p = editPlan(createPerson({ name: 'Dad' }, T0), { channel: 'letter', date: '2026-07-01' }, T0 + 1);
    const q = editPlan(p, { review: 'discussed' }, T0 + 2);
    expect(q.plan).toEqual({ channel: 'letter', approach: '', date: '2026-07-01', review: 'discussed' });
  });
});
