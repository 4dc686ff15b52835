/** Builds the JSON backup file: the whole list, in the envelope format.ts describes. */
import type { Person } from '../amends/types';
import { APP_NAME, BACKUP_FORMAT, BACKUP_VERSION, type BackupAppInfo, type PlainBackup } from './format';

export interface ExportOptions {
  /** Time of export; passed in so the output is reproducible in tests. */
  now: Date;
  /** The extension's version (from the manifest at the browser edge). */
  appVersion: string;
}

export function buildBackup(people: readonly Person[], options: ExportOptions): PlainBackup {
  const app: BackupAppInfo = { name: APP_NAME, version: options.appVersion };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kind: 'plain',
    exportedAt: options.now.toISOString(),
    app,
    // A copy, so later edits to the live objects cannot change a backup already built.
    people: structuredClone([...people]),
  };
}

/** Pretty JSON (two-space indent, final newline): readable in any text editor. */
export function backupToText(backup: PlainBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `amends-backup-2026-06-30.json`, using the local calendar day the person sees. */
export function backupFileName(now: Date, extension = 'json', stem = 'amends-backup'): string {
  return `${stem}-${localIsoDay(now)}.${extension}`;
}

export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** Everything the UI needs to save the backup: name, type and contents. */
export function exportBackupFile(people: readonly Person[], options: ExportOptions): ExportedFile {
  return {
    fileName: backupFileName(options.now),
    mimeType: 'application/json',
    text: backupToText(buildBackup(people, options)),
  };
}
