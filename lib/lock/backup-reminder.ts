/**
 * "Time for a backup?": due when no backup has been made for 30 days (or ever, with the
 * list 30 days old), or after 20 changes since the last one. Pure; the view passes in what
 * the store counts.
 */
export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_CHANGES = 20;
const DAY = 86_400_000;

export interface BackupStatus {
  /** Committed writes since the last backup (all writes if there never was one). */
  changesSinceBackup: number;
  lastBackupAt: number | null;
}

export interface ReminderInput extends BackupStatus {
  now: number;
  /** When the oldest person on the list was added; null for an empty list. */
  oldestEntryAt: number | null;
  turnedOff: boolean;
  snoozedUntil: number;
}

export function backupReminderDue(input: ReminderInput): boolean {
  if (input.turnedOff || input.now < input.snoozedUntil) return false;
  if (input.oldestEntryAt === null) return false; // nothing to lose yet
  if (input.changesSinceBackup >= REMIND_AFTER_CHANGES) return true;
  const since = input.lastBackupAt ?? input.oldestEntryAt;
  return input.changesSinceBackup > 0 && input.now - since >= REMIND_AFTER_DAYS * DAY;
}

export function daysSince(at: number, now: number): number {
  return Math.floor((now - at) / DAY);
}
