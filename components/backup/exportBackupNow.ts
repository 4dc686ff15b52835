import { exportBackupFile } from '@/lib/backup/export-json';
import { exportEncryptedBackupFile } from '@/lib/backup/encrypted';
import type { AmendsRepository } from '@/lib/store/repository-api';
import { appVersion } from './appInfo';
import { saveFile } from './download';

/** The store's optional bookkeeping (IdbAmendsRepository has it; the shared interface does not). */
interface RecordsBackups {
  recordBackup(at: number): Promise<void>;
}

function recordsBackups(repository: AmendsRepository): repository is AmendsRepository & RecordsBackups {
  return typeof (repository as Partial<RecordsBackups>).recordBackup === 'function';
}

export interface ExportedSummary {
  fileName: string;
  count: number;
}

/**
 * Reads the whole list, saves it as a JSON backup file, and notes when that happened.
 * With a passphrase the file is encrypted (lib/backup/encrypted.ts).
 */
export async function exportBackupNow(
  repository: AmendsRepository,
  now: Date,
  encryption?: { passphrase: string; iterations?: number },
): Promise<ExportedSummary> {
  const people = await repository.list();
  const options = { now, appVersion: appVersion() };
  const file = encryption
    ? await exportEncryptedBackupFile(people, { ...options, ...encryption })
    : exportBackupFile(people, options);
  saveFile(file);
  if (recordsBackups(repository)) {
    // Only feeds the "time for a backup?" reminder; the file is already saved either way.
    await repository.recordBackup(now.getTime()).catch(() => {});
  }
  return { fileName: file.fileName, count: people.length };
}

export function peopleCount(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'person' : 'people'}`;
}
