/**
 * Fuzzed imports (issue 6): 1,200 mutated and truncated backup files, plain and encrypted,
 * from a seeded PRNG, each through the real import path (parse → passphrase → preview →
 * apply) into a fake-indexeddb database, half of them locked. Every file must end as a
 * calm refusal that says the list is unchanged (and the database is byte-for-byte as it
 * was) or as a valid import; nothing may throw.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildEncryptedBackup } from '../../../lib/backup/encrypted';
import { backupToText, buildBackup } from '../../../lib/backup/export-json';
import { applyImport, openEncryptedBackup, parseBackupText, previewImport, type ParseResult } from '../../../lib/backup/import';
import { MemoryKeyVault, type IdbAmendsRepository } from '../../../lib/store';
import { richPerson } from '../backup/helpers';
import { closeAll, dumpDatabase, freshDbName, testRepository } from './helpers';

afterEach(closeAll);

const EXPORT = { now: new Date('2026-06-30T10:00:00Z'), appVersion: '0.1.0' };
const PASSPHRASE = 'fuzz passphrase';
const CASES_PER_KIND = 600;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = (n: number) => Math.floor(random() * n);
  return { random, pick };
}

type Rng = ReturnType<typeof prng>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SWAPS: Json[] = [null, true, 0, -1, 1e308, '', 'x', '<script>alert(1)</script>', [], {}, [1, 2], { a: 1 }];

/** Every path to a value inside a JSON tree, so a mutation can land anywhere. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k]!, [...prefix, k], out);
  return out;
}

function parentOf(root: Json, path: (string | number)[]): { parent: Record<string | number, Json>; key: string | number } | null {
  if (path.length === 0) return null;
  let node = root as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, Json>;
  return { parent: node, key: path.at(-1)! };
}

/** One structural mutation of JSON text: type swap, deleted key, huge string, duplicated entry. */
function mutateTree(text: string, rng: Rng): string {
  const root = JSON.parse(text) as Json;
  const all = paths(root).filter((p) => p.length > 0);
  const target = parentOf(root, all[rng.pick(all.length)]!)!;
  switch (rng.pick(4)) {
    case 0:
      target.parent[target.key] = structuredClone(SWAPS[rng.pick(SWAPS.length)]!);
      break;
    case 1:
      if (Array.isArray(target.parent)) target.parent.splice(Number(target.key), 1);
      else delete target.parent[target.key];
      break;
    case 2:
      target.parent[target.key] = 'A'.repeat([300, 25_000, 1_000_001, 2_500_000][rng.pick(4)]!);
      break;
    default: {
      // A duplicate person, an unsafe key, or a key the schema does not know.
      const extra = ['__proto__', 'constructor', 'surprise'][rng.pick(3)]!;
      if (Array.isArray(target.parent)) target.parent.push(structuredClone(target.parent[0] ?? null));
      else target.parent[extra] = { polluted: true };
    }
  }
  return JSON.stringify(root, null, rng.pick(2) ? 2 : 0);
}

const JUNK = ['{', '}', '[', ']', '"', ',', ':', '\\', 'null', '1e999', '\u0000', '\uD800', 'é', '"__proto__":'];

/** One byte-level mutation: flips, truncation, deletion, duplication, insertion. */
function mutateText(text: string, rng: Rng): string {
  const at = rng.pick(text.length);
  switch (rng.pick(5)) {
    case 0:
      return text.slice(0, at); // truncated at a random point
    case 1: {
      const flipped = String.fromCharCode(text.charCodeAt(at) ^ (1 << rng.pick(7)));
      return text.slice(0, at) + flipped + text.slice(at + 1);
    }
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + rng.pick(100));
    case 3:
      return text.slice(0, at) + text.slice(at, at + rng.pick(200)) + text.slice(at);
    default:
      return text.slice(0, at) + JUNK[rng.pick(JUNK.length)] + text.slice(at);
  }
}

function mutate(text: string, rng: Rng): string {
  let out = text;
  for (let k = 1 + rng.pick(3); k > 0; k--) {
    if (rng.random() < 0.5) {
      try {
        out = mutateTree(out, rng);
        continue;
      } catch {
        /* not JSON any more: fall through to a byte mutation */
      }
    }
    out = mutateText(out, rng);
  }
  return out;
}

type Outcome = { kind: 'refused'; message: string } | { kind: 'imported'; count: number };

/** What the Import panel does with a picked file, from text to the database. */
async function importLikeThePanel(repository: IdbAmendsRepository, text: string): Promise<Outcome> {
  let parsed: ParseResult = parseBackupText(text);
  if (!parsed.ok && parsed.code === 'encrypted' && parsed.locked) parsed = await openEncryptedBackup(parsed.locked, PASSPHRASE);
  if (!parsed.ok) return { kind: 'refused', message: parsed.message };
  await previewImport(repository, parsed.backup.people);
  const applied = await applyImport(repository, parsed.backup.people);
  if (!applied.ok) return { kind: 'refused', message: applied.message };
  return { kind: 'imported', count: parsed.backup.people.length };
}

describe('fuzzed imports', () => {
  it(`${CASES_PER_KIND * 2} mutated plain and encrypted backups: a calm refusal with the database unchanged, or a valid import`, async () => {
    const rng = prng(0x5eed_0006);
    const source = [richPerson('Maria Lopez', 1), richPerson('Kim', 2)];
    const plainText = backupToText(buildBackup(source, EXPORT));
    const payloadText = JSON.stringify({ people: source });
    const encryptedText = JSON.stringify(await buildEncryptedBackup(source, { ...EXPORT, passphrase: PASSPHRASE, iterations: 1_000 }), null, 2);

    // One plain database and one locked one, each starting with someone on the list.
    const plainDb = testRepository(freshDbName());
    await plainDb.add({ name: 'Already here', what: 'A harm already written down' });
    const lockedDb = testRepository(freshDbName(), { kdfIterations: 1_000, vault: new MemoryKeyVault() });
    await lockedDb.add({ name: 'Already here', what: 'A harm already written down' });
    await lockedDb.enableLock(PASSPHRASE);

    const tally = { refused: 0, imported: 0, encryptedInnerRefused: 0 };
    for (let i = 0; i < CASES_PER_KIND * 2; i++) {
      const encrypted = i % 2 === 1;
      let text: string;
      let inner = false;
      if (!encrypted) text = mutate(plainText, rng);
      else if (rng.random() < 0.5) text = mutate(encryptedText, rng); // the envelope or its ciphertext
      else {
        // A damaged payload, sealed properly: reaches the checks behind the passphrase.
        inner = true;
        const body = mutate(payloadText, rng);
        const sealed = await buildEncryptedBackup([], { ...EXPORT, passphrase: PASSPHRASE, iterations: 1_000 });
        text = await resealPayload(sealed, body);
      }
      const repository = i % 4 < 2 ? plainDb : lockedDb;
      const before = await dumpDatabase(repository.dbName);
      const outcome = await importLikeThePanel(repository, text);
      if (outcome.kind === 'refused') {
        tally.refused += 1;
        if (inner) tally.encryptedInnerRefused += 1;
        expect(outcome.message.length).toBeGreaterThan(20);
        expect(outcome.message).toMatch(/Your list has not been changed\.$/);
        expect(await dumpDatabase(repository.dbName), `case ${i} changed the database`).toBe(before);
      } else {
        tally.imported += 1;
        expect(await repository.list()).toBeDefined();
      }
    }
    if (process.env.FUZZ_TALLY) console.log(tally);
    // A fuzz that refused nothing (or everything) would be testing nothing.
    expect(tally.refused).toBeGreaterThan(CASES_PER_KIND);
    expect(tally.imported).toBeGreaterThan(10);
    expect(tally.encryptedInnerRefused).toBeGreaterThan(50);
    // The locked list stayed sealed through all of it.
    expect(await dumpDatabase(lockedDb.dbName)).not.toContain('Already here');
  }, 240_000);
});

/** Replaces an encrypted backup's payload with `body`, sealed under the same passphrase. */
async function resealPayload(template: Awaited<ReturnType<typeof buildEncryptedBackup>>, body: string): Promise<string> {
  const { deriveKey, sealText } = await import('../../../lib/crypto');
  const { backupAssociatedData } = await import('../../../lib/backup/encrypted');
  const key = await deriveKey(PASSPHRASE, template.cipher.kdf, ['encrypt']);
  const sealed = await sealText(key, body, backupAssociatedData(template));
  return JSON.stringify({ ...template, cipher: { ...template.cipher, iv: sealed.iv }, ciphertext: sealed.ciphertext });
}
