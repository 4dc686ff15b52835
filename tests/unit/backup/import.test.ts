import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackupFile, buildBackup, backupToText } from '../../../lib/backup/export-json';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES } from '../../../lib/backup/format';
import {
  MAX_PEOPLE_PER_BACKUP,
  applyImport,
  describeImportPlan,
  looksTruncated,
  parseBackupText,
  previewImport,
  readBackupFile,
  type ImportFailure,
  type ParseResult,
} from '../../../lib/backup/import';
import type { Person } from '../../../lib/amends/types';
import { checkPerson } from '../../../lib/amends/schema';
import { backupTestRepository, closeRepositories, dumpDatabase, richPerson } from './helpers';

afterEach(closeRepositories);

const EXPORT = { now: new Date('2026-06-30T10:00:00Z'), appVersion: '0.1.0' };
const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : 1);

function threePeople(): Person[] {
  return [richPerson('Maria Lopez', 1), richPerson('Dad', 2), richPerson('Sam', 3)];
}

function validBackupObject(people: Person[] = threePeople()): Record<string, unknown> {
  return JSON.parse(backupToText(buildBackup(people, EXPORT))) as Record<string, unknown>;
}

function expectFailure(result: ParseResult, code: ImportFailure['code']): ImportFailure {
  expect(result.ok).toBe(false);
  const failure = result as ImportFailure;
  expect(failure.code).toBe(code);
  // Every refusal says, in plain words, that nothing was changed.
  expect(failure.message).toMatch(/Your list has not been changed\.$/);
  return failure;
}

describe('export → import round trip', () => {
  it('gives back exactly the same people in an empty list', async () => {
    const source = backupTestRepository();
    const people = threePeople();
    await source.importPeople(people);
    const file = exportBackupFile(await source.list(), EXPORT);
    expect(file.fileName).toBe(`amends-backup-${localDay(EXPORT.now)}.json`);

    const parsed = parseBackupText(file.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.exportedAt).toBe('2026-06-30T10:00:00.000Z');
    expect(parsed.backup.app).toEqual({ name: 'Amends Companion', version: '0.1.0' });

    const target = backupTestRepository();
    expect(await previewImport(target, parsed.backup.people)).toEqual({ added: 3, updated: 0, untouched: 0 });
    const applied = await applyImport(target, parsed.backup.people);
    expect(applied).toEqual({ ok: true, plan: { added: 3, updated: 0, untouched: 0 } });
    expect([...(await target.list())].sort(byId)).toEqual([...people].sort(byId));
  });

  it('counts new, updated and untouched people against a list that has moved on', async () => {
    const people = threePeople();
    const repository = backupTestRepository();
    await repository.importPeople(people);
    const backup = parseBackupText(exportBackupFile(people, EXPORT).text);
    if (!backup.ok) throw new Error(backup.message);

    // Since the backup: one person edited, one deleted, one added.
    await repository.update(people[0]!.id, (p) => ({ ...p, relationship: 'sister' }));
    await repository.remove(people[1]!.id);
    const newcomer = await repository.add({ name: 'Jo' });

    const plan = await previewImport(repository, backup.backup.people);
    expect(plan).toEqual({ added: 1, updated: 2, untouched: 1 });
    expect(describeImportPlan(backup.backup.people.length, plan)).toBe(
      "This backup has 3 people: 1 new, 2 already on your list will be updated with the backup's version. 1 person on your list but not in the backup stays as they are.",
    );

    await applyImport(repository, backup.backup.people);
    const after = await repository.list();
    expect(after.find((p) => p.id === people[0]!.id)).toEqual(people[0]);
    expect(after.find((p) => p.id === people[1]!.id)).toEqual(people[1]);
    expect(after.find((p) => p.id === newcomer.id)).toEqual(newcomer);
    expect(after).toHaveLength(4);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const text = `\uFEFF${exportBackupFile(threePeople(), EXPORT).text}`;
    expect(parseBackupText(text).ok).toBe(true);
  });
});

describe('a file that is not a usable backup gets a clear message', () => {
  it('not JSON at all', () => {
    const failure = expectFailure(parseBackupText('Dear Maria, I am sorry for'), 'not-json');
    expect(failure.message).toContain('not an Amends Companion backup');
  });

  it('JSON-looking but damaged in the middle', () => {
    const text = exportBackupFile(threePeople(), EXPORT).text.replace('"people"', '"people" oops');
    expectFailure(parseBackupText(text), 'not-json');
  });

  it('truncated JSON, cut at many different places', () => {
    const text = exportBackupFile(threePeople(), EXPORT).text;
    for (const fraction of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      const cut = text.slice(0, Math.floor(text.length * fraction));
      const failure = expectFailure(parseBackupText(cut), 'truncated');
      expect(failure.message).toContain('cut off');
    }
  });

  it('a wrong format marker', () => {
    const wrong = { ...validBackupObject(), format: 'some-other-app' };
    expectFailure(parseBackupText(JSON.stringify(wrong)), 'not-backup');
    expectFailure(parseBackupText('[]'), 'not-backup');
    expectFailure(parseBackupText('{"people": []}'), 'not-backup');
  });

  it('a newer format version says so', () => {
    const newer = { ...validBackupObject(), version: BACKUP_VERSION + 1 };
    const failure = expectFailure(parseBackupText(JSON.stringify(newer)), 'newer-version');
    expect(failure.message).toContain('newer version of Amends Companion');
    expect(failure.detail).toContain(`${BACKUP_VERSION + 1}`);
  });

  it('a missing or nonsense version', () => {
    for (const version of [undefined, 0, 1.5, '1', null]) {
      const file = { ...validBackupObject(), version };
      expectFailure(parseBackupText(JSON.stringify(file)), 'not-backup');
    }
  });

  it('an encrypted backup is recognised, not mistaken for junk', () => {
    const file = { ...validBackupObject(), kind: 'encrypted', people: undefined, ciphertext: 'AAAA' };
    const failure = expectFailure(parseBackupText(JSON.stringify(file)), 'encrypted');
    expect(failure.message).toContain('locked with a passphrase');
    expectFailure(parseBackupText(JSON.stringify({ ...validBackupObject(), kind: 'zipped' })), 'not-backup');
  });

  it('wrong types inside a person name the field, not the value', () => {
    const cases: [string, (p: Record<string, unknown>) => void][] = [
      ['name', (p) => (p.name = 42)],
      ['status', (p) => (p.status = 'maybe')],
      ['harms', (p) => (p.harms = 'lots')],
      ['restitution', (p) => ((p.restitution as Record<string, unknown>).owedMinor = 12.5)],
      ['steps', (p) => ((p.steps as Record<string, unknown>).acknowledge = true)],
    ];
    for (const [field, spoil] of cases) {
      const file = validBackupObject();
      spoil((file.people as Record<string, unknown>[])[1]!);
      const failure = expectFailure(parseBackupText(JSON.stringify(file)), 'invalid-data');
      expect(failure.message).toContain('Entry 2');
      expect(failure.detail).toContain(`people[1].${field}`);
    }
    const noPeople = { ...validBackupObject(), people: { a: 1 } };
    expectFailure(parseBackupText(JSON.stringify(noPeople)), 'invalid-data');
    const badDate = { ...validBackupObject(), exportedAt: 12 };
    expectFailure(parseBackupText(JSON.stringify(badDate)), 'invalid-data');
  });

  it('a huge string is refused before the schema walks it, a long name by the schema', () => {
    const huge = validBackupObject();
    (huge.people as Record<string, unknown>[])[0]!.name = 'x'.repeat(5_000_000);
    const failure = expectFailure(parseBackupText(JSON.stringify(huge)), 'invalid-data');
    expect(failure.detail).toContain('5,000,000');

    const long = validBackupObject();
    (long.people as Record<string, unknown>[])[0]!.name = 'x'.repeat(201);
    expectFailure(parseBackupText(JSON.stringify(long)), 'invalid-data');
  });

  it('10 MB of junk, with or without a JSON-looking start', () => {
    const junk = 'A'.repeat(10 * 1024 * 1024);
    expectFailure(parseBackupText(junk), 'not-json');
    const bytes = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expectFailure(parseBackupText(new TextDecoder().decode(bytes)), 'not-json');
    expectFailure(parseBackupText(`{${junk}}`), 'not-json');
    expectFailure(parseBackupText(`[${'1,'.repeat(5 * 1024 * 1024)}1]`), 'not-backup');
  });

  it('a file over the size cap is refused without being read', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    const oversized = { size: MAX_BACKUP_BYTES + 1, text } as unknown as Blob;
    const failure = expectFailure(await readBackupFile(oversized), 'too-large');
    expect(failure.message).toContain('too big');
    expect(text).not.toHaveBeenCalled();
    expectFailure(await readBackupFile(new Blob([])), 'empty');
  });

  it('reads a real file through the same checks', async () => {
    const good = new Blob([exportBackupFile(threePeople(), EXPORT).text], { type: 'application/json' });
    expect((await readBackupFile(good)).ok).toBe(true);
    expectFailure(await readBackupFile(new Blob(['{"format":'])), 'truncated');
  });

  it('__proto__ and constructor keys are refused and pollute nothing', () => {
    const base = exportBackupFile(threePeople(), EXPORT).text;
    // Where each lands: the envelope's app object (which the schema never sees), a
    // person's steps, and the top level.
    const samples = [
      base.replace('"name":', '"__proto__": {"polluted": "yes"}, "name":'),
      base.replace('"acknowledge":', '"__proto__": {"done": true}, "acknowledge":'),
      base.replace('"format":', '"constructor": {"prototype": {"polluted": "yes"}}, "format":'),
    ];
    for (const text of samples) {
      const failure = expectFailure(parseBackupText(text), 'unsafe-content');
      expect(failure.detail).toMatch(/__proto__|constructor|prototype/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('deep nesting is refused, not a crash', () => {
    const deep = `{"format":"${BACKUP_FORMAT}","version":1,"kind":"plain","x":${'['.repeat(500_000)}${']'.repeat(500_000)}}`;
    const result = parseBackupText(deep);
    expect(result.ok).toBe(false);
  });

  it('the same id twice', () => {
    const people = threePeople();
    const file = validBackupObject([...people, { ...people[0]!, name: 'Someone else' }]);
    const failure = expectFailure(parseBackupText(JSON.stringify(file)), 'duplicate-ids');
    expect(failure.detail).toContain('Entry 4');
  });

  it('more people than the cap', () => {
    const file = { ...validBackupObject([]), people: new Array(MAX_PEOPLE_PER_BACKUP + 1).fill(0) };
    expectFailure(parseBackupText(JSON.stringify(file)), 'too-many-people');
  });

  it('an empty file', () => {
    expectFailure(parseBackupText('  \n'), 'empty');
  });

  it('HTML and script in names are kept as plain text, exactly', async () => {
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script> & "Bob"';
    const people = [{ ...richPerson('Bob', 7), name: hostile }];
    const parsed = parseBackupText(exportBackupFile(people, EXPORT).text);
    if (!parsed.ok) throw new Error(parsed.message);
    const repository = backupTestRepository();
    await applyImport(repository, parsed.backup.people);
    expect((await repository.list())[0]?.name).toBe(hostile);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('truncation detection', () => {
  it('tells a cut-off file from junk', () => {
    expect(looksTruncated('{"a": [1, 2')).toBe(true);
    expect(looksTruncated('{"a": "some te')).toBe(true);
    expect(looksTruncated('{"a": 1}}')).toBe(false);
    expect(looksTruncated('{"a": 1} trailing')).toBe(false);
    expect(looksTruncated('hello')).toBe(false);
  });
});

describe('atomicity', () => {
  it('a refused file leaves the database byte-for-byte as it was', async () => {
    const repository = backupTestRepository();
    await repository.importPeople(threePeople().slice(0, 2));
    await repository.add({ name: 'Jo', what: 'Missed the party' });
    const before = await dumpDatabase(repository.dbName);

    const good = exportBackupFile([richPerson('Maria Lopez', 1), richPerson('Kim', 9)], EXPORT).text;
    const hostile = [good.slice(0, good.length / 2), good.replace('"name":', '"__proto__":{},"name":'), 'junk'.repeat(1000)];
    for (const text of hostile) {
      const parsed = parseBackupText(text);
      expect(parsed.ok).toBe(false);
      // What the panel does: only a valid file ever reaches the repository.
      if (parsed.ok) await applyImport(repository, parsed.backup.people);
    }
    expect(await dumpDatabase(repository.dbName)).toBe(before);
  });

  it('a write that fails half-way through the import rolls everything back', async () => {
    const repository = backupTestRepository();
    const stored = threePeople();
    await repository.importPeople(stored);
    const before = await dumpDatabase(repository.dbName);

    // The backup edits all three people and adds five; the fourth write fails (disk full).
    const incoming = [
      ...stored.map((p) => ({ ...p, relationship: 'changed', updatedAt: p.updatedAt + 1 })),
      ...[10, 11, 12, 13, 14].map((n) => richPerson(`New ${n}`, n)),
    ];
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 4) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    const result = await applyImport(repository, incoming);
    expect(result.ok).toBe(false);
    expect((result as ImportFailure).code).toBe('save-failed');
    expect((result as ImportFailure).message).toContain('none of it was brought in');
    expect(puts).toBeGreaterThanOrEqual(4);
    vi.restoreAllMocks();

    expect(await dumpDatabase(repository.dbName)).toBe(before);
    expect((await repository.list()).sort(byId)).toEqual([...stored].sort(byId));
  });
});

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('mutated files (a small fuzz; issue 6 grows it)', () => {
  it('never throws: each mutation is either a valid backup the store accepts, or a calm refusal', () => {
    let seed = 0x2f6b1a;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pick = (n: number) => Math.floor(random() * n);
    const base = exportBackupFile([richPerson('Maria Lopez', 1), richPerson('Kim', 2)], EXPORT).text;
    const junk = ['{', '}', '[', ']', '"', ',', ':', '\\', 'null', '-1', '1e999', '"__proto__"', '\u0000', '\uD800', 'true'];
    const mutate = (text: string): string => {
      const at = pick(text.length);
      switch (pick(6)) {
        case 0:
          return text.slice(0, at);
        case 1:
          return text.slice(0, at) + junk[pick(junk.length)] + text.slice(at + 1);
        case 2:
          return text.slice(0, at) + text.slice(at + 1 + pick(200));
        case 3:
          return text.slice(0, at) + text.slice(at, at + pick(300)) + text.slice(at);
        case 4:
          return text.replace(/"[a-zA-Z]+": (\d+|true|false|null|"[^"]*")/g, (m) => (random() < 0.05 ? m.replace(/: .*/, ': {}') : m));
        default:
          return text.slice(0, at) + junk[pick(junk.length)] + text.slice(at);
      }
    };
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      let text = base;
      for (let k = 1 + pick(3); k > 0; k--) text = mutate(text);
      const result = parseBackupText(text);
      if (result.ok) {
        for (const person of result.backup.people) expect(checkPerson(person).ok).toBe(true);
      } else {
        refused += 1;
        expect(result.message).toMatch(/Your list has not been changed\.$/);
      }
    }
    // Most mutations break the file; a test that refused nothing would be suspicious.
    expect(refused).toBeGreaterThan(300);
  });
});
