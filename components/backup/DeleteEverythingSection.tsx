import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useRepository } from '../data/RepositoryContext';
import { exportBackupNow, peopleCount } from './exportBackupNow';

/** The word the person types to confirm; any letter case is fine. */
export const CONFIRM_WORD = 'DELETE';

type DeleteState =
  | { step: 'closed' }
  | { step: 'confirming'; problem: string | null; exported: string | null }
  | { step: 'deleting' }
  | { step: 'done' }
  | { step: 'error' };

/**
 * "Delete everything", guarded twice: a first button only opens the explanation, and the
 * deletion itself needs the word DELETE typed. Exporting a backup first is one click away.
 */
export function DeleteEverythingSection({ now }: { now: () => Date }) {
  const repository = useRepository();
  const headingId = useId();
  const panelId = useId();
  const wordId = useId();
  const [state, setState] = useState<DeleteState>({ step: 'closed' });
  const [word, setWord] = useState('');
  const wordRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const confirming = state.step === 'confirming' || state.step === 'deleting';

  const returnFocus = useRef(false);

  useEffect(() => {
    if (state.step === 'confirming' && state.problem === null && state.exported === null) wordRef.current?.focus();
    // The form that held focus is gone: give focus back to the button that opened it.
    if ((state.step === 'closed' || state.step === 'done') && returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [state]);

  function open() {
    setWord('');
    setState({ step: 'confirming', problem: null, exported: null });
  }

  function close() {
    setWord('');
    returnFocus.current = true;
    setState({ step: 'closed' });
  }

  async function exportFirst() {
    if (state.step !== 'confirming') return;
    try {
      const { fileName, count } = await exportBackupNow(repository, now());
      setState({ ...state, exported: `Backup of ${peopleCount(count)} saved as ${fileName}.` });
    } catch {
      setState({ ...state, exported: 'The backup could not be made just now. Nothing has been deleted.' });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state.step !== 'confirming') return;
    if (word.trim().toUpperCase() !== CONFIRM_WORD) {
      setState({ ...state, problem: `To delete everything, please type ${CONFIRM_WORD} in the box. Nothing has been deleted.` });
      wordRef.current?.focus();
      return;
    }
    setState({ step: 'deleting' });
    try {
      await repository.deleteEverything();
      setWord('');
      returnFocus.current = true;
      setState({ step: 'done' });
    } catch {
      setState({ step: 'error' });
    }
  }

  return (
    <section className="backup-section backup-section--danger" aria-labelledby={headingId}>
      <h2 id={headingId}>Delete everything</h2>
      <p>
        This removes your whole list from this browser: every person, note, reflection and payment. It cannot be
        undone.
      </p>
      {!confirming ? (
        <button
          ref={openRef}
          type="button"
          className="button"
          onClick={open}
        >
          Delete everything…
        </button>
      ) : null}

      {confirming ? (
        <form id={panelId} className="backup-confirm" onSubmit={submit} aria-labelledby={`${panelId}-title`} noValidate>
          <h3 id={`${panelId}-title`}>Are you sure?</h3>
          <p>
            Once deleted, your list cannot be brought back unless you have a backup file. If there is any chance you
            will want it later, export a backup first.
          </p>
          <p>
            <button type="button" className="button" onClick={exportFirst} disabled={state.step === 'deleting'}>
              Export a backup first
            </button>
          </p>
          <div role="status" className="backup-message">
            {state.step === 'confirming' && state.exported ? <p>{state.exported}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={wordId}>To confirm, type {CONFIRM_WORD}</label>
            <input
              ref={wordRef}
              id={wordId}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={word}
              onChange={(e) => setWord(e.target.value)}
              aria-invalid={state.step === 'confirming' && state.problem !== null}
              aria-describedby={state.step === 'confirming' && state.problem ? `${wordId}-problem` : undefined}
              data-testid="delete-everything-word"
            />
            {state.step === 'confirming' && state.problem ? (
              <p id={`${wordId}-problem`} className="error-text" role="alert">
                {state.problem}
              </p>
            ) : null}
          </div>
          <div className="backup-actions">
            <button type="submit" className="button button--danger" disabled={state.step === 'deleting'}>
              Delete everything for good
            </button>
            <button type="button" className="button" onClick={close} disabled={state.step === 'deleting'}>
              Keep my list
            </button>
          </div>
        </form>
      ) : null}

      <div role="status" className="backup-message" data-testid="delete-everything-status">
        {state.step === 'done' ? (
          <p className="notice notice--calm">Everything has been deleted. Your list is now empty.</p>
        ) : null}
      </div>
      {state.step === 'error' ? (
        <p role="alert" className="notice notice--caution">
          Something went wrong, so nothing was deleted. Your list is as it was; you can try again.
        </p>
      ) : null}
    </section>
  );
}
