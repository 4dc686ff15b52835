import { useMemo } from 'react';
import type { Person } from '@/lib/amends/types';
import { whoIsNext, type NextReason } from '@/lib/amends';
import { formatIsoDate } from '../common/format';

const REASON_TEXT: Record<NextReason, string> = {
  'follow-up': 'Time to check in again',
  planned: 'Planned',
  willing: 'Willing',
};

function reasonText(person: Person, reason: NextReason): string {
  if (reason === 'planned' && person.plan.date) return `Planned for ${formatIsoDate(person.plan.date)}`;
  return REASON_TEXT[reason];
}

/**
 * Who to turn to next: gentle "check in again" reminders first, then planned and willing
 * amends. A suggestion, never a to-do list with deadlines.
 */
export function WhoIsNext({
  people,
  today,
  limit = 5,
  onOpen,
}: {
  people: readonly Person[];
  today: string;
  limit?: number;
  onOpen(person: Person): void;
}) {
  const next = useMemo(() => whoIsNext(people, today, limit), [people, today, limit]);
  return (
    <section className="who-is-next" aria-labelledby="who-is-next-heading" data-testid="who-is-next">
      <h2 id="who-is-next-heading">Who is next</h2>
      {next.length === 0 ? (
        <p className="muted small">
          No one is marked willing or planned yet, and no check-ins are due. When you feel ready
          towards someone, or make a plan, they will show up here.
        </p>
      ) : (
        <ul className="person-links">
          {next.map(({ person, reason }) => (
            <li key={person.id}>
              <button
                type="button"
                className="person-link"
                onClick={() => onOpen(person)}
                data-testid="next-person"
                data-reason={reason}
              >
                <span className="person-link__name">{person.name}</span>
                <span className="person-link__meta">{reasonText(person, reason)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
