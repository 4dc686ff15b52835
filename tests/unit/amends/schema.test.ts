import { describe, expect, it } from 'vitest';
import { addPayment, createPerson, setStatus } from '../../../lib/amends';
import { checkPerson, personSchema } from '../../../lib/amends/schema';
import type { Person } from '../../../lib/amends/types';
import { person, T0 } from './fixtures';

const valid = (): Person => addPayment(setStatus(person({ name: 'Dad', what: 'Harsh words' }), 'willing', T0 + 1), { amountMinor: 500, date: '2026-05-01' }, T0 + 2, () => 'pay-1');

function problemsOf(value: unknown): string {
  const check = checkPerson(value);
  return check.ok ? '' : check.problems.join('\n');
}

describe('personSchema', () => {
  it('accepts a person made by the domain functions', () => {
    const p = valid();
    expect(personSchema.parse(p)).toEqual(p);
  });

  it('accepts names with markup as plain text (they are escaped when shown, never run)', () => {
    expect(checkPerson(createPerson({ name: '<img src=x onerror=alert(1)>' }, T0)).ok).toBe(true);
  });

  it.each<[string, (p: Person) => unknown, RegExp]>([
    ['an empty name', (p) => ({ ...p, name: '   ' }), /name/],
    ['a huge name', (p) => ({ ...p, name: 'x'.repeat(201) }), /name/],
    ['a huge harm', (p) => ({ ...p, harms: [{ id: 'h', what: 'x'.repeat(20_001), when: '' }] }), /harms\.0\.what/],
    ['too many harms', (p) => ({ ...p, harms: Array.from({ length: 201 }, (_, i) => ({ id: `h${i}`, what: 'x', when: '' })) }), /harms/],
    ['a name that is not text', (p) => ({ ...p, name: 42 }), /name/],
    ['an unknown status', (p) => ({ ...p, status: 'maybe' }), /status/],
    ['an unknown field', (p) => ({ ...p, isAdmin: true }), /isAdmin/],
    ['an unknown nested field', (p) => ({ ...p, plan: { ...p.plan, extra: 1 } }), /extra/],
    ['a missing step', (p) => { const { patience: _x, ...steps } = p.steps; return { ...p, steps }; }, /patience/],
    ['fractional money', (p) => ({ ...p, restitution: { ...p.restitution, owedMinor: 10.5 } }), /owedMinor/],
    ['negative money', (p) => ({ ...p, restitution: { ...p.restitution, owedMinor: -1 } }), /owedMinor/],
    ['money above the cap', (p) => ({ ...p, restitution: { ...p.restitution, owedMinor: 1e15 } }), /owedMinor/],
    ['a lower-case currency', (p) => ({ ...p, restitution: { ...p.restitution, currency: 'eur' } }), /currency/],
    ['an impossible date', (p) => ({ ...p, followUp: '2026-02-30' }), /followUp/],
    ['a date with a time', (p) => ({ ...p, plan: { ...p.plan, date: '2026-05-01T10:00:00Z' } }), /plan\.date/],
    ['a timestamp as text', (p) => ({ ...p, createdAt: '1700000000000' }), /createdAt/],
    ['an infinite timestamp', (p) => ({ ...p, updatedAt: Infinity }), /updatedAt/],
    ['empty history', (p) => ({ ...p, statusHistory: [] }), /statusHistory/],
    ['history that disagrees with the status', (p) => ({ ...p, status: 'made' }), /statusHistory/],
    ['an array instead of a person', () => [], /person|expected/i],
    ['null', () => null, /person|expected/i],
  ])('rejects %s', (_label, make, where) => {
    const problems = problemsOf(make(valid()));
    expect(problems).not.toBe('');
    expect(problems).toMatch(where);
  });

  it('reports at most ten problems, each as "path: message"', () => {
    const check = checkPerson({ junk: true });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.length).toBeLessThanOrEqual(10);
      for (const line of check.problems) expect(line).toMatch(/^[^:]+: /);
    }
  });
});
