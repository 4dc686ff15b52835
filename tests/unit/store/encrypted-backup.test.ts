import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../lib/amends/types';
import { buildEncryptedBackup, exportEncryptedBackupFile } from '../../../lib/backup/encrypted';
import { applyImport, openEncryptedBackup, parseBackupText, type ImportFailure } from '../../../lib/backup/import';
import { PBKDF2_ITERATIONS } from '../../../lib/crypto';
import { backupTestRepository, closeRepositories, dumpDatabase, richPerson } from '../backup/helpers';

afterEach(closeRepositories);

const OPTIONS = { now: new Date('2026-06-30T10:00:00Z'), appVersion: '0.1.0', passphrase: 'paper boat', iterations: 1_000 };
const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : 1);
const people = () => [richPerson('Maria Lopez', 1), richPerson('Kim', 2)];

async function lockedFile(text: string) {
  const parsed = parseBackupText(text);
  expect(parsed.ok).toBe(false);
  const failure = parsed as ImportFailure;
  expect(failure.code).toBe('encrypted');
  expect(failure.locked).toBeDefined();
  return failure.locked!;
}

describe('encrypted backups', () => {
  it('export → import round trip gives back the same people', async () => {
    const file = await exportEncryptedBackupFile(people(), OPTIONS);
    expect(file.fileName).toMatch(/^amends-backup-encrypted-\d{4}-\d{2}-\d{2}\.json$/);
    for (const secret of ['Maria Lopez', 'broke a promise', 'Meet somewhere public']) expect(file.text).not.toContain(secret);

    const opened = await openEncryptedBackup(await lockedFile(file.text), 'paper boat');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.backup.kind).toBe('encrypted');
    const repository = backupTestRepository();
    expect(await applyImport(repository, opened.backup.people)).toEqual({ ok: true, plan: { added: 2, updated: 0, untouched: 0 } });
    expect([...(await repository.list())].sort(byId)).toEqual(people().sort(byId));
  });

  it('says in the clear that it is encrypted, its version and how the key is derived', async () => {
    const backup = await buildEncryptedBackup(people(), { ...OPTIONS, iterations: undefined });
    expect(backup).toMatchObject({ format: 'amends-companion-backup', version: 1, kind: 'encrypted' });
    expect(backup.cipher.algorithm).toBe('AES-GCM');
    expect(backup.cipher.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(backup.cipher.kdf.salt).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(backup.cipher.iv).toMatch(/^[A-Za-z0-9+/]{16}$/);
    expect(backup).not.toHaveProperty('people');
  });

  it('a wrong passphrase is told clearly and nothing in the list changes', async () => {
    const repository = backupTestRepository();
    await repository.importPeople([richPerson('Dad', 5)]);
    const before = await dumpDatabase(repository.dbName);
    const file = await exportEncryptedBackupFile(people(), OPTIONS);
    const result = await openEncryptedBackup(await lockedFile(file.text), 'paper boats');
    expect(result.ok).toBe(false);
    expect((result as ImportFailure).code).toBe('wrong-passphrase');
    expect((result as ImportFailure).message).toMatch(/^That passphrase doesn't open this backup\..*Your list has not been changed\.$/);
    expect(await dumpDatabase(repository.dbName)).toBe(before);
  });

  it('a file whose key-derivation settings were edited does not open (no person is read)', async () => {
    const backup = await buildEncryptedBackup(people(), OPTIONS);
    const edited = JSON.stringify({ ...backup, cipher: { ...backup.cipher, kdf: { ...backup.cipher.kdf, iterations: 1_001 } } });
    const result = await openEncryptedBackup(await lockedFile(edited), 'paper boat');
    expect((result as ImportFailure).code).toBe('wrong-passphrase');
  });

  it('refuses a file asking for more key-derivation work than any real backup', async () => {
    const backup = await buildEncryptedBackup(people(), OPTIONS);
    const greedy = { ...backup, cipher: { ...backup.cipher, kdf: { ...backup.cipher.kdf, iterations: 1e12 } } };
    const parsed = parseBackupText(JSON.stringify(greedy)) as ImportFailure;
    expect(parsed.code).toBe('encrypted');
    expect(parsed.locked).toBeUndefined();
    expect(parsed.message).toMatch(/damaged.*Your list has not been changed\.$/);
  });

  it('an encrypted file holding a hostile payload is checked like a plain one', async () => {
    const hostile = [{ ...richPerson('X', 1), name: 42 }];
    const backup = await buildEncryptedBackup(hostile as unknown as Person[], OPTIONS);
    const result = (await openEncryptedBackup(await lockedFile(JSON.stringify(backup)), 'paper boat')) as ImportFailure;
    expect(result.code).toBe('invalid-data');
    expect(result.detail).toContain('people[0].name');
  });
});
