import { useEffect, useId, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { buildReadableSheet, exportReadableFile, type ReadableOptions, type ReadableSheet } from '@/lib/backup/export-readable';
import { useRepository } from '../data/RepositoryContext';
import { saveFile } from './download';
import { ReadableSheetView } from './ReadableSheetView';

const PRINTING_CLASS = 'backup-printing';

/**
 * "A sheet for your sponsor or therapist": the list as readable text, as a Markdown file
 * or printed. The two options say exactly what they leave out (see lib/backup/export-readable).
 */
export function SheetSection({ now }: { now: () => Date }) {
  const repository = useRepository();
  const headingId = useId();
  const namesId = useId();
  const notesId = useId();
  const [omitNames, setOmitNames] = useState(false);
  const [omitNotes, setOmitNotes] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [printSheet, setPrintSheet] = useState<ReadableSheet | null>(null);

  const options = (): ReadableOptions => ({ omitNames, omitNotes, now: now() });

  async function download() {
    setMessage(null);
    try {
      const file = exportReadableFile(await repository.list(), options());
      saveFile(file);
      setMessage({ kind: 'done', text: `The sheet is saved as ${file.fileName}.` });
    } catch {
      setMessage({ kind: 'error', text: 'The sheet could not be made just now. Your list is unchanged; please try again.' });
    }
  }

  async function print() {
    setMessage(null);
    let sheet: ReadableSheet;
    try {
      sheet = buildReadableSheet(await repository.list(), options());
    } catch {
      setMessage({ kind: 'error', text: 'The sheet could not be made just now. Your list is unchanged; please try again.' });
      return;
    }
    // The print copy must be in the page before the print dialog takes its snapshot.
    flushSync(() => setPrintSheet(sheet));
    document.documentElement.classList.add(PRINTING_CLASS);
    if (typeof window.print === 'function') window.print();
  }

  // Chrome's print() blocks until the dialog closes, Firefox's does not: tidy up on afterprint.
  useEffect(() => {
    if (!printSheet) return;
    const done = () => {
      document.documentElement.classList.remove(PRINTING_CLASS);
      setPrintSheet(null);
    };
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      document.documentElement.classList.remove(PRINTING_CLASS);
    };
  }, [printSheet]);

  return (
    <section className="backup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>A sheet for your sponsor or therapist</h2>
      <p>Your list as a readable summary, to print or to go over together with someone you trust.</p>
      <fieldset className="backup-options">
        <legend>Before you share it</legend>
        <Option id={namesId} checked={omitNames} onChange={setOmitNames} label="Leave out names">
          Each person is shown as Person 1, Person 2 and so on, also where their name appears in what you wrote. Names
          of people who are not on your list can still appear, so read it through before sharing.
        </Option>
        <Option id={notesId} checked={omitNotes} onChange={setOmitNotes} label="Leave out notes">
          Leaves out your approach notes, step notes, safety notes, payment notes, how it went, their response, what
          you learned, your commitment, check-in notes and reflections. What happened is kept, as it is the list
          itself.
        </Option>
      </fieldset>
      <div className="backup-actions">
        <button type="button" className="button" onClick={download}>
          Download as Markdown
        </button>
        <button type="button" className="button" onClick={print}>
          Print
        </button>
      </div>
      <div role="status" className="backup-message" data-testid="backup-sheet-status">
        {message?.kind === 'done' ? <p className="notice notice--calm">{message.text}</p> : null}
      </div>
      {message?.kind === 'error' ? (
        <p role="alert" className="notice notice--caution">
          {message.text}
        </p>
      ) : null}
      {printSheet
        ? createPortal(
            <div className="backup-print-root" data-testid="backup-print-sheet">
              <ReadableSheetView sheet={printSheet} />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}

/** A checkbox with a short label and, described by it, what it does exactly. */
function Option({
  id,
  label,
  checked,
  onChange,
  children,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
}) {
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
      <span>
        <label htmlFor={id} className="backup-option__label">
          {label}
        </label>
        <span id={`${id}-hint`} className="hint">
          {children}
        </span>
      </span>
    </div>
  );
}
