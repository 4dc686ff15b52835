import { describe, expect, it } from 'vitest';
import { backupReminderDue, type ReminderInput } from '../../../lib/lock/backup-reminder';
import { requestPersistentStorage } from '../../../lib/lock/persist-storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30);
const base: ReminderInput = { now: NOW, oldestEntryAt: NOW - 2 * DAY, changesSinceBackup: 3, lastBackupAt: NOW - DAY, turnedOff: false, snoozedUntil: 0 };

describe('the "time for a backup?" reminder', () => {
  it('is quiet soon after a backup with few changes', () => {
    expect(backupReminderDue(base)).toBe(false);
  });
  it('is due after 20 changes since the last backup', () => {
    expect(backupReminderDue({ ...base, changesSinceBackup: 19 })).toBe(false);
    expect(backupReminderDue({ ...base, changesSinceBackup: 20 })).toBe(true);
  });
  it('is due 30 days after the last backup if anything changed', () => {
    expect(backupReminderDue({ ...base, lastBackupAt: NOW - 30 * DAY })).toBe(true);
    expect(backupReminderDue({ ...base, lastBackupAt: NOW - 30 * DAY, changesSinceBackup: 0 })).toBe(false);
    expect(backupReminderDue({ ...base, lastBackupAt: NOW - 29 * DAY })).toBe(false);
  });
  it('counts from the oldest entry when there never was a backup', () => {
    expect(backupReminderDue({ ...base, lastBackupAt: null, oldestEntryAt: NOW - 31 * DAY })).toBe(true);
    expect(backupReminderDue({ ...base, lastBackupAt: null })).toBe(false);
    expect(backupReminderDue({ ...base, lastBackupAt: null, oldestEntryAt: null, changesSinceBackup: 50 })).toBe(false);
  });
  it('stays quiet when turned off or snoozed', () => {
    const due = { ...base, changesSinceBackup: 40 };
    expect(backupReminderDue({ ...due, turnedOff: true })).toBe(false);
    expect(backupReminderDue({ ...due, snoozedUntil: NOW + 1 })).toBe(false);
    expect(backupReminderDue({ ...due, snoozedUntil: NOW })).toBe(true);
  });
});

describe('persistent storage', () => {
  it('asks only when not yet persisted, and copes with browsers that do not offer it', async () => {
    let asked = 0;
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => (asked++, true) })).toBe('persisted');
    expect(asked).toBe(0);
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => (asked++, true) })).toBe('granted');
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('declined');
    expect(await requestPersistentStorage(undefined)).toBe('unavailable');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('no')) })).toBe('unavailable');
  });
});
