import { randomId } from './ids';
import { LIMITS } from './limits';
import {
  STEP_IDS,
  type AmendsType,
  type IsoDate,
  type NewPerson,
  type Outcome,
  type Person,
  type Plan,
  type Restitution,
  type SafetyCheck,
  type StepId,
  type StepTick,
  type Timestamp,
} from './types';

/** Why a name cannot be used, in words for the person, or null when it is fine. */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Please write a name, or initials are fine too.';
  if (trimmed.length > LIMITS.shortText) {
    return `That name is a little long: please keep it under ${LIMITS.shortText} characters.`;
  }
  return null;
}

export function emptyPlan(): Plan {
  return { channel: null, approach: '', date: null, review: 'not-yet' };
}

export function emptySafety(): SafetyCheck {
  return { harmsThem: false, harmsOthers: false, harmsMe: false, noContact: false, notes: '' };
}

/** Default restitution: nothing owed yet. 'EUR' is only a placeholder until money is entered. */
export function emptyRestitution(currency = 'EUR'): Restitution {
  return { kind: 'none', currency, owedMinor: 0, payments: [], description: '' };
}

export function emptyOutcome(): Outcome {
  return {
    howItWent: '',
    response: '',
    learned: '',
    followUpNeeded: false,
    commitment: '',
    checkIns: [],
  };
}

export function emptySteps(): Record<StepId, StepTick> {
  const steps = {} as Record<StepId, StepTick>;
  for (const id of STEP_IDS) steps[id] = { done: false, at: null, note: '' };
  return steps;
}

/**
 * A new person on the list. Defaults: amends type 'undecided', status 'not-willing' (with
 * its first history entry), an empty plan not yet talked over, no safety risks ticked.
 *
 * The seven-step checklist starts with 'list' already ticked: writing someone down on the
 * Step 8 list *is* that step, and showing it done gives honest credit for a brave start.
 * Every other step starts open.
 */
export function createPerson(
  input: NewPerson,
  now: Timestamp,
  newId: () => string = randomId,
): Person {
  const problem = nameProblem(input.name);
  if (problem) throw new RangeError(problem);
  const what = input.what?.trim() ?? '';
  const steps = emptySteps();
  steps.list = { done: true, at: now, note: '' };
  return {
    id: newId(),
    name: input.name.trim(),
    relationship: (input.relationship ?? '').trim().slice(0, LIMITS.shortText),
    harms: what ? [{ id: newId(), what: what.slice(0, LIMITS.longText), when: '' }] : [],
    amendsType: 'undecided',
    status: 'not-willing',
    statusHistory: [{ status: 'not-willing', at: now }],
    plan: emptyPlan(),
    steps,
    safety: emptySafety(),
    restitution: emptyRestitution(),
    followUp: null,
    outcome: emptyOutcome(),
    reflections: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The plain fields a form edits directly. */
export interface PersonDetails {
  name: string;
  relationship: string;
  amendsType: AmendsType;
  followUp: IsoDate | null;
}

/** Edits name, relationship, amends type or follow-up date. Throws on an unusable name. */
export function editDetails(person: Person, patch: Partial<PersonDetails>, now: Timestamp): Person {
  const next: Person = { ...person, ...patch, updatedAt: now };
  if (patch.name !== undefined) {
    const problem = nameProblem(patch.name);
    if (problem) throw new RangeError(problem);
    next.name = patch.name.trim();
  }
  if (patch.relationship !== undefined) next.relationship = patch.relationship.trim();
  return next;
}

/** Edits the plan: channel, approach notes, planned date, sponsor/therapist review. */
export function editPlan(person: Person, patch: Partial<Plan>, now: Timestamp): Person {
  return { ...person, plan: { ...person.plan, ...patch }, updatedAt: now };
}

/** Relationship suggestions for the free-text field. */
export const RELATIONSHIP_SUGGESTIONS = [
  'parent',
  'partner',
  'former partner',
  'child',
  'sibling',
  'friend',
  'employer',
  'colleague',
  'neighbour',
  'creditor',
  'myself',
] as const;
