import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { WrongPassphraseError } from '@/lib/store/errors';
import type { LockableRepository } from '@/lib/store/lock-api';
import './lock.css';

/** Shown instead of the list while it is locked. A wrong passphrase changes nothing. */
export function UnlockScreen({ repository }: { repository: LockableRepository }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setProblem(null);
    try {
      await repository.unlock(passphrase);
      // The gate above swaps this screen for the list when the lock reports the change.
    } catch (error) {
      setProblem(
        error instanceof WrongPassphraseError
          ? error.message
          : 'Your list could not be opened just now. Nothing was changed; please try again.',
      );
      setBusy(false);
      input.current?.select();
    }
  }

  return (
    <main className="unlock" data-testid="unlock-screen">
      <h1>Your list is locked</h1>
      <p>Enter your passphrase to open it. It stays open in this browser until you lock it, step away for a while, or close the browser.</p>
      <form className="unlock__form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>Passphrase</label>
          <input
            ref={input}
            id={id}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            disabled={busy}
          />
        </div>
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="notice notice--caution">
            {problem}
          </p>
        ) : null}
        <div className="lock-actions">
          <button type="submit" className="button button--primary" disabled={busy || passphrase === ''}>
            {busy ? 'Opening…' : 'Unlock'}
          </button>
        </div>
      </form>
      <p className="muted small">
        A forgotten passphrase cannot be recovered. If you saved an encrypted backup, you need that backup’s own passphrase to bring it back.
      </p>
    </main>
  );
}
