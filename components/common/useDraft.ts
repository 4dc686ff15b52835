import { useCallback, useEffect, useRef, useState } from 'react';

export const SAVE_DELAY_MS = 600;

export interface Draft {
  value: string;
  onChange(value: string): void;
  onFocus(): void;
  onBlur(): void;
  /** Saves now if there is anything unsaved (Enter in a one-line field). */
  flush(): void;
}

/**
 * A text field's own copy of what is being typed, saved a moment after typing stops, on
 * blur, and when the field goes away. While the field has focus or a save is on its way,
 * the stored value never overwrites what the person sees (so a trimmed save cannot eat a
 * space they just typed); once it is quiet, the field shows the stored value again, which
 * is how edits from another window appear.
 *
 * `save` returns false (or rejects) when the value was not saved; the text stays and is
 * retried on the next change or blur.
 */
export function useDraft(
  stored: string,
  save: (value: string) => Promise<unknown> | boolean,
  delayMs = SAVE_DELAY_MS,
): Draft {
  const [value, setValue] = useState(stored);
  const [focused, setFocused] = useState(false);
  const [inFlight, setInFlight] = useState(0);
  const dirty = useRef(false);
  const latest = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    let result: Promise<unknown> | boolean;
    try {
      result = saveRef.current(latest.current);
    } catch {
      dirty.current = true;
      return;
    }
    if (result === false) {
      dirty.current = true;
      return;
    }
    if (result === true) return;
    setInFlight((n) => n + 1);
    result
      .catch(() => {
        dirty.current = true;
      })
      .finally(() => setInFlight((n) => n - 1));
  }, []);

  useEffect(() => {
    if (!focused && inFlight === 0 && !dirty.current) {
      latest.current = stored;
      setValue(stored);
    }
  }, [stored, focused, inFlight]);

  // Leaving the page or closing the panel must not lose the last words typed.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const onChange = useCallback(
    (next: string) => {
      latest.current = next;
      setValue(next);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  return {
    value,
    onChange,
    onFocus: useCallback(() => setFocused(true), []),
    onBlur: useCallback(() => {
      setFocused(false);
      flush();
    }, [flush]),
    flush,
  };
}
