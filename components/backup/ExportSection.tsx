import { useEffect, useId, useState } from 'react';
import { useLockStatus } from '../lock/useLockStatus';
import { useRepository } from '../data/RepositoryContext';
import { exportBackupNow, peopleCount } from './exportBackupNow';

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** "Back up your list": one button that saves the whole list as a JSON file. */
export function ExportSection({ now, kdfIterations }: { now: () => Date; kdfIterations?: number }) {
  const repository = useRepository();
  const headingId = useId();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState({ next: '', repeat: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const lockStatus = useLockStatus();
  // With the lock on, a backup in the clear would undo it: offer encryption first.
  useEffect(() => {
    if (lockStatus === 'unlocked') setEncrypt(true);
  }, [lockStatus]);

  async function exportNow() {
    if (encrypt) {
      const issue =
        passphrase.next.trim().length < 8
          ? 'Please choose a passphrase of at least 8 characters for this backup.'
          : passphrase.next !== passphrase.repeat
            ? 'The two passphrases are not the same. Please type them again.'
            : null;
      setProblem(issue);
      if (issue) return;
    }
    setState({ kind: 'working' });
    try {
      const { fileName, count } = await exportBackupNow(
        repository,
        now(),
        encrypt ? { passphrase: passphrase.next, ...(kdfIterations ? { iterations: kdfIterations } : {}) } : undefined,
      );
      setState({
        kind: 'done',
        text: `Your ${encrypt ? 'encrypted ' : ''}backup of ${peopleCount(count)} is saved as ${fileName}. Your browser usually puts it in your Downloads folder.`,
      });
    } catch {
      setState({ kind: 'error', text: 'The backup could not be made just now. Your list is safe and unchanged; please try again.' });
    }
  }

  return (
    <section className="backup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Back up your list</h2>
      <p>
        A backup is one file with your whole list. You can bring it back here, or into Amends Companion in another
        browser. Keep it somewhere private: anyone who opens the file can read it.
      </p>
      <label className="check">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> Encrypt this backup with a
        passphrase
      </label>
      {encrypt ? (
        <div className="backup-options">
          <p className="small">
            Only this passphrase opens the file. A forgotten passphrase cannot be recovered, by anyone.
          </p>
          <div className="field">
            <label htmlFor={`${headingId}-pass`}>Passphrase for this backup</label>
            <input
              id={`${headingId}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase.next}
              onChange={(e) => setPassphrase((p) => ({ ...p, next: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${headingId}-repeat`}>The same passphrase again</label>
            <input
              id={`${headingId}-repeat`}
              type="password"
              autoComplete="new-password"
              value={passphrase.repeat}
              onChange={(e) => setPassphrase((p) => ({ ...p, repeat: e.target.value }))}
            />
          </div>
        </div>
      ) : null}
      {problem && encrypt ? (
        <p role="alert" className="notice notice--caution">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button button--primary" onClick={exportNow} disabled={state.kind === 'working'}>
        Export backup
      </button>
      <div role="status" className="backup-message" data-testid="backup-export-status">
        {state.kind === 'done' ? <p className="notice notice--calm">{state.text}</p> : null}
      </div>
      {state.kind === 'error' ? (
        <p role="alert" className="notice notice--caution">
          {state.text}
        </p>
      ) : null}
    </section>
  );
}
