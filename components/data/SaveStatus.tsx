import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * A quiet "Saved" indicator shared by every editor on a page. Each write goes through
 * `track`, which counts writes in flight and remembers the last failure so it can be shown
 * in words (nothing is silently lost: the field keeps what was typed).
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface SaveStatusValue {
  state: SaveState;
  error: string | null;
  track<T>(write: Promise<T>): Promise<T>;
}

const SaveStatusContext = createContext<SaveStatusValue | null>(null);

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(0);

  const track = useCallback(<T,>(write: Promise<T>): Promise<T> => {
    inFlight.current += 1;
    setState('saving');
    return write.then(
      (value) => {
        inFlight.current -= 1;
        if (inFlight.current === 0) {
          setError(null);
          setState('saved');
        }
        return value;
      },
      (failure: unknown) => {
        inFlight.current -= 1;
        setError(errorMessage(failure));
        setState('error');
        throw failure;
      },
    );
  }, []);

  const value = useMemo(() => ({ state, error, track }), [state, error, track]);
  return <SaveStatusContext.Provider value={value}>{children}</SaveStatusContext.Provider>;
}

export function useSaveStatus(): SaveStatusValue {
  const value = useContext(SaveStatusContext);
  if (!value) throw new Error('useSaveStatus needs a <SaveStatusProvider> above it.');
  return value;
}

/** The visible and announced save status. */
export function SaveIndicator() {
  const { state, error } = useSaveStatus();
  return (
    <div className="save-indicator">
      <span aria-hidden="true" className="save-indicator__busy">
        {state === 'saving' ? 'Saving…' : ''}
      </span>
      <span role="status" data-testid="save-status">
        {state === 'saved' ? 'Saved' : ''}
      </span>
      {state === 'error' ? (
        <span role="alert" className="save-indicator__error">
          Not saved: {error} Your words are still here; try again in a moment.
        </span>
      ) : null}
    </div>
  );
}
