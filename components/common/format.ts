import type { IsoDate, Timestamp } from '@/lib/amends/types';

/** Display formatting only (the browser's locale); the data itself stays as stored. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatTimestamp(at: Timestamp): string {
  return dateTime.format(at);
}

export function formatTimestampDate(at: Timestamp): string {
  return dateOnly.format(at);
}

/** A calendar day as written ('2026-03-04' → "4 Mar 2026"); shown as is if it is not a date. */
export function formatIsoDate(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return calendarDay.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** For <time dateTime>. */
export function isoTimestamp(at: Timestamp): string {
  return new Date(at).toISOString();
}
