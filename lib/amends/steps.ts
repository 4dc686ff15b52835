import { STEP_IDS, type Person, type StepId, type Timestamp } from './types';

/**
 * Ticks or unticks one of the seven steps. Ticking records when; unticking clears the time.
 * The note is kept unless a new one is given.
 */
export function tickStep(person: Person, step: StepId, done: boolean, now: Timestamp, note?: string): Person {
  if (!STEP_IDS.includes(step)) throw new RangeError(`Unknown step: ${String(step)}`);
  const current = person.steps[step];
  const at = done ? (current.done && current.at !== null ? current.at : now) : null;
  return {
    ...person,
    steps: { ...person.steps, [step]: { done, at, note: note ?? current.note } },
    updatedAt: now,
  };
}

/** Changes only the note on a step. */
export function noteStep(person: Person, step: StepId, note: string, now: Timestamp): Person {
  return tickStep(person, step, person.steps[step].done, now, note);
}

export function stepsDone(person: Person): number {
  return STEP_IDS.filter((id) => person.steps[id].done).length;
}

/** The first step not yet ticked, in the framework's order, or null when all are done. */
export function nextOpenStep(person: Person): StepId | null {
  return STEP_IDS.find((id) => !person.steps[id].done) ?? null;
}
