/**
 * Encrypted backups: the same payload a plain backup carries ({ people }), as JSON sealed
 * with AES-GCM under a key derived from a passphrase (PBKDF2-SHA-256, random salt). The
 * envelope says in the clear that it is encrypted, its format version, the KDF parameters,
 * salt and IV; nothing about the people. The header is bound to the ciphertext as
 * associated data, so a file whose header was edited does not open.
 */
import type { Person } from '../amends/types';
import { openText, sealText } from '../crypto/aes-gcm';
import { deriveKey, newKdfParams, PBKDF2_ITERATIONS } from '../crypto/passphrase-key';
import { backupFileName, type ExportedFile, type ExportOptions } from './export-json';
import { APP_NAME, BACKUP_FORMAT, BACKUP_VERSION, type BackupPayload, type EncryptedBackup } from './format';

export interface EncryptOptions extends ExportOptions {
  passphrase: string;
  /** PBKDF2 iterations; the production default unless a test needs speed. */
  iterations?: number;
}

/** Associated data: the parts of the header that decide how the file is read. */
export function backupAssociatedData(file: Pick<EncryptedBackup, 'format' | 'version' | 'kind'>): string {
  return `${file.format}/${file.version}/${file.kind}`;
}

export async function buildEncryptedBackup(people: readonly Person[], options: EncryptOptions): Promise<EncryptedBackup> {
  if (options.passphrase.trim() === '') throw new Error('An encrypted backup needs a passphrase.');
  const kdf = newKdfParams(options.iterations ?? PBKDF2_ITERATIONS);
  const key = await deriveKey(options.passphrase, kdf, ['encrypt', 'decrypt']);
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, kind: 'encrypted' } as const;
  const payload: BackupPayload = { people: [...people] };
  const sealed = await sealText(key, JSON.stringify(payload), backupAssociatedData(header));
  return {
    ...header,
    exportedAt: options.now.toISOString(),
    app: { name: APP_NAME, version: options.appVersion },
    cipher: { algorithm: 'AES-GCM', kdf, iv: sealed.iv },
    ciphertext: sealed.ciphertext,
  };
}

export async function exportEncryptedBackupFile(people: readonly Person[], options: EncryptOptions): Promise<ExportedFile> {
  const backup = await buildEncryptedBackup(people, options);
  return {
    fileName: backupFileName(options.now, 'json', 'amends-backup-encrypted'),
    mimeType: 'application/json',
    text: `${JSON.stringify(backup, null, 2)}\n`,
  };
}

/**
 * The payload text inside an encrypted backup, or null when the passphrase does not open
 * it (a wrong passphrase and a damaged file look the same to AES-GCM). Never throws.
 */
export async function decryptBackupPayload(file: EncryptedBackup, passphrase: string): Promise<string | null> {
  try {
    const key = await deriveKey(passphrase, file.cipher.kdf, ['decrypt']);
    return await openText(key, { iv: file.cipher.iv, ciphertext: file.ciphertext }, backupAssociatedData(file));
  } catch {
    return null;
  }
}
