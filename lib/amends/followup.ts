import type { IsoDate, Person, Timestamp } from './types';

export { todayIso, addDays } from './dates';

/** A follow-up is due on its day and stays due until it is cleared or moved. */
export function isFollowUpDue(person: Pick<Person, 'followUp'>, today: IsoDate): boolean {
  return person.followUp !== null && person.followUp <= today;
}

/** People whose "check in again" day has come, the longest-waiting first. */
export function dueFollowUps(people: readonly Person[], today: IsoDate): Person[] {
  return people
    .filter((p) => isFollowUpDue(p, today))
    .sort((a, b) => compareDates(a.followUp, b.followUp) || a.createdAt - b.createdAt);
}

export type NextReason = 'follow-up' | 'planned' | 'willing';

export interface NextUp {
  person: Person;
  reason: NextReason;
}

/**
 * Who to turn to next: follow-ups that are due, then amends that are planned (soonest
 * planned date first, undated after), then people one is willing to approach (longest
 * willing first). Everyone appears at most once, under their most pressing reason.
 */
export function whoIsNext(people: readonly Person[], today: IsoDate, limit = Infinity): NextUp[] {
  const result: NextUp[] = dueFollowUps(people, today).map((person) => ({ person, reason: 'follow-up' }));
  const seen = new Set(result.map((n) => n.person.id));
  const planned = people
    .filter((p) => p.status === 'planned' && !seen.has(p.id))
    .sort((a, b) => compareDates(a.plan.date, b.plan.date) || sinceStatus(a) - sinceStatus(b));
  const willing = people
    .filter((p) => p.status === 'willing' && !seen.has(p.id))
    .sort((a, b) => sinceStatus(a) - sinceStatus(b));
  for (const person of planned) result.push({ person, reason: 'planned' });
  for (const person of willing) result.push({ person, reason: 'willing' });
  return result.slice(0, limit);
}

/** Earlier dates first; a missing date sorts after every real one. */
function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function sinceStatus(p: Person): Timestamp {
  return p.statusHistory.at(-1)?.at ?? p.createdAt;
}
