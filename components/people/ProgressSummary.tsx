import { useId, useMemo } from 'react';
import type { Person } from '@/lib/amends/types';
import { AMENDS_STATUSES } from '@/lib/amends/types';
import { progress, STATUS_LABELS } from '@/lib/amends';

function peopleCount(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

/**
 * How many people are listed and how many amends are made or being lived, as a bar split
 * by status with the same counts written out beside it.
 */
export function ProgressSummary({ people, headingLevel = 2 }: { people: readonly Person[]; headingLevel?: 2 | 3 }) {
  const headingId = useId();
  const summary = useMemo(() => progress(people), [people]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = AMENDS_STATUSES.filter((s) => summary.byStatus[s] > 0);
  const resolvedText = `${summary.resolved} of ${summary.total} amends made or being lived`;

  return (
    <section className="progress-summary" aria-labelledby={headingId} data-testid="progress-summary">
      <Heading id={headingId}>Where things stand</Heading>
      <p className="progress-summary__counts" data-testid="progress-counts">
        <strong>{peopleCount(summary.total)}</strong> on your list ·{' '}
        <strong>{summary.resolved}</strong> amends made or being lived
      </p>
      {summary.total > 0 ? (
        <>
          <div
            className="progress-bar"
            role="progressbar"
            aria-label="Amends made or being lived"
            aria-valuemin={0}
            aria-valuemax={summary.total}
            aria-valuenow={summary.resolved}
            aria-valuetext={resolvedText}
          >
            {shown.map((status) => (
              <span
                key={status}
                className={`progress-bar__segment status-${status}`}
                style={{ width: `${(summary.byStatus[status] / summary.total) * 100}%` }}
              />
            ))}
          </div>
          <ul className="progress-legend" aria-label="People by status">
            {shown.map((status) => (
              <li key={status} data-testid={`progress-${status}`}>
                <span className={`swatch status-${status}`} aria-hidden="true" />
                {STATUS_LABELS[status]}: {summary.byStatus[status]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
