import { useState } from 'react';
import type { AmendsStatus } from '@/lib/amends/types';
import {
  nextStatuses,
  setStatus,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  STATUS_PATH,
  statusBlock,
  suggestedNext,
} from '@/lib/amends';
import { errorMessage } from '../data/SaveStatus';
import { formatTimestamp, isoTimestamp } from '../common/format';
import { StatusPill } from '../people/StatusPill';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * Where the amends stand, on the path not yet willing → willing → planned → made (plus
 * living, deferred, not possible). Moving is an explicit button press, so arrow keys never
 * write history by accident; every move is time-stamped below.
 */
export function StatusPath({ person, save }: SectionProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const suggested = suggestedNext(person.status);
  const choices = nextStatuses(person.status);

  async function move(status: AmendsStatus) {
    setProblem(null);
    try {
      await save((p) => setStatus(p, status, Date.now()));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const pathIndex = (STATUS_PATH as readonly AmendsStatus[]).indexOf(person.status);
  return (
    <Section title="Where it stands" testId="section-status">
      <ol className="status-path" aria-label="The usual path">
        {STATUS_PATH.map((s, i) => (
          <li
            key={s}
            className={`status-path__step${s === person.status ? ' is-current' : ''}${pathIndex > i ? ' is-past' : ''}`}
            aria-current={s === person.status ? 'step' : undefined}
          >
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ol>
      <p data-testid="current-status">
        Now: <StatusPill status={person.status} />
      </p>
      <p className="muted small">{STATUS_DESCRIPTIONS[person.status]}</p>

      <h3>Move to</h3>
      <ul className="status-choices">
        {choices.map((s) => {
          const block = statusBlock(person, s);
          return (
            <li key={s}>
              <button
                type="button"
                className={`button button--small${s === suggested ? ' button--primary' : ''}`}
                disabled={block !== null}
                aria-describedby={block ? `status-block-${s}` : undefined}
                onClick={() => void move(s)}
              >
                {STATUS_LABELS[s]}
              </button>
              {block ? (
                <span id={`status-block-${s}`} className="hint">
                  {block}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}

      <h3>History</h3>
      <p className="muted small">Newest first.</p>
      <ol className="status-history" data-testid="status-history">
        {[...person.statusHistory].reverse().map((change, i) => (
          <li key={`${change.at}-${i}`}>
            <span>{STATUS_LABELS[change.status]}</span>{' '}
            <time className="muted small" dateTime={isoTimestamp(change.at)}>
              {formatTimestamp(change.at)}
            </time>
          </li>
        ))}
      </ol>
    </Section>
  );
}
