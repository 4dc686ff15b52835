import { addDays, editDetails, isFollowUpDue, isIsoDate, todayIso } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { formatIsoDate } from '../common/format';
import { Section } from './Section';
import type { SectionProps } from './types';

/** A gentle "check in again" day: being patient, without losing the thread. */
export function FollowUp({ person, save }: SectionProps) {
  const today = todayIso(Date.now());
  const due = isFollowUpDue(person, today);
  const setFollowUp = (followUp: string | null) =>
    void save((p) => editDetails(p, { followUp }, Date.now()), { optimistic: true }).catch(() => undefined);

  return (
    <Section
      title="Check in again"
      intro="Amends take time. Pick a day to look at this again; it will show in the popup when it comes."
      testId="section-follow-up"
    >
      {due && person.followUp ? (
        <p className="notice notice--calm" data-testid="follow-up-due">
          It’s time to check in again (since {formatIsoDate(person.followUp)}). No rush: when you are ready.
        </p>
      ) : null}
      <TextField
        label="Check in again on"
        type="date"
        value={person.followUp ?? ''}
        validate={(v) => (v === '' || isIsoDate(v) ? null : 'Please pick a date from the calendar, or leave it empty.')}
        onSave={(v) => save((p) => editDetails(p, { followUp: v || null }, Date.now()))}
      />
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setFollowUp(addDays(today, 7))}>
          In a week
        </button>
        <button type="button" className="button button--small" onClick={() => setFollowUp(addDays(today, 30))}>
          In a month
        </button>
        {person.followUp ? (
          <button type="button" className="button button--small button--quiet" onClick={() => setFollowUp(null)}>
            Clear the date
          </button>
        ) : null}
      </div>
    </Section>
  );
}
