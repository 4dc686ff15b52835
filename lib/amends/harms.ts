import { randomId } from './ids';
import { LIMITS } from './limits';
import type { Harm, Person, Timestamp } from './types';

export interface HarmInput {
  what: string;
  when?: string;
}

/** Adds a harm at the end (harms keep the order they were written in). Empty text is ignored. */
export function addHarm(person: Person, input: HarmInput, now: Timestamp, newId: () => string = randomId): Person {
  const what = input.what.trim();
  if (!what) return person;
  if (person.harms.length >= LIMITS.harms) {
    throw new RangeError(`This list holds up to ${LIMITS.harms} harms per person.`);
  }
  const harm: Harm = { id: newId(), what, when: (input.when ?? '').trim() };
  return { ...person, harms: [...person.harms, harm], updatedAt: now };
}

export function editHarm(person: Person, harmId: string, patch: Partial<HarmInput>, now: Timestamp): Person {
  let found = false;
  const harms = person.harms.map((h) => {
    if (h.id !== harmId) return h;
    found = true;
    return { ...h, ...(patch.what !== undefined && { what: patch.what }), ...(patch.when !== undefined && { when: patch.when.trim() }) };
  });
  return found ? { ...person, harms, updatedAt: now } : person;
}

export function removeHarm(person: Person, harmId: string, now: Timestamp): Person {
  const harms = person.harms.filter((h) => h.id !== harmId);
  return harms.length === person.harms.length ? person : { ...person, harms, updatedAt: now };
}
