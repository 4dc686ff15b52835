import { STEP_IDS } from '@/lib/amends/types';
import { noteStep, STEP_DESCRIPTIONS, STEP_LABELS, stepsDone, tickStep } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { formatTimestampDate, isoTimestamp } from '../common/format';
import { Section } from './Section';
import type { SectionProps } from './types';

/** The seven steps of an amends for this person, each ticked with a date and an optional note. */
export function StepChecklist({ person, save }: SectionProps) {
  const done = stepsDone(person);
  return (
    <Section
      title="Seven steps"
      intro={`${done} of ${STEP_IDS.length} ticked. They are a guide, not a test: go at your own pace.`}
      testId="section-steps"
    >
      <ol className="steps">
        {STEP_IDS.map((step) => {
          const tick = person.steps[step];
          return (
            <li key={step} className="step" data-testid={`step-${step}`}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={tick.done}
                  aria-describedby={`step-desc-${step}`}
                  onChange={(e) => {
                    const ticked = e.target.checked;
                    void save((p) => tickStep(p, step, ticked, Date.now()), { optimistic: true }).catch(() => undefined);
                  }}
                />
                <span>
                  <strong>{STEP_LABELS[step]}</strong>
                  <span id={`step-desc-${step}`} className="hint">
                    {STEP_DESCRIPTIONS[step]}
                  </span>
                </span>
              </label>
              {tick.done && tick.at !== null ? (
                <p className="step__date muted small">
                  Done on <time dateTime={isoTimestamp(tick.at)}>{formatTimestampDate(tick.at)}</time>
                </p>
              ) : null}
              <TextField
                label={`Note on “${STEP_LABELS[step]}” (optional)`}
                stashKey={`${person.id}/step/${step}/note`}
                value={tick.note}
                className="field step__note"
                onSave={(note) => save((p) => noteStep(p, step, note, Date.now()))}
              />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
