import { useId } from 'react';
import { AMENDS_TYPES } from '@/lib/amends/types';
import { allowedAmendsTypes, AMENDS_TYPE_DESCRIPTIONS, AMENDS_TYPE_LABELS, editDetails } from '@/lib/amends';
import { Section } from './Section';
import type { SectionProps } from './types';

/** Direct, indirect, living or not decided yet, each explained in one line. */
export function AmendsTypePicker({ person, save }: SectionProps) {
  const id = useId();
  const allowed = allowedAmendsTypes(person.safety);
  return (
    <Section title="Kind of amends" testId="section-type">
      <fieldset className="choices">
        <legend className="visually-hidden">Kind of amends</legend>
        {AMENDS_TYPES.map((type) => {
          const disabled = !allowed.includes(type);
          const inputId = `${id}-${type}`;
          return (
            <div key={type} className="choice">
              <input
                id={inputId}
                type="radio"
                name={`${id}-type`}
                value={type}
                checked={person.amendsType === type}
                disabled={disabled}
                aria-describedby={`${inputId}-desc`}
                onChange={() => void save((p) => editDetails(p, { amendsType: type }, Date.now()), { optimistic: true }).catch(() => undefined)}
              />
              <label htmlFor={inputId} className="choice__label">
                {AMENDS_TYPE_LABELS[type]}
                <span id={`${inputId}-desc`} className="hint">
                  {AMENDS_TYPE_DESCRIPTIONS[type]}
                  {disabled ? ' They have asked for no contact, so this is not the path here.' : ''}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      {person.amendsType === 'direct' && !allowed.includes('direct') ? (
        <p className="notice notice--stop" data-testid="direct-conflict">
          Direct amends are still chosen, but they have asked for no contact. Choosing indirect or
          living amends respects their wish and can still make things right.
        </p>
      ) : null}
    </Section>
  );
}
