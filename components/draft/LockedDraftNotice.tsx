import { useLockStatus } from '../lock/useLockStatus';
import { useDraftLink } from './DraftLinkContext';

/**
 * While the list is locked, a draft waiting for a person asks to unlock first (issue 6):
 * the picker and the person's page need the list, which stays sealed until then.
 */
export function LockedDraftNotice() {
  const status = useLockStatus();
  const { draft } = useDraftLink();
  if (status !== 'locked' || !draft) return null;
  return (
    <p role="status" className="notice notice--calm draft-locked" data-testid="draft-locked-notice">
      {draft.personId === null
        ? 'A draft is waiting for you to say who it’s for. Unlock your list first; then you can choose.'
        : 'Unlock your list to see your draft beside the person it’s for.'}
    </p>
  );
}
