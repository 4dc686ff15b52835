import { useEffect, type ReactNode } from 'react';
import { IdleLockTimer, throttleActivity } from '@/lib/lock/idle';
import { requestPersistentStorage } from '@/lib/lock/persist-storage';
import { persistRequestedItem } from '@/lib/lock/settings';
import { isLockable } from '@/lib/store/lock-api';
import { useRepository } from '../data/RepositoryContext';
import { sessionIdleSource, type IdleSource } from './idle-source';
import { UnlockScreen } from './UnlockScreen';
import { useLockStatus } from './useLockStatus';

/** Activity is written to the shared session entry at most this often. */
const TOUCH_EVERY_MS = 30_000;

/**
 * The app root's gate: while the list is locked, the unlock screen stands in for the
 * whole page (nothing below it mounts, so nothing asks for data it cannot have). While
 * unlocked, activity in this page keeps the lock away and the idle timer locks on time.
 */
export function LockGate({ children, idle = sessionIdleSource() }: { children: ReactNode; idle?: IdleSource }) {
  const repository = useRepository();
  const status = useLockStatus();

  useEffect(() => {
    void askForPersistentStorageOnce();
  }, []);

  useEffect(() => {
    if (status !== 'unlocked' || !isLockable(repository)) return;
    const timer = new IdleLockTimer({ read: () => idle.read(), lock: () => repository.lock() });
    void timer.start();
    const touch = throttleActivity((at) => void idle.touch(at).then(() => timer.start()), TOUCH_EVERY_MS);
    const events = ['pointerdown', 'keydown', 'wheel', 'focus'] as const;
    for (const name of events) window.addEventListener(name, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const name of events) window.removeEventListener(name, touch, { capture: true });
    };
  }, [status, repository, idle]);

  if (status === 'checking') return <p className="visually-hidden" role="status">Opening your list…</p>;
  if (status === 'locked' && isLockable(repository)) return <UnlockScreen repository={repository} />;
  return <>{children}</>;
}

async function askForPersistentStorageOnce(): Promise<void> {
  try {
    if (await persistRequestedItem.getValue()) return;
    await requestPersistentStorage(typeof navigator === 'undefined' ? undefined : navigator.storage);
    await persistRequestedItem.setValue(true);
  } catch {
    /* storage not available here (tests without a browser): nothing to ask */
  }
}
