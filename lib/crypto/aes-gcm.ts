/**
 * AES-GCM sealing with WebCrypto. Every seal draws a fresh random 96-bit IV, so two seals
 * of the same data never look alike. `context` is bound as additional authenticated data:
 * a sealed value moved to another record (another id) fails to open instead of opening
 * as the wrong person.
 */
import { base64ToBytes, bytesToBase64 } from './base64';

/** The IV length GCM is designed for (96 bits). */
export const IV_BYTES = 12;

export interface Sealed {
  /** Base64 of the 12-byte IV. */
  iv: string;
  /** Base64 of ciphertext + 16-byte tag. */
  ciphertext: string;
}

/** A 256-bit AES-GCM key. Extractable only when it must be wrapped or handed to session storage. */
export function generateDataKey(extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plain,
  );
  return { iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(ciphertext)) };
}

/** Rejects (OperationError) when the key, the context or a single byte is wrong. */
export async function openBytes(key: CryptoKey, sealed: Sealed, context: string): Promise<Uint8Array<ArrayBuffer>> {
  const iv = base64ToBytes(sealed.iv);
  if (iv.length !== IV_BYTES) throw new TypeError('Sealed value has an IV of the wrong length');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    base64ToBytes(sealed.ciphertext),
  );
  return new Uint8Array(plain);
}

export function sealText(key: CryptoKey, text: string, context: string): Promise<Sealed> {
  return sealBytes(key, encoder.encode(text), context);
}

export async function openText(key: CryptoKey, sealed: Sealed, context: string): Promise<string> {
  return decoder.decode(await openBytes(key, sealed, context));
}

export function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  return sealText(key, JSON.stringify(value), context);
}

export async function openJson(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  return JSON.parse(await openText(key, sealed, context)) as unknown;
}

/** Whether a value has the shape of a Sealed (strings only; content is checked on open). */
export function isSealed(value: unknown): value is Sealed {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Sealed).iv === 'string' &&
    typeof (value as Sealed).ciphertext === 'string'
  );
}
