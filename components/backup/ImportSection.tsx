import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Person } from '@/lib/amends/types';
import {
  applyImport,
  openEncryptedBackup,
  describeImportDone,
  describeImportPlan,
  previewImport,
  readBackupFile,
  type ImportFailure,
} from '@/lib/backup/import';
import type { ImportPlan } from '@/lib/store/repository-api';
import type { EncryptedBackup } from '@/lib/backup/format';
import { useRepository } from '../data/RepositoryContext';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'passphrase'; fileName: string; locked: EncryptedBackup; problem: string | null; busy: boolean }
  | { step: 'error'; fileName: string; message: string; detail?: string }
  | { step: 'preview'; fileName: string; people: Person[]; plan: ImportPlan; exportedAt: string }
  | { step: 'importing'; fileName: string }
  | { step: 'done'; message: string };

/**
 * "Bring back a backup": pick a file → it is checked in full → a preview says what would
 * change → only Confirm writes, in one transaction. Any problem is told calmly, with the
 * reassurance that the list is as it was.
 */
export function ImportSection() {
  const repository = useRepository();
  const headingId = useId();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (state.step === 'preview') previewHeading.current?.focus();
  }, [state.step]);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clearing the input lets the same file be picked again after a fix.
    event.target.value = '';
    if (!file) return;
    const attempt = ++latest.current;
    setState({ step: 'reading', fileName: file.name });
    const parsed = await readBackupFile(file);
    if (attempt !== latest.current) return;
    if (!parsed.ok && parsed.code === 'encrypted' && parsed.locked) {
      setState({ step: 'passphrase', fileName: file.name, locked: parsed.locked, problem: null, busy: false });
      return;
    }
    await showPreview(attempt, file.name, parsed);
  }

  /** An encrypted file: open it with the passphrase; a wrong one keeps the prompt open. */
  async function openLocked(passphrase: string) {
    if (state.step !== 'passphrase') return;
    const { fileName, locked } = state;
    const attempt = ++latest.current;
    setState({ ...state, busy: true, problem: null });
    const opened = await openEncryptedBackup(locked, passphrase);
    if (attempt !== latest.current) return;
    if (!opened.ok && opened.code === 'wrong-passphrase') {
      setState({ step: 'passphrase', fileName, locked, problem: opened.message, busy: false });
      return;
    }
    await showPreview(attempt, fileName, opened);
  }

  async function showPreview(attempt: number, fileName: string, parsed: Awaited<ReturnType<typeof readBackupFile>>) {
    if (!parsed.ok) {
      setState(errorState(fileName, parsed));
      return;
    }
    try {
      const plan = await previewImport(repository, parsed.backup.people);
      if (attempt !== latest.current) return;
      setState({ step: 'preview', fileName, people: parsed.backup.people, plan, exportedAt: parsed.backup.exportedAt });
    } catch (error) {
      if (attempt !== latest.current) return;
      setState({
        step: 'error',
        fileName,
        message: 'This backup could not be checked against your list, so nothing was brought in. Your list has not been changed.',
        detail: error instanceof Error ? error.message : undefined,
      });
    }
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    const { people, fileName } = state;
    const attempt = ++latest.current;
    setState({ step: 'importing', fileName });
    const result = await applyImport(repository, people);
    if (attempt !== latest.current) return;
    setState(result.ok ? { step: 'done', message: describeImportDone(result.plan) } : errorState(fileName, result));
  }

  function cancel() {
    latest.current += 1;
    setState({ step: 'idle' });
    inputRef.current?.focus();
  }

  const busy = state.step === 'reading' || state.step === 'importing';

  return (
    <section className="backup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Bring back a backup</h2>
      <p id={`${inputId}-hint`}>
        Importing adds the people in the backup and replaces anyone already on your list with the backup’s version of
        them. No one else is removed. You will see what would change before anything happens.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Choose a backup file</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={onPick}
          disabled={busy}
          data-testid="backup-file-input"
        />
      </div>

      <div role="status" className="backup-message" data-testid="backup-import-status">
        {state.step === 'reading' ? <p>Checking {state.fileName}…</p> : null}
        {state.step === 'importing' ? <p>Bringing in the backup…</p> : null}
        {state.step === 'done' ? (
          <p className="notice notice--calm" data-testid="backup-import-done">
            {state.message}
          </p>
        ) : null}
      </div>

      {state.step === 'error' ? (
        <div role="alert" className="notice notice--caution" data-testid="backup-import-error">
          <p className="backup-alert__title">
            <strong>{state.fileName} could not be imported.</strong>
          </p>
          <p>{state.message}</p>
          {state.detail ? (
            <details className="backup-details">
              <summary>Details, for someone helping you</summary>
              <p className="backup-details__text">{state.detail}</p>
            </details>
          ) : null}
        </div>
      ) : null}

      {state.step === 'passphrase' ? (
        <PassphrasePrompt
          fileName={state.fileName}
          problem={state.problem}
          busy={state.busy}
          onSubmit={(passphrase) => void openLocked(passphrase)}
          onCancel={cancel}
        />
      ) : null}

      {state.step === 'preview' ? (
        <div role="region" className="notice backup-preview" data-testid="backup-import-preview" aria-labelledby={`${inputId}-preview`}>
          <h3 id={`${inputId}-preview`} ref={previewHeading} tabIndex={-1}>
            Ready to import {state.fileName}
          </h3>
          <p data-testid="backup-import-plan">{describeImportPlan(state.people.length, state.plan)}</p>
          <p className="muted small">Made on {formatExportedAt(state.exportedAt)}.</p>
          <div className="backup-actions">
            <button type="button" className="button button--primary" onClick={confirm} disabled={state.people.length === 0}>
              Import
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** The passphrase for an encrypted backup file. Nothing is written until the preview's Import. */
function PassphrasePrompt({
  fileName,
  problem,
  busy,
  onSubmit,
  onCancel,
}: {
  fileName: string;
  problem: string | null;
  busy: boolean;
  onSubmit(passphrase: string): void;
  onCancel(): void;
}) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="notice backup-preview"
      data-testid="backup-import-passphrase"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase !== '') onSubmit(passphrase);
      }}
    >
      <h3 id={`${id}-heading`}>{fileName} is encrypted</h3>
      <div className="field">
        <label htmlFor={id}>Passphrase for this backup</label>
        <input ref={input} id={id} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={busy} />
      </div>
      {problem ? (
        <p role="alert" className="notice notice--caution">
          {problem}
        </p>
      ) : null}
      <div className="backup-actions">
        <button type="submit" className="button button--primary" disabled={busy || passphrase === ''}>
          {busy ? 'Opening…' : 'Open backup'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function errorState(fileName: string, failure: ImportFailure): ImportState {
  return failure.detail === undefined
    ? { step: 'error', fileName, message: failure.message }
    : { step: 'error', fileName, message: failure.message, detail: failure.detail };
}

function formatExportedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}
