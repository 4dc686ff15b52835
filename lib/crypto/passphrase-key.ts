/**
 * Keys from a passphrase: PBKDF2-SHA-256 with a random 16-byte salt. The iteration count
 * is a parameter so tests can run quickly; everything the extension writes uses
 * PBKDF2_ITERATIONS, and what a file or lock record says is bounded on the way in so a
 * hostile file cannot ask for hours of work.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { randomBytes, type Sealed } from './aes-gcm';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Reading never runs more than this (about 8× the default), whatever a file claims. */
export const MAX_PBKDF2_ITERATIONS = 5_000_000;
export const SALT_BYTES = 16;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64 of the salt. */
  salt: string;
}

export function newKdfParams(iterations: number = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(randomBytes(SALT_BYTES)) };
}

/** Whether stored or imported KDF parameters are ones this code will run. */
export function isUsableKdf(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false;
  const kdf = value as Partial<KdfParams>;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return false;
  if (typeof kdf.iterations !== 'number' || !Number.isInteger(kdf.iterations)) return false;
  if (kdf.iterations < 1 || kdf.iterations > MAX_PBKDF2_ITERATIONS) return false;
  if (typeof kdf.salt !== 'string' || kdf.salt.length > 200) return false;
  try {
    return base64ToBytes(kdf.salt).length >= 8;
  } catch {
    return false;
  }
}

const encoder = new TextEncoder();

/**
 * The AES-GCM key a passphrase and salt give. Non-extractable: it never leaves WebCrypto.
 * NFC normalisation makes "é" typed two ways the same passphrase.
 */
export async function deriveKey(
  passphrase: string,
  kdf: KdfParams,
  usages: KeyUsage[] = ['wrapKey', 'unwrapKey'],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

const WRAP_CONTEXT = new TextEncoder().encode('amends-companion/data-key');

/** The data key, encrypted (AES-GCM key wrap) under the passphrase key. */
export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<Sealed> {
  const iv = randomBytes(12);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: WRAP_CONTEXT,
  });
  return { iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(wrapped)) };
}

/**
 * Unwraps the data key; rejects when the passphrase key is wrong (the GCM tag does not
 * match), which is how a wrong passphrase is told apart without touching any record.
 */
export function unwrapDataKey(wrapped: Sealed, wrappingKey: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    base64ToBytes(wrapped.ciphertext),
    wrappingKey,
    { name: 'AES-GCM', iv: base64ToBytes(wrapped.iv), additionalData: WRAP_CONTEXT },
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/** Raw bytes of an extractable key, as base64 (for the in-memory session hand-off only). */
export async function exportRawKey(key: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** A working copy of a data key from its raw bytes; non-extractable. */
export function importRawKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', base64ToBytes(raw), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
