/**
 * The lock, as stored in the meta store under 'lock'. Nothing in it is secret on its own:
 * the data key is wrapped (AES-GCM) under a key derived from the passphrase, and the
 * verifier is a known text sealed with the data key, so a key handed over from another
 * page can be checked against this lock before it touches a record.
 */
import { generateDataKey, openText, sealText, type Sealed } from '../crypto/aes-gcm';
import { randomId } from '../amends/ids';
import { deriveKey, isUsableKdf, newKdfParams, unwrapDataKey, wrapDataKey, type KdfParams } from '../crypto/passphrase-key';
import { isSealed } from '../crypto/aes-gcm';

export interface LockRecord {
  version: 1;
  /** Changes whenever the data key changes (lock on, passphrase changed). */
  keyId: string;
  kdf: KdfParams;
  wrappedKey: Sealed;
  verifier: Sealed;
  createdAt: number;
}

const VERIFIER_TEXT = 'amends-companion lock verifier v1';
const VERIFIER_CONTEXT = 'amends-companion/verifier';

export function isLockRecord(value: unknown): value is LockRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<LockRecord>;
  return r.version === 1 && typeof r.keyId === 'string' && isUsableKdf(r.kdf) && isSealed(r.wrappedKey) && isSealed(r.verifier);
}

export interface NewLock {
  record: LockRecord;
  /** Extractable, so it can be handed to the session; pages keep non-extractable copies. */
  dataKey: CryptoKey;
}

/** A new random data key and the lock record that protects it with `passphrase`. */
export async function createLock(passphrase: string, iterations: number, now: number): Promise<NewLock> {
  const kdf = newKdfParams(iterations);
  const [wrappingKey, dataKey] = await Promise.all([deriveKey(passphrase, kdf), generateDataKey(true)]);
  const [wrappedKey, verifier] = await Promise.all([
    wrapDataKey(dataKey, wrappingKey),
    sealText(dataKey, VERIFIER_TEXT, VERIFIER_CONTEXT),
  ]);
  return { record: { version: 1, keyId: randomId(), kdf, wrappedKey, verifier, createdAt: now }, dataKey };
}

/**
 * The data key (extractable) if `passphrase` is the lock's; null if it is not. A wrong
 * passphrase shows as the GCM tag failing on the wrapped key: nothing else is read.
 */
export async function unwrapLock(record: LockRecord, passphrase: string): Promise<CryptoKey | null> {
  const wrappingKey = await deriveKey(passphrase, record.kdf);
  try {
    return await unwrapDataKey(record.wrappedKey, wrappingKey, true);
  } catch {
    return null;
  }
}

/** Whether `key` is the data key of this lock. */
export async function keyMatchesLock(record: LockRecord, key: CryptoKey): Promise<boolean> {
  try {
    return (await openText(key, record.verifier, VERIFIER_CONTEXT)) === VERIFIER_TEXT;
  } catch {
    return false;
  }
}
