import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES_CHOICES, readIdleMinutes, setIdleMinutes } from '@/lib/lock/settings';
import { WrongPassphraseError } from '@/lib/store/errors';
import { isLockable, type LockableRepository } from '@/lib/store/lock-api';
import { useRepository } from '../data/RepositoryContext';
import { exportBackupNow } from '../backup/exportBackupNow';
import { sessionVault } from './idle-source';
import { useLockStatus } from './useLockStatus';
import './lock.css';

const FORGOTTEN =
  'A forgotten passphrase cannot be recovered: not by you, not by us, not by anyone. If it is lost, so is the list it protects. Write it down somewhere safe, away from this computer.';

/**
 * "Lock with a passphrase" in Your data: turn the lock on (after saying plainly that a
 * forgotten passphrase cannot be recovered, and offering an encrypted backup right then),
 * lock now, choose when it locks itself, change the passphrase, or turn it off.
 */
export function LockSettings({ now = () => new Date() }: { now?: () => Date }) {
  const repository = useRepository();
  const status = useLockStatus();
  const headingId = useId();
  if (!isLockable(repository) || status === 'checking') return null;
  return (
    <section className="lock-section" aria-labelledby={headingId} data-testid="lock-settings">
      <h2 id={headingId}>Lock with a passphrase</h2>
      {status === 'off' ? <TurnOn repository={repository} now={now} /> : <LockIsOn repository={repository} />}
    </section>
  );
}

function usePassphraseForm() {
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set, problem, setProblem, busy, setBusy, reset: () => setValues({ current: '', next: '', repeat: '' }) };
}

function checkNew(next: string, repeat: string): string | null {
  if (next.trim().length < 8) return 'Please choose a passphrase of at least 8 characters. A few unrelated words work well.';
  if (next !== repeat) return 'The two passphrases are not the same. Please type them again.';
  return null;
}

function TurnOn({ repository, now }: { repository: LockableRepository; now: () => Date }) {
  const form = usePassphraseForm();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [backupNote, setBackupNote] = useState<string | null>(null);
  const warningId = useId();

  async function saveEncryptedBackup() {
    const problem = checkNew(form.values.next, form.values.repeat);
    if (problem) return form.setProblem(problem);
    form.setProblem(null);
    setBackupNote('Saving an encrypted backup…');
    try {
      const { fileName } = await exportBackupNow(repository, now(), { passphrase: form.values.next });
      setBackupNote(`Saved ${fileName}, locked with this passphrase.`);
    } catch {
      setBackupNote('The backup could not be saved just now. Your list is unchanged.');
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkNew(form.values.next, form.values.repeat) ?? (understood ? null : 'Please tick the box to say you have read how a lost passphrase works.');
    if (problem) return form.setProblem(problem);
    form.setProblem(null);
    form.setBusy(true);
    try {
      await repository.enableLock(form.values.next);
      form.reset();
    } catch (error) {
      form.setProblem(`The lock could not be turned on, so nothing was changed. (${error instanceof Error ? error.message : 'unknown problem'})`);
    } finally {
      form.setBusy(false);
    }
  }

  return (
    <>
      <p>
        With a passphrase, the names, harms, notes and plans on your list are stored encrypted in this browser. Someone
        who opens this computer sees a locked screen instead of your list. The coach in your e-mail keeps working.
      </p>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Set a passphrase…
        </button>
      ) : (
        <form className="lock-form" onSubmit={submit} aria-describedby={warningId}>
          <p id={warningId} className="notice notice--caution">
            <strong>Before you choose one:</strong> {FORGOTTEN}
          </p>
          <Field label="New passphrase" value={form.values.next} onChange={form.set('next')} autoComplete="new-password" />
          <Field label="The same passphrase again" value={form.values.repeat} onChange={form.set('repeat')} autoComplete="new-password" />
          <div>
            <p className="small">You can save a backup of your list now, locked with this same passphrase.</p>
            <button type="button" className="button" onClick={() => void saveEncryptedBackup()} disabled={form.busy}>
              Save an encrypted backup
            </button>
            {backupNote ? (
              <p role="status" className="small">
                {backupNote}
              </p>
            ) : null}
          </div>
          <label className="check">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> I understand that a
            forgotten passphrase cannot be recovered.
          </label>
          <Problem text={form.problem} />
          <div className="lock-actions">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? 'Locking your list…' : 'Turn on the lock'}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)} disabled={form.busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function LockIsOn({ repository }: { repository: LockableRepository }) {
  const [mode, setMode] = useState<'idle' | 'change' | 'off'>('idle');
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p>
        Your list is stored encrypted. It opens with your passphrase and locks again when you choose “Lock now”, after a
        quiet spell, or when the browser closes.
      </p>
      <div className="lock-actions">
        <button type="button" className="button" onClick={() => void repository.lock()}>
          Lock now
        </button>
        <button type="button" className="button" onClick={() => setMode('change')} aria-expanded={mode === 'change'}>
          Change passphrase…
        </button>
        <button type="button" className="button" onClick={() => setMode('off')} aria-expanded={mode === 'off'}>
          Turn off the lock…
        </button>
      </div>
      <IdleChoice />
      {done ? (
        <p role="status" className="notice notice--calm">
          {done}
        </p>
      ) : null}
      {mode === 'change' ? (
        <ChangePassphrase repository={repository} onDone={(text) => (setMode('idle'), setDone(text))} onCancel={() => setMode('idle')} />
      ) : null}
      {mode === 'off' ? (
        <TurnOff repository={repository} onCancel={() => setMode('idle')} />
      ) : null}
    </>
  );
}

function ChangePassphrase({ repository, onDone, onCancel }: { repository: LockableRepository; onDone(text: string): void; onCancel(): void }) {
  const form = usePassphraseForm();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkNew(form.values.next, form.values.repeat);
    if (problem) return form.setProblem(problem);
    form.setProblem(null);
    form.setBusy(true);
    try {
      await repository.changePassphrase(form.values.current, form.values.next);
      form.reset();
      onDone('Your passphrase is changed, and your list is encrypted again under it.');
    } catch (error) {
      form.setProblem(error instanceof WrongPassphraseError ? "That passphrase doesn't match. Nothing was changed." : `Nothing was changed. (${error instanceof Error ? error.message : 'unknown problem'})`);
    } finally {
      form.setBusy(false);
    }
  }
  return (
    <form className="lock-form" onSubmit={submit}>
      <h3>Change passphrase</h3>
      <p className="small">{FORGOTTEN}</p>
      <Field label="Current passphrase" value={form.values.current} onChange={form.set('current')} autoComplete="current-password" />
      <Field label="New passphrase" value={form.values.next} onChange={form.set('next')} autoComplete="new-password" />
      <Field label="The new passphrase again" value={form.values.repeat} onChange={form.set('repeat')} autoComplete="new-password" />
      <Problem text={form.problem} />
      <div className="lock-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? 'Changing…' : 'Change passphrase'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={form.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TurnOff({ repository, onCancel }: { repository: LockableRepository; onCancel(): void }) {
  const form = usePassphraseForm();
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.setBusy(true);
    form.setProblem(null);
    try {
      await repository.disableLock(form.values.current);
    } catch (error) {
      form.setProblem(error instanceof WrongPassphraseError ? "That passphrase doesn't match. Nothing was changed." : `Nothing was changed. (${error instanceof Error ? error.message : 'unknown problem'})`);
      form.setBusy(false);
    }
  }
  return (
    <form className="lock-form" onSubmit={submit}>
      <h3>Turn off the lock</h3>
      <p className="small">Your list will be stored without encryption again, readable by anyone who can open this browser’s data.</p>
      <Field label="Current passphrase" value={form.values.current} onChange={form.set('current')} autoComplete="current-password" />
      <Problem text={form.problem} />
      <div className="lock-actions">
        <button type="submit" className="button button--primary" disabled={form.busy || form.values.current === ''}>
          {form.busy ? 'Turning off…' : 'Turn off the lock'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={form.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function IdleChoice() {
  const id = useId();
  const [minutes, setMinutes] = useState<number>(DEFAULT_IDLE_MINUTES);
  useEffect(() => {
    void readIdleMinutes().then(setMinutes, () => undefined);
  }, []);
  async function choose(value: number) {
    setMinutes(value);
    await setIdleMinutes(value);
    await sessionVault().setIdleMs(value * 60_000);
  }
  return (
    <div className="field">
      <label htmlFor={id}>Lock by itself after</label>
      <select id={id} value={minutes} onChange={(e) => void choose(Number(e.target.value))}>
        {IDLE_MINUTES_CHOICES.map((m) => (
          <option key={m} value={m}>
            {m < 60 ? `${m} minute${m === 1 ? '' : 's'}` : `${m / 60} hour${m === 60 ? '' : 's'}`} without use
          </option>
        ))}
      </select>
    </div>
  );
}

function Field({ label, value, onChange, autoComplete }: { label: string; value: string; onChange(v: string): void; autoComplete: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function Problem({ text }: { text: string | null }): ReactNode {
  return text ? (
    <p role="alert" className="notice notice--caution">
      {text}
    </p>
  ) : null;
}
