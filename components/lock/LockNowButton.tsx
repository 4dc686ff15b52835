import { isLockable } from '@/lib/store/lock-api';
import { useRepository } from '../data/RepositoryContext';
import { useLockStatus } from './useLockStatus';
import './lock.css';

/** "Lock now": shown only while the lock is on and open. Locks every page at once. */
export function LockNowButton() {
  const repository = useRepository();
  const status = useLockStatus();
  if (status !== 'unlocked' || !isLockable(repository)) return null;
  return (
    <button type="button" className="button button--small lock-now" onClick={() => void repository.lock()}>
      Lock now
    </button>
  );
}
