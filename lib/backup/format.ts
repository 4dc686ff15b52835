/**
 * The backup file, as data. One envelope shape for every kind of backup:
 *
 *   { format, version, kind, exportedAt, app, ...body }
 *
 * The header (format, version, kind) is read first and on its own, so a reader can say
 * "this is not a backup", "made by a newer version" or "this one is encrypted" before it
 * looks at any content. `kind: 'plain'` carries the people in the clear; issue 6 adds
 * `kind: 'encrypted'`, whose `cipher` describes the key derivation and whose `ciphertext`
 * decrypts to the same `BackupPayload` a plain file carries, so both share one validator.
 */
import type { Person } from '../amends/types';

/** The marker that says "this file is an Amends Companion backup". */
export const BACKUP_FORMAT = 'amends-companion-backup';

/** The newest envelope version this code writes and reads. Bump with a migration in import.ts. */
export const BACKUP_VERSION = 1;

export const BACKUP_KINDS = ['plain', 'encrypted'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Which app wrote the file; informational, never used to decide anything. */
export interface BackupAppInfo {
  name: string;
  version: string;
}

/** The part of a backup that is the person's data: what an encrypted backup encrypts. */
export interface BackupPayload {
  people: Person[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  kind: BackupKind;
  /** ISO 8601 time of export. */
  exportedAt: string;
  app: BackupAppInfo;
}

export interface PlainBackup extends BackupHeader, BackupPayload {
  version: typeof BACKUP_VERSION;
  kind: 'plain';
}

/**
 * Reserved for issue 6 (not written or read yet): the payload JSON, encrypted with
 * AES-GCM under a PBKDF2-SHA-256 key from a passphrase. Declared here so the envelope
 * is designed for it; import.ts answers "encrypted backups can't be opened yet" today.
 */
export interface EncryptedBackup extends BackupHeader {
  kind: 'encrypted';
  cipher: {
    algorithm: 'AES-GCM';
    kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
    /** Base64. */
    iv: string;
  };
  /** Base64 of the encrypted `BackupPayload` JSON. */
  ciphertext: string;
}

export type BackupFile = PlainBackup | EncryptedBackup;

export const APP_NAME = 'Amends Companion';

/**
 * Largest file import.ts will read. 10,000 fully filled-in people measured 32.6 MB, so
 * this leaves room for long journals while keeping a hostile file from exhausting memory.
 */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;
