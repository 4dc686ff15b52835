import { useCallback, useEffect, useRef, useState } from 'react';
import { dropUnsaved, readUnsaved, restoreDecision, stashUnsaved } from '@/lib/ui/unsaved-stash';

export const SAVE_DELAY_MS = 600;

export interface Draft {
  value: string;
  onChange(value: string): void;
  onFocus(): void;
  onBlur(): void;
  /** Saves now if there is anything unsaved (Enter in a one-line field). */
  flush(): void;
  /**
   * Words typed here earlier that never reached the record, found when the field came
   * back: 'restored' when they were put back and saved, or an offer when the record had
   * changed meanwhile (the person chooses with `keepOffered` / `letOfferedGo`).
   */
  recovered: { kind: 'restored' } | { kind: 'offer'; value: string } | null;
  keepOffered(): void;
  letOfferedGo(): void;
}

export interface DraftOptions {
  delayMs?: number;
  /**
   * Names this field across page loads (e.g. "person-id/harm-id/what"). With it, every
   * change is also kept in session memory until saved, so closing the panel mid-typing
   * loses nothing (see lib/ui/unsaved-stash).
   */
  stashKey?: string;
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
  { delayMs = SAVE_DELAY_MS, stashKey }: DraftOptions = {},
): Draft {
  const [value, setValue] = useState(stored);
  const [recovered, setRecovered] = useState<Draft['recovered']>(null);
  /** What the record held when this round of typing started. */
  const base = useRef(stored);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const [focused, setFocused] = useState(false);
  const [inFlight, setInFlight] = useState(0);
  const inFlightRef = useRef(0);
  inFlightRef.current = inFlight;
  const dirty = useRef(false);
  const latest = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const saving = latest.current;
    // Once saved (and nothing newer typed), the kept copy has done its job.
    const saved = () => {
      if (stashKey && !dirty.current && latest.current === saving) dropUnsaved(stashKey);
    };
    let result: Promise<unknown> | boolean;
    try {
      result = saveRef.current(saving);
    } catch {
      dirty.current = true;
      return;
    }
    if (result === false) {
      dirty.current = true;
      return;
    }
    if (result === true) {
      saved();
      return;
    }
    setInFlight((n) => n + 1);
    result
      .then(saved, () => {
        dirty.current = true;
      })
      .finally(() => setInFlight((n) => n - 1));
  }, [stashKey]);

  // Words this field was given before the panel closed, and never saved.
  useEffect(() => {
    if (!stashKey) return;
    let live = true;
    void readUnsaved(stashKey).then((found) => {
      if (!live || !found || dirty.current) return;
      const decision = restoreDecision(found, storedRef.current);
      if (decision === 'drop') {
        dropUnsaved(stashKey);
      } else if (decision === 'restore') {
        base.current = found.base;
        latest.current = found.value;
        setValue(found.value);
        dirty.current = true;
        setRecovered({ kind: 'restored' });
        flush();
      } else {
        setRecovered({ kind: 'offer', value: found.value });
      }
    });
    return () => {
      live = false;
    };
  }, [stashKey, flush]);

  useEffect(() => {
    if (!focused && inFlight === 0 && !dirty.current) {
      latest.current = stored;
      base.current = stored;
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
      if (!dirty.current && inFlightRef.current === 0) base.current = storedRef.current;
      latest.current = next;
      setValue(next);
      setRecovered((r) => (r?.kind === 'restored' ? null : r));
      dirty.current = true;
      if (stashKey) stashUnsaved(stashKey, next, base.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs, stashKey],
  );

  const recoveredRef = useRef(recovered);
  recoveredRef.current = recovered;
  const keepOffered = useCallback(() => {
    const current = recoveredRef.current;
    if (current?.kind !== 'offer') return;
    latest.current = current.value;
    setValue(current.value);
    dirty.current = true;
    setRecovered(null);
    flush();
  }, [flush]);
  const letOfferedGo = useCallback(() => {
    if (stashKey) dropUnsaved(stashKey);
    setRecovered(null);
  }, [stashKey]);

  return {
    value,
    onChange,
    onFocus: useCallback(() => setFocused(true), []),
    onBlur: useCallback(() => {
      setFocused(false);
      flush();
    }, [flush]),
    flush,
    recovered,
    keepOffered,
    letOfferedGo,
  };
}
