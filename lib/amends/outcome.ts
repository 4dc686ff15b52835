import { randomId } from './ids';
import { LIMITS } from './limits';
import type { CheckIn, IsoDate, Outcome, Person, Timestamp } from './types';

/** Edits how it went, their response, what I learned, follow-up needed, or the commitment. */
export function editOutcome(person: Person, patch: Partial<Omit<Outcome, 'checkIns'>>, now: Timestamp): Person {
  return { ...person, outcome: { ...person.outcome, ...patch }, updatedAt: now };
}

export interface CheckInInput {
  date: IsoDate;
  kept: boolean;
  note?: string;
}

/** Newest date first, like reflections; same-day check-ins keep the order they were added. */
function sortCheckIns(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** A living-amends check-in: did I keep my commitment (kept / not yet), with a note. */
export function addCheckIn(person: Person, input: CheckInInput, now: Timestamp, newId: () => string = randomId): Person {
  if (person.outcome.checkIns.length >= LIMITS.checkIns) {
    throw new RangeError(`This list holds up to ${LIMITS.checkIns} check-ins per person.`);
  }
  const entry: CheckIn = { id: newId(), date: input.date, kept: input.kept, note: input.note ?? '' };
  const checkIns = sortCheckIns([entry, ...person.outcome.checkIns]);
  return { ...person, outcome: { ...person.outcome, checkIns }, updatedAt: now };
}

export function editCheckIn(person: Person, checkInId: string, patch: Partial<CheckInInput>, now: Timestamp): Person {
  let found = false;
  const edited = person.outcome.checkIns.map((c) => {
    if (c.id !== checkInId) return c;
    found = true;
    return { ...c, ...patch, note: patch.note ?? c.note };
  });
  if (!found) return person;
  return { ...person, outcome: { ...person.outcome, checkIns: sortCheckIns(edited) }, updatedAt: now };
}

export function removeCheckIn(person: Person, checkInId: string, now: Timestamp): Person {
  const checkIns = person.outcome.checkIns.filter((c) => c.id !== checkInId);
  if (checkIns.length === person.outcome.checkIns.length) return person;
  return { ...person, outcome: { ...person.outcome, checkIns }, updatedAt: now };
}

export interface CheckInSummary {
  total: number;
  kept: number;
  notYet: number;
  /** The most recent check-in, if any. */
  latest: CheckIn | null;
}

export function checkInSummary(outcome: Outcome): CheckInSummary {
  const kept = outcome.checkIns.filter((c) => c.kept).length;
  return {
    total: outcome.checkIns.length,
    kept,
    notYet: outcome.checkIns.length - kept,
    latest: outcome.checkIns[0] ?? null,
  };
}
