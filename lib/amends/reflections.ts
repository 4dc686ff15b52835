import { randomId } from './ids';
import { LIMITS } from './limits';
import type { Person, Reflection, Timestamp } from './types';

/** Adds a journal entry dated `now`, newest first. Empty text is ignored. */
export function addReflection(person: Person, text: string, now: Timestamp, newId: () => string = randomId): Person {
  const trimmed = text.trim();
  if (!trimmed) return person;
  if (person.reflections.length >= LIMITS.reflections) {
    throw new RangeError(`This list holds up to ${LIMITS.reflections} reflections per person.`);
  }
  const entry: Reflection = { id: newId(), at: now, text: trimmed };
  return { ...person, reflections: sortReflections([entry, ...person.reflections]), updatedAt: now };
}

/** Changes an entry's text; it keeps its original date. */
export function editReflection(person: Person, reflectionId: string, text: string, now: Timestamp): Person {
  let found = false;
  const reflections = person.reflections.map((r) => {
    if (r.id !== reflectionId) return r;
    found = true;
    return { ...r, text };
  });
  return found ? { ...person, reflections, updatedAt: now } : person;
}

export function removeReflection(person: Person, reflectionId: string, now: Timestamp): Person {
  const reflections = person.reflections.filter((r) => r.id !== reflectionId);
  return reflections.length === person.reflections.length ? person : { ...person, reflections, updatedAt: now };
}

/** Newest first; entries written in the same millisecond keep their order. */
export function sortReflections(reflections: readonly Reflection[]): Reflection[] {
  return [...reflections].sort((a, b) => b.at - a.at);
}
