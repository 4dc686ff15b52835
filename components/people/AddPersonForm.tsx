import { useId, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Person } from '@/lib/amends/types';
import { nameProblem } from '@/lib/amends';
import { useRepository } from '../data/RepositoryContext';
import { errorMessage } from '../data/SaveStatus';
import { RelationshipSuggestions } from './RelationshipSuggestions';

/**
 * Adds someone to the list: a name and, if they like, what happened. Enter adds. Used as
 * the popup's quick-add and at the top of the side panel's list.
 */
export function AddPersonForm({
  heading,
  withRelationship = false,
  autoFocus = false,
  nameInputRef,
  onAdded,
}: {
  heading: string;
  withRelationship?: boolean;
  autoFocus?: boolean;
  /** Lets the page put the cursor in the name field. */
  nameInputRef?: Ref<HTMLInputElement | null>;
  onAdded?(person: Person): void;
}) {
  const repository = useRepository();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(nameInputRef, () => nameRef.current as HTMLInputElement, []);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [what, setWhat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const issue = nameProblem(name);
    setProblem(issue);
    if (issue) {
      setConfirmation('');
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const person = await repository.add({ name, relationship, what });
      setName('');
      setRelationship('');
      setWhat('');
      setConfirmation(`Added ${person.name} to your list.`);
      nameRef.current?.focus();
      onAdded?.(person);
    } catch (error) {
      // What was typed stays in the fields, so nothing is lost.
      setProblem(`That didn't save: ${errorMessage(error)} Please try again.`);
    } finally {
      setBusy(false);
    }
  }

  const headingId = `${id}-heading`;
  return (
    <form className="add-person" aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="add-person-form">
      <h2 id={headingId}>{heading}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          autoFocus={autoFocus}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (problem) setProblem(null);
          }}
        />
      </div>
      {withRelationship ? (
        <div className="field">
          <label htmlFor={`${id}-relationship`}>Relationship (optional)</label>
          <input
            id={`${id}-relationship`}
            type="text"
            autoComplete="off"
            list={`${id}-relationships`}
            value={relationship}
            onChange={(e) => setRelationship(e.target.value)}
          />
          <RelationshipSuggestions id={`${id}-relationships`} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-what`}>What happened (optional)</label>
        <input
          id={`${id}-what`}
          type="text"
          autoComplete="off"
          value={what}
          onChange={(e) => setWhat(e.target.value)}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="add-person__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add to my list
        </button>
        <p role="status" className="add-person__confirmation" data-testid="add-confirmation">
          {confirmation}
        </p>
      </div>
    </form>
  );
}
