import { useId, useState, type FormEvent } from 'react';
import {
  addCheckIn,
  CHECK_IN_LABELS,
  checkInSummary,
  editOutcome,
  isIsoDate,
  removeCheckIn,
  todayIso,
} from '@/lib/amends';
import { TextField } from '../common/TextField';
import { formatIsoDate } from '../common/format';
import { errorMessage } from '../data/SaveStatus';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * How it went, once amends are made; for living amends, the commitment and dated check-ins.
 * Before that, a short note says what will go here (nothing is hidden that was written).
 */
export function OutcomeEditor({ person, save }: SectionProps) {
  const o = person.outcome;
  const living = person.status === 'living' || person.amendsType === 'living';
  const hasWriting = Boolean(o.howItWent || o.response || o.learned || o.followUpNeeded);
  const showOutcome = person.status === 'made' || person.status === 'living' || hasWriting;
  const showLiving = living || Boolean(o.commitment) || o.checkIns.length > 0;

  return (
    <Section title="How it went" testId="section-outcome">
      {!showOutcome && !showLiving ? (
        <p className="muted">
          Once you have made these amends, you can note here how it went, how they responded and
          what you learned.
        </p>
      ) : null}
      {showOutcome ? (
        <>
          <TextField
            label="How it went"
            stashKey={`${person.id}/outcome/howItWent`}
            value={o.howItWent}
            multiline
            onSave={(howItWent) => save((p) => editOutcome(p, { howItWent }, Date.now()))}
          />
          <TextField
            label="Their response"
            stashKey={`${person.id}/outcome/response`}
            hint="Whatever it was, including silence. Their response is theirs."
            value={o.response}
            multiline
            onSave={(response) => save((p) => editOutcome(p, { response }, Date.now()))}
          />
          <TextField
            label="What I learned"
            stashKey={`${person.id}/outcome/learned`}
            value={o.learned}
            multiline
            onSave={(learned) => save((p) => editOutcome(p, { learned }, Date.now()))}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={o.followUpNeeded}
              onChange={(e) => {
                const followUpNeeded = e.target.checked;
                void save((p) => editOutcome(p, { followUpNeeded }, Date.now()), { optimistic: true }).catch(() => undefined);
              }}
            />
            <span>A follow-up is needed</span>
          </label>
        </>
      ) : null}
      {showLiving ? <LivingAmends {...{ person, save }} /> : null}
    </Section>
  );
}

function LivingAmends({ person, save }: SectionProps) {
  const summary = checkInSummary(person.outcome);
  return (
    <div className="living" data-testid="living-amends">
      <h3>Living amends</h3>
      <TextField
        label="My commitment"
        stashKey={`${person.id}/outcome/commitment`}
        hint="What you will keep doing differently, and how you will know you are keeping it."
        value={person.outcome.commitment}
        multiline
        onSave={(commitment) => save((p) => editOutcome(p, { commitment }, Date.now()))}
      />
      <h4 className="small">Check-ins</h4>
      {summary.total > 0 ? (
        <p className="muted small">
          {summary.kept} kept, {summary.notYet} not yet. Both are honest answers.
        </p>
      ) : null}
      {person.outcome.checkIns.length > 0 ? (
        <ul className="check-ins" aria-label="Check-ins, newest first">
          {person.outcome.checkIns.map((c) => (
            <li key={c.id} className="check-in">
              <span>
                <strong>{formatIsoDate(c.date)}</strong>: {c.kept ? CHECK_IN_LABELS.kept : CHECK_IN_LABELS.notYet}
                {c.note ? <span className="muted"> · {c.note}</span> : null}
              </span>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void save((p) => removeCheckIn(p, c.id, Date.now()), { optimistic: true }).catch(() => undefined)}
              >
                Remove<span className="visually-hidden"> check-in of {formatIsoDate(c.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AddCheckInForm {...{ person, save }} />
    </div>
  );
}

function AddCheckInForm({ save }: SectionProps) {
  const id = useId();
  const [date, setDate] = useState(() => todayIso(Date.now()));
  const [kept, setKept] = useState(true);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setProblem('Please pick the date of this check-in.');
      return;
    }
    try {
      await save((p) => addCheckIn(p, { date, kept, note }, Date.now()));
      setNote('');
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <form className="add-check-in" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className="small">
        Add a check-in
      </h4>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Check-in date</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <fieldset className="choices">
          <legend>Did I keep it?</legend>
          <label className="check">
            <input type="radio" name={`${id}-kept`} checked={kept} onChange={() => setKept(true)} />
            <span>{CHECK_IN_LABELS.kept}</span>
          </label>
          <label className="check">
            <input type="radio" name={`${id}-kept`} checked={!kept} onChange={() => setKept(false)} />
            <span>{CHECK_IN_LABELS.notYet}</span>
          </label>
        </fieldset>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Check-in note (optional)</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button">
        Add check-in
      </button>
    </form>
  );
}
