import { LIMITS } from './limits';
import { AMENDS_STATUSES, type AmendsStatus, type Person, type Timestamp } from './types';

/**
 * Transition rules, kept deliberately few: a life is not a state machine, and a wrong
 * click must always be correctable. So any status may follow any other, with one firm
 * exception: direct amends cannot be 'planned' while the person has asked for no contact
 * (see canPlanDirect). `nextStatuses` only orders the choices so the usual next step
 * comes first.
 */

/** The usual path, in order. */
export const STATUS_PATH = ['not-willing', 'willing', 'planned', 'made'] as const;

/** Statuses that can be chosen from anywhere on the path. */
export const SIDE_STATUSES = ['living', 'deferred', 'not-possible'] as const;

/** Progress counts these as resolved: amends made, or living amends under way. */
export const RESOLVED_STATUSES: readonly AmendsStatus[] = ['made', 'living'];

export function isResolved(status: AmendsStatus): boolean {
  return RESOLVED_STATUSES.includes(status);
}

/** The next step along the path, or null where the path ends or pauses. */
export function suggestedNext(status: AmendsStatus): AmendsStatus | null {
  switch (status) {
    case 'not-willing':
      return 'willing';
    case 'willing':
      return 'planned';
    case 'planned':
      return 'made';
    case 'deferred':
      // Coming back to a deferred amends starts again from willingness.
      return 'willing';
    default:
      return null;
  }
}

/**
 * Every status other than the current one, most likely first: the suggested next step, the
 * side statuses (living, deferred, not possible), then the rest of the path.
 */
export function nextStatuses(status: AmendsStatus): AmendsStatus[] {
  const ordered: AmendsStatus[] = [];
  const push = (s: AmendsStatus | null) => {
    if (s && s !== status && !ordered.includes(s)) ordered.push(s);
  };
  push(suggestedNext(status));
  SIDE_STATUSES.forEach(push);
  STATUS_PATH.forEach(push);
  return ordered;
}

/** Direct amends can be planned unless the person asked for no contact. */
export function canPlanDirect(person: Pick<Person, 'safety'>): boolean {
  return !person.safety.noContact;
}

/** Why `status` cannot be chosen now, in gentle words; null when it can. */
export function statusBlock(person: Pick<Person, 'safety' | 'amendsType'>, status: AmendsStatus): string | null {
  if (status === 'planned' && person.amendsType === 'direct' && !canPlanDirect(person)) {
    return 'They have asked for no contact, so direct amends are not the path here. Indirect or living amends can still make this right; a sponsor or therapist can help you plan them.';
  }
  return null;
}

export class StatusRuleError extends Error {
  override name = 'StatusRuleError';
}

/**
 * Moves the person to `status` and records when. Choosing the current status changes
 * nothing. Throws StatusRuleError when `statusBlock` forbids it. The history keeps the most
 * recent LIMITS.statusHistory entries.
 */
export function setStatus(person: Person, status: AmendsStatus, now: Timestamp): Person {
  if (!AMENDS_STATUSES.includes(status)) throw new RangeError(`Unknown status: ${String(status)}`);
  if (person.status === status) return person;
  const block = statusBlock(person, status);
  if (block) throw new StatusRuleError(block);
  const history = [...person.statusHistory, { status, at: now }].slice(-LIMITS.statusHistory);
  return { ...person, status, statusHistory: history, updatedAt: now };
}

/** When the person reached their current status (the last history entry). */
export function statusSince(person: Person): Timestamp {
  return person.statusHistory.at(-1)?.at ?? person.createdAt;
}

export interface Progress {
  total: number;
  resolved: number;
  byStatus: Record<AmendsStatus, number>;
}

export function progress(people: readonly Person[]): Progress {
  const byStatus = Object.fromEntries(AMENDS_STATUSES.map((s) => [s, 0])) as Record<AmendsStatus, number>;
  let resolved = 0;
  for (const p of people) {
    byStatus[p.status] += 1;
    if (isResolved(p.status)) resolved += 1;
  }
  return { total: people.length, resolved, byStatus };
}
