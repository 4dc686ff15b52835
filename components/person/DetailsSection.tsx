import { useId } from 'react';
import { editDetails, nameProblem } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { RelationshipSuggestions } from '../people/RelationshipSuggestions';
import { Section } from './Section';
import type { SectionProps } from './types';

export function DetailsSection({ person, save }: SectionProps) {
  const listId = useId();
  return (
    <Section title="Who they are" testId="section-details">
      <div className="field-row">
        <TextField
          label="Name"
          stashKey={`${person.id}/name`}
          value={person.name}
          validate={nameProblem}
          onSave={(name) => save((p) => editDetails(p, { name }, Date.now()))}
          testId="person-name"
        />
        <TextField
          label="Relationship"
          stashKey={`${person.id}/relationship`}
          hint="Parent, partner, friend, colleague… or your own words."
          value={person.relationship}
          list={listId}
          onSave={(relationship) => save((p) => editDetails(p, { relationship }, Date.now()))}
          testId="person-relationship"
        />
      </div>
      <RelationshipSuggestions id={listId} />
    </Section>
  );
}
