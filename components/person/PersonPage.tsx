import { useState, type Ref } from 'react';
import type { Person } from '@/lib/amends/types';
import { useRepository } from '../data/RepositoryContext';
import { errorMessage } from '../data/SaveStatus';
import { usePerson } from '../data/usePeople';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatTimestamp, isoTimestamp } from '../common/format';
import { AmendsTypePicker } from './AmendsTypePicker';
import { DetailsSection } from './DetailsSection';
import { FollowUp } from './FollowUp';
import { HarmsEditor } from './HarmsEditor';
import { OutcomeEditor } from './OutcomeEditor';
import { PlanEditor } from './PlanEditor';
import { Reflections } from './Reflections';
import { RestitutionLedger } from './RestitutionLedger';
import { SafetyCheck } from './SafetyCheck';
import { StatusPath } from './StatusPath';
import { StepChecklist } from './StepChecklist';
import { DraftSection } from '../draft/DraftSection';
import './person.css';

/** One person's page: every part of their amends, each saving as it is edited. */
export function PersonPage({
  id,
  headingRef,
  onBack,
  onRemoved,
}: {
  id: string;
  headingRef: Ref<HTMLHeadingElement>;
  onBack(): void;
  onRemoved(person: Person): void;
}) {
  const repository = useRepository();
  const { person, loaded, error, update } = usePerson(id);
  const [confirming, setConfirming] = useState(false);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  // After "I sent it" in the Draft section, the reflection box invites a few words.
  const [reflectionInvite, setReflectionInvite] = useState<string | null>(null);

  const back = (
    <p>
      <button type="button" className="button button--quiet button--small" onClick={onBack}>
        <span aria-hidden="true">←</span> Back to the list
      </button>
    </p>
  );

  if (!loaded) {
    return (
      <>
        {back}
        <h1 ref={headingRef} tabIndex={-1} className="view-heading">
          Opening…
        </h1>
      </>
    );
  }
  if (!person) {
    return (
      <>
        {back}
        <h1 ref={headingRef} tabIndex={-1} className="view-heading">
          Not on the list
        </h1>
        <p>
          {error
            ? `This page couldn’t be read just now (${error}).`
            : 'This person isn’t on your list any more. They may have been removed in another window.'}
        </p>
      </>
    );
  }

  async function remove() {
    setConfirming(false);
    try {
      const removed = await repository.remove(id);
      if (removed) onRemoved(removed);
    } catch (failure) {
      setRemoveProblem(`${person?.name ?? 'This person'} could not be removed: ${errorMessage(failure)}`);
    }
  }

  const props = { person, save: update };
  return (
    <article className="person-page" aria-labelledby="person-heading" data-testid="person-page">
      {back}
      <h1 id="person-heading" ref={headingRef} tabIndex={-1} className="view-heading">
        {person.name}
      </h1>
      {person.relationship ? <p className="muted person-page__relationship">{person.relationship}</p> : null}
      <DraftSection
        {...props}
        onSent={() => setReflectionInvite('You did it. When you are ready, a few words about how it felt, or what you hope for now, can help you later.')}
      />
      <DetailsSection {...props} />
      <HarmsEditor {...props} />
      <StatusPath {...props} />
      <SafetyCheck {...props} />
      <AmendsTypePicker {...props} />
      <PlanEditor {...props} />
      <StepChecklist {...props} />
      <RestitutionLedger {...props} />
      <FollowUp {...props} />
      <OutcomeEditor {...props} />
      <Reflections {...props} invitation={reflectionInvite} />
      <footer className="person-page__footer">
        <p className="muted small">
          Added <time dateTime={isoTimestamp(person.createdAt)}>{formatTimestamp(person.createdAt)}</time> · last
          changed <time dateTime={isoTimestamp(person.updatedAt)}>{formatTimestamp(person.updatedAt)}</time>
        </p>
        {removeProblem ? (
          <p role="alert" className="error-text">
            {removeProblem}
          </p>
        ) : null}
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Remove {person.name} from the list…
        </button>
      </footer>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${person.name} from your list?`}
        confirmLabel="Remove"
        cancelLabel={`Keep ${person.name}`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>
          Everything written about {person.name} goes with them. You can undo this for a few
          seconds afterwards.
        </p>
      </ConfirmDialog>
    </article>
  );
}
