import { useEffect, useId, useState } from 'react';
import type { Person } from '@/lib/amends/types';
import { backupReminderDue, daysSince, type BackupStatus } from '@/lib/lock/backup-reminder';
import { backupReminderOffItem, backupReminderSnoozedUntilItem } from '@/lib/lock/settings';
import type { AmendsRepository } from '@/lib/store/repository-api';
import { useRepository } from '../data/RepositoryContext';
import { exportBackupNow } from '../backup/exportBackupNow';
import { useLockStatus } from './useLockStatus';

const SNOOZE_MS = 7 * 86_400_000;

interface KnowsBackups {
  readBackupStatus(): Promise<BackupStatus>;
}
function knowsBackups(repository: AmendsRepository): repository is AmendsRepository & KnowsBackups {
  return typeof (repository as Partial<KnowsBackups>).readBackupStatus === 'function';
}

/**
 * A gentle "time for a backup?" note: after 30 days or 20 changes without one. "Not now"
 * quiets it for a week; it can be turned off here or in Your data.
 */
export function BackupReminder({ people, now = () => Date.now() }: { people: readonly Person[]; now?: () => number }) {
  const repository = useRepository();
  const [due, setDue] = useState<{ status: BackupStatus } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const lockStatus = useLockStatus();
  const oldest = people.reduce<number | null>((min, p) => (min === null || p.createdAt < min ? p.createdAt : min), null);

  useEffect(() => {
    if (!knowsBackups(repository)) return;
    let alive = true;
    void Promise.all([repository.readBackupStatus(), backupReminderOffItem.getValue(), backupReminderSnoozedUntilItem.getValue()]).then(
      ([status, off, snoozedUntil]) => {
        if (!alive) return;
        const show = backupReminderDue({ ...status, now: now(), oldestEntryAt: oldest, turnedOff: off === true, snoozedUntil: Number(snoozedUntil) || 0 });
        setDue(show ? { status } : null);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
    // Re-checked when the list changes size or its oldest entry changes.
  }, [repository, oldest, people.length, now]);

  if (!due && !note) return null;
  if (note) {
    return (
      <p role="status" className="notice notice--calm small">
        {note}
      </p>
    );
  }
  const { status } = due!;
  const when =
    status.lastBackupAt === null
      ? 'You haven’t saved a backup of your list yet.'
      : `Your last backup was ${daysSince(status.lastBackupAt, now())} days ago, and your list has changed ${status.changesSinceBackup} times since.`;

  return (
    <div className="notice small" data-testid="backup-reminder">
      <p>
        {when} A backup file keeps your list safe if this browser’s data is ever lost.
      </p>
      {lockStatus !== 'off' ? (
        // A one-click backup here would be in the clear; an encrypted one needs a passphrase.
        <p>You can save an encrypted backup under Your data, in the side panel.</p>
      ) : null}
      <div className="lock-actions">
        {lockStatus === 'off' ? (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void exportBackupNow(repository, new Date(now())).then(
              ({ fileName }) => setNote(`Saved ${fileName}.`),
              () => setNote('The backup could not be saved just now. Your list is unchanged.'),
            )
          }
        >
          Back up now
        </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={() => void backupReminderSnoozedUntilItem.setValue(now() + SNOOZE_MS).then(() => setDue(null))}>
          Not now
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => void backupReminderOffItem.setValue(true).then(() => setDue(null))}>
          Don’t remind me
        </button>
      </div>
    </div>
  );
}

/** The on/off switch for the reminder, in Your data. */
export function BackupReminderSetting() {
  const id = useId();
  const [on, setOn] = useState(true);
  useEffect(() => {
    void backupReminderOffItem.getValue().then((off) => setOn(off !== true), () => undefined);
  }, []);
  return (
    <label className="check" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          void backupReminderOffItem.setValue(!e.target.checked);
        }}
      />{' '}
      Remind me to save a backup after 30 days or 20 changes
    </label>
  );
}
