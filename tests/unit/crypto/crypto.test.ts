import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  deriveKey,
  exportRawKey,
  generateDataKey,
  importRawKey,
  isUsableKdf,
  MAX_PBKDF2_ITERATIONS,
  newKdfParams,
  openJson,
  PBKDF2_ITERATIONS,
  sealJson,
  unwrapDataKey,
  wrapDataKey,
} from '../../../lib/crypto';

const FAST = 1_000;

/** Whether `needle` occurs in `hay`, byte for byte. */
function containsBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('AES-GCM sealing', () => {
  it('round-trips JSON, including non-Latin text', async () => {
    const key = await generateDataKey(false);
    const value = { name: 'Zoë Ødegård 李', harms: ['I lied', 'I took €50'], n: 3 };
    const sealed = await sealJson(key, value, 'ctx');
    expect(await openJson(key, sealed, 'ctx')).toEqual(value);
    // The sealed bytes hold none of the plaintext (a two-letter check on the base64 text, as
    // before, failed by chance about once in fifty runs).
    const bytes = base64ToBytes(sealed.ciphertext);
    for (const plain of ['Zoë Ødegård', 'I lied', 'I took €50']) expect(containsBytes(bytes, new TextEncoder().encode(plain))).toBe(false);
    expect(containsBytes(new TextEncoder().encode('xx I lied xx'), new TextEncoder().encode('I lied'))).toBe(true);
  });

  it('draws a fresh 96-bit IV for every seal: the same data never looks the same twice', async () => {
    const key = await generateDataKey(false);
    const a = await sealJson(key, { name: 'Mum' }, 'ctx');
    const b = await sealJson(key, { name: 'Mum' }, 'ctx');
    expect(base64ToBytes(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses to open with another key, another context, or a single changed byte', async () => {
    const key = await generateDataKey(false);
    const other = await generateDataKey(false);
    const sealed = await sealJson(key, { name: 'Dad' }, 'person/1');
    await expect(openJson(other, sealed, 'person/1')).rejects.toThrow();
    await expect(openJson(key, sealed, 'person/2')).rejects.toThrow();
    const bytes = base64ToBytes(sealed.ciphertext);
    bytes[0] = bytes[0]! ^ 1;
    await expect(openJson(key, { ...sealed, ciphertext: bytesToBase64(bytes) }, 'person/1')).rejects.toThrow();
    await expect(openJson(key, { ...sealed, iv: 'not base64!' }, 'person/1')).rejects.toThrow();
  });
});

describe('passphrase keys (PBKDF2-SHA-256)', () => {
  it('uses at least 600,000 iterations and a 16-byte random salt by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(base64ToBytes(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
  });

  it('the same passphrase unwraps the data key; a different one is refused', async () => {
    const kdf = newKdfParams(FAST);
    const dataKey = await generateDataKey(true);
    const wrapped = await wrapDataKey(dataKey, await deriveKey('correct horse', kdf));
    const back = await unwrapDataKey(wrapped, await deriveKey('correct horse', kdf), true);
    expect(await exportRawKey(back)).toBe(await exportRawKey(dataKey));
    await expect(unwrapDataKey(wrapped, await deriveKey('correct hors', kdf), true)).rejects.toThrow();
    // Same passphrase, other salt: another key.
    await expect(unwrapDataKey(wrapped, await deriveKey('correct horse', newKdfParams(FAST)), true)).rejects.toThrow();
  });

  it('treats a passphrase typed with combining accents the same as precomposed', async () => {
    const kdf = newKdfParams(FAST);
    const dataKey = await generateDataKey(true);
    const wrapped = await wrapDataKey(dataKey, await deriveKey('caf\u00e9', kdf));
    await expect(unwrapDataKey(wrapped, await deriveKey('cafe\u0301', kdf), false)).resolves.toBeDefined();
  });

  it('keeps derived and working keys non-extractable', async () => {
    const derived = await deriveKey('x', newKdfParams(FAST));
    expect(derived.extractable).toBe(false);
    const working = await importRawKey(await exportRawKey(await generateDataKey(true)));
    expect(working.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', working)).rejects.toThrow();
  });

  it('accepts only KDF parameters it is willing to run', () => {
    const good = newKdfParams(FAST);
    expect(isUsableKdf(good)).toBe(true);
    for (const bad of [
      null,
      'PBKDF2',
      { ...good, name: 'scrypt' },
      { ...good, hash: 'SHA-1' },
      { ...good, iterations: 0 },
      { ...good, iterations: 1.5 },
      { ...good, iterations: '1000' },
      { ...good, iterations: MAX_PBKDF2_ITERATIONS + 1 },
      { ...good, salt: '***' },
      { ...good, salt: '' },
      { ...good, salt: 'A'.repeat(1_000) },
    ]) {
      expect(isUsableKdf(bad)).toBe(false);
    }
  });
});

describe('base64', () => {
  it('round-trips every byte value and rejects what is not base64', () => {
    const bytes = Uint8Array.from({ length: 256 * 8 }, (_, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    for (const bad of ['abc', 'ab$=', '====', 'a b=']) expect(() => base64ToBytes(bad)).toThrow(TypeError);
  });
});
