import { useId } from 'react';
import { CHANNELS, SUPPORT_REVIEWS, type Channel } from '@/lib/amends/types';
import { CHANNEL_LABELS, editPlan, isIsoDate, REVIEW_LABELS } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { Section } from './Section';
import type { SectionProps } from './types';

function dateProblem(value: string): string | null {
  return value === '' || isIsoDate(value) ? null : 'Please pick a date from the calendar, or leave it empty.';
}

/** How and when: channel, approach notes, planned date, and whether it was talked over. */
export function PlanEditor({ person, save }: SectionProps) {
  const id = useId();
  const ignore = () => undefined;
  return (
    <Section title="The plan" testId="section-plan">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-channel`}>How</label>
          <select
            id={`${id}-channel`}
            value={person.plan.channel ?? ''}
            onChange={(e) => {
              const channel = (e.target.value || null) as Channel | null;
              void save((p) => editPlan(p, { channel }, Date.now()), { optimistic: true }).catch(ignore);
            }}
          >
            <option value="">Not chosen yet</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Planned date"
          type="date"
          value={person.plan.date ?? ''}
          validate={dateProblem}
          onSave={(date) => save((p) => editPlan(p, { date: date || null }, Date.now()))}
        />
      </div>
      <TextField
        label="Approach"
        stashKey={`${person.id}/plan/approach`}
        hint="What you want to say, where, and what you will offer to put right."
        value={person.plan.approach}
        multiline
        rows={4}
        onSave={(approach) => save((p) => editPlan(p, { approach }, Date.now()))}
      />
      <fieldset className="choices">
        <legend>Talked over with a sponsor or therapist?</legend>
        {SUPPORT_REVIEWS.map((review) => (
          <label key={review} className="check">
            <input
              type="radio"
              name={`${id}-review`}
              value={review}
              checked={person.plan.review === review}
              onChange={() => void save((p) => editPlan(p, { review }, Date.now()), { optimistic: true }).catch(ignore)}
            />
            <span>{REVIEW_LABELS[review]}</span>
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
