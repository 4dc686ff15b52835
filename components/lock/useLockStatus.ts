import { useEffect, useState } from 'react';
import type { LockStatus } from '@/lib/store/lock-api';
import { isLockable } from '@/lib/store/lock-api';
import { useRepository } from '../data/RepositoryContext';

/**
 * The lock's state for this page, kept current when another page locks, unlocks or changes
 * the lock. 'checking' until the first answer; 'off' for repositories without a lock.
 */
export function useLockStatus(): LockStatus | 'checking' {
  const repository = useRepository();
  const [status, setStatus] = useState<LockStatus | 'checking'>(isLockable(repository) ? 'checking' : 'off');

  useEffect(() => {
    if (!isLockable(repository)) return;
    let alive = true;
    let asked = 0;
    const check = () => {
      const ticket = ++asked;
      repository.lockStatus().then(
        (next) => {
          if (alive && ticket === asked) setStatus(next);
        },
        () => {
          // The database could not be read: the views below say so with their own message.
          if (alive && ticket === asked) setStatus('off');
        },
      );
    };
    const unsubscribe = repository.onLockChange(check);
    check();
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [repository]);

  return status;
}
