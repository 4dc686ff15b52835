import { useCallback, useEffect, useState } from 'react';
import { dropUnsaved, readUnsaved, stashUnsaved } from '@/lib/ui/unsaved-stash';

/**
 * State for a box whose words are not saved until the person submits (a new reflection, a
 * new harm). Every change is also kept in session memory (lib/ui/unsaved-stash), so words
 * written into the box survive the panel closing and are there again next time.
 * `clear()` after a successful submit forgets them.
 */
export function useStashedInput(stashKey: string): [string, (value: string) => void, () => void] {
  const [value, setValueState] = useState('');

  useEffect(() => {
    let live = true;
    void readUnsaved(stashKey).then((found) => {
      // Only into an empty box: never over what the person has begun typing meanwhile.
      if (live && found?.value) setValueState((current) => (current ? current : found.value));
    });
    return () => {
      live = false;
    };
  }, [stashKey]);

  const setValue = useCallback(
    (next: string) => {
      setValueState(next);
      if (next) stashUnsaved(stashKey, next, '');
      else dropUnsaved(stashKey);
    },
    [stashKey],
  );
  const clear = useCallback(() => {
    setValueState('');
    dropUnsaved(stashKey);
  }, [stashKey]);

  return [value, setValue, clear];
}
