import { createPerson } from '../../../lib/amends';
import type { NewPerson, Person } from '../../../lib/amends/types';

/** Sequential ids ('id-1', 'id-2', …) so results are predictable. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const T0 = Date.UTC(2026, 4, 1, 9);

export function person(input: NewPerson | string, overrides: Partial<Person> = {}, at = T0): Person {
  const base = createPerson(typeof input === 'string' ? { name: input } : input, at, sequentialIds(typeof input === 'string' ? input : input.name));
  return { ...base, ...overrides };
}
