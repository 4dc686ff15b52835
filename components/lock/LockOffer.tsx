import { useLockStatus } from './useLockStatus';

/**
 * A gentle first-use offer, shown only while the lock is off: where to find it, without
 * pressing. The link opens "Your data" through the side panel's hash route.
 */
export function LockOffer() {
  const status = useLockStatus();
  if (status !== 'off') return null;
  return (
    <p className="muted small" data-testid="lock-offer">
      If someone else uses this computer, you can <a href="#settings">lock your list with a passphrase</a> (in Your
      data).
    </p>
  );
}
