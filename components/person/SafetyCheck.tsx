import { SAFETY_ADVICE, SAFETY_QUESTIONS, SAFETY_RISKS, editSafety, safetyGuidance } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * "When not to make amends": Step 9's exception, asked as plain questions. The guidance
 * below them changes as boxes are ticked, and is announced politely. It advises; the person
 * and their sponsor or therapist decide.
 */
export function SafetyCheck({ person, save }: SectionProps) {
  const guidance = safetyGuidance(person.safety);
  return (
    <Section
      title="Is it safe to reach out?"
      intro="Step 9 asks us to make amends except when doing so would hurt them or others. Tick anything that might be true; it is there to help you choose the right path."
      testId="section-safety"
    >
      <fieldset className="choices">
        <legend className="visually-hidden">Safety questions</legend>
        {SAFETY_RISKS.map((risk) => (
          <label key={risk} className="check">
            <input
              type="checkbox"
              checked={person.safety[risk]}
              onChange={(e) => {
                const ticked = e.target.checked;
                void save((p) => editSafety(p, { [risk]: ticked }, Date.now()), { optimistic: true }).catch(() => undefined);
              }}
            />
            <span>{SAFETY_QUESTIONS[risk]}</span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite" data-testid="safety-guidance" data-level={guidance.level}>
        {guidance.level === 'stop-direct' ? (
          <div className="notice notice--stop">
            <p>
              <strong>No contact means no direct amends.</strong> {SAFETY_ADVICE['stop-direct']}
            </p>
            <p>A sponsor or therapist can help you find an indirect or living way to make this right.</p>
          </div>
        ) : guidance.level === 'caution' ? (
          <div className="notice notice--caution">
            <p>{SAFETY_ADVICE.caution}</p>
          </div>
        ) : (
          <p className="muted small">{SAFETY_ADVICE.clear}</p>
        )}
      </div>
      <TextField
        label="Notes on safety (optional)"
        stashKey={`${person.id}/safety/notes`}
        value={person.safety.notes}
        multiline
        onSave={(notes) => save((p) => editSafety(p, { notes }, Date.now()))}
      />
    </Section>
  );
}
