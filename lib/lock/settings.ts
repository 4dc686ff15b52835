/**
 * Settings for the lock and backup reminders, in extension storage (never the page's).
 * None of them is secret. Values are checked on the way out, so a damaged entry falls back
 * to the default.
 */
import { storage } from 'wxt/utils/storage';

/** Choices offered for "lock after this long without use", in minutes. */
export const IDLE_MINUTES_CHOICES = [1, 5, 15, 30, 60, 240] as const;
export const DEFAULT_IDLE_MINUTES = 15;

export const lockIdleMinutesItem = storage.defineItem<number>('local:lockIdleMinutes', { fallback: DEFAULT_IDLE_MINUTES });
/** The person turned the "time for a backup?" reminder off. */
export const backupReminderOffItem = storage.defineItem<boolean>('local:backupReminderOff', { fallback: false });
/** "Not now" on the reminder: quiet until this time. */
export const backupReminderSnoozedUntilItem = storage.defineItem<number>('local:backupReminderSnoozedUntil', { fallback: 0 });
/** persist() is asked once; the browser remembers the answer. */
export const persistRequestedItem = storage.defineItem<boolean>('local:persistRequested', { fallback: false });

export function sanitizeIdleMinutes(value: unknown): number {
  return typeof value === 'number' && (IDLE_MINUTES_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_IDLE_MINUTES;
}

export async function readIdleMinutes(): Promise<number> {
  return sanitizeIdleMinutes(await lockIdleMinutesItem.getValue());
}

export async function setIdleMinutes(minutes: number): Promise<void> {
  await lockIdleMinutesItem.setValue(sanitizeIdleMinutes(minutes));
}
