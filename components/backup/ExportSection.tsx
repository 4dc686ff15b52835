import { useId, useState } from 'react';
import { useRepository } from '../data/RepositoryContext';
import { exportBackupNow, peopleCount } from './exportBackupNow';

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** "Back up your list": one button that saves the whole list as a JSON file. */
export function ExportSection({ now }: { now: () => Date }) {
  const repository = useRepository();
  const headingId = useId();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function exportNow() {
    setState({ kind: 'working' });
    try {
      const { fileName, count } = await exportBackupNow(repository, now());
      setState({
        kind: 'done',
        text: `Your backup of ${peopleCount(count)} is saved as ${fileName}. Your browser usually puts it in your Downloads folder.`,
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
