/**
 * Reading a backup file the person picked: every check a hostile, damaged or foreign file
 * must pass before anything touches the list. Nothing here writes; `applyImport` hands
 * validated people to the repository, which writes them in one transaction.
 *
 * Order of checks, cheapest first, so 10 MB of junk is turned away without walking it:
 * size → first character → JSON syntax → envelope header (format, version, kind) → one
 * walk for unsafe keys and oversized strings → people array size → each person against
 * the domain schema → duplicate ids.
 */
import { personSchema } from '../amends/schema';
import type { Person } from '../amends/types';
import type { AmendsRepository, ImportPlan } from '../store/repository-api';
import {
  BACKUP_FORMAT,
  BACKUP_KINDS,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type BackupAppInfo,
  type BackupKind,
  type EncryptedBackup,
} from './format';
import { decryptBackupPayload } from './encrypted';
import { isUsableKdf } from '../crypto/passphrase-key';
import { base64ToBytes } from '../crypto/base64';

/** More people than any real list; bounds the work a hostile file can ask for. */
export const MAX_PEOPLE_PER_BACKUP = 50_000;
/**
 * No single text in a backup is longer than this. The domain schema sets the real,
 * per-field limits; this one only stops a giant string before the schema walks it.
 */
export const MAX_STRING_CHARS = 1_000_000;

/** Object keys a backup never has; they could reach an object's prototype when copied. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'read-failed'
  | 'not-json'
  | 'truncated'
  | 'not-backup'
  | 'newer-version'
  | 'encrypted'
  | 'wrong-passphrase'
  | 'unsafe-content'
  | 'invalid-data'
  | 'too-many-people'
  | 'duplicate-ids'
  | 'save-failed';

export interface ImportFailure {
  ok: false;
  code: ImportErrorCode;
  /** Plain, kind words: what is wrong, and that the list was not changed. */
  message: string;
  /** Technical detail for someone helping (which field, which position); no user text. */
  detail?: string;
  /**
   * With code 'encrypted': the well-formed encrypted file, waiting for its passphrase
   * (`openEncryptedBackup`). Absent when the encrypted file itself is damaged.
   */
  locked?: EncryptedBackup;
}

export interface ParsedBackup {
  version: number;
  kind: BackupKind;
  exportedAt: string;
  app: BackupAppInfo;
  people: Person[];
}

export type ParseResult = { ok: true; backup: ParsedBackup } | ImportFailure;

const UNCHANGED = 'Your list has not been changed.';

function fail(code: ImportErrorCode, message: string, detail?: string): ImportFailure {
  return detail === undefined
    ? { ok: false, code, message: `${message} ${UNCHANGED}` }
    : { ok: false, code, message: `${message} ${UNCHANGED}`, detail };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(bytes: number): ImportFailure {
  return fail(
    'too-large',
    `This file is too big to be an Amends Companion backup (${megabytes(bytes)}; backups stay under ${megabytes(MAX_BACKUP_BYTES)}), so it was not opened.`,
  );
}

/**
 * Reads and validates a picked file. The size is checked before a single byte is read.
 * Accepts any Blob (a File from an <input type="file"> is one).
 */
export async function readBackupFile(file: Blob): Promise<ParseResult> {
  if (file.size === 0) return parseBackupText('');
  if (file.size > MAX_BACKUP_BYTES) return tooLarge(file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(
      'read-failed',
      'The file could not be read. It may have been moved or may still be downloading.',
      errorText(error),
    );
  }
  return parseBackupText(text);
}

/** Validates backup text. Pure: no I/O, never throws. */
export function parseBackupText(raw: string): ParseResult {
  // A byte-order mark some editors add is not part of the JSON.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') {
    return fail('empty', 'This file is empty, so there is nothing in it to bring back.');
  }
  // UTF-16 length is at most the UTF-8 byte count, so this never rejects a file that fits.
  if (text.length > MAX_BACKUP_BYTES) return tooLarge(text.length);

  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') {
    // Not JSON at all (an image, a document, random bytes): no need to parse megabytes of it.
    return fail(
      'not-json',
      'This file is not an Amends Companion backup. Backups are .json files named like amends-backup-2026-06-30.json.',
      `The file starts with ${describeChar(first)} instead of "{".`,
    );
  }

  let parsed: unknown;
  try {
    // No reviver: it would cost ~10x on a big file and recurses on deep nesting.
    // Unsafe keys and giant strings are found by scanTree once the header is known good.
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) {
      return fail('not-backup', 'This file is not laid out like a backup, so it was not opened.', 'The data is nested far too deeply.');
    }
    if (parseFailedAtEnd(error, text) ?? looksTruncated(text)) {
      return fail(
        'truncated',
        'This backup seems to be cut off: the file ends before the backup does. It may not have finished saving or copying. If you have another copy, try that one.',
        errorText(error),
      );
    }
    return fail(
      'not-json',
      'This file could not be read as a backup: its contents are damaged or it is a different kind of file.',
      errorText(error),
    );
  }

  return validateEnvelope(parsed);
}

function validateEnvelope(parsed: unknown): ParseResult {
  if (!isPlainObject(parsed) || parsed.format !== BACKUP_FORMAT) {
    return fail(
      'not-backup',
      'This file is not an Amends Companion backup. Please check that you picked the right file.',
      isPlainObject(parsed) ? 'The "format" marker is missing or different.' : 'The file holds no backup object.',
    );
  }
  const { version, kind } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-backup', 'This backup does not say which version it is, so it could not be read safely.', 'The "version" field is missing or not a whole number.');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      'newer-version',
      'This backup was made by a newer version of Amends Companion. Updating the extension should let you open it.',
      `Backup format version ${version}; this version reads up to ${BACKUP_VERSION}.`,
    );
  }
  if (kind === 'encrypted') return validateEncryptedEnvelope(parsed);
  if (typeof kind !== 'string' || !(BACKUP_KINDS as readonly string[]).includes(kind)) {
    return fail('not-backup', 'This backup is of a kind this version does not know, so it was not opened.', 'The "kind" field is missing or unknown.');
  }

  const scan = scanTree(parsed);
  if (scan.unsafeKey !== undefined) {
    return fail(
      'unsafe-content',
      'This file contains something a backup never does, so it was not opened.',
      `It uses the reserved key "${scan.unsafeKey.slice(0, 40)}".`,
    );
  }
  if (scan.longString !== undefined) {
    return fail(
      'invalid-data',
      'This file holds a piece of text far longer than any backup would, so it was not opened.',
      `A text of ${scan.longString.toLocaleString('en')} characters (the limit is ${MAX_STRING_CHARS.toLocaleString('en')}).`,
    );
  }

  const { exportedAt, app, people } = parsed;
  if (typeof exportedAt !== 'string' || exportedAt.length > 64 || Number.isNaN(Date.parse(exportedAt))) {
    return fail('invalid-data', 'Part of this backup is not in the shape a backup should be, so none of it was brought in.', 'The "exportedAt" field is not a date and time.');
  }
  if (!isPlainObject(app) || !isShortString(app.name) || !isShortString(app.version)) {
    return fail('invalid-data', 'Part of this backup is not in the shape a backup should be, so none of it was brought in.', 'The "app" field should hold a name and a version.');
  }
  const checked = validatePayload({ people });
  if (!checked.ok) return checked;
  return {
    ok: true,
    backup: { version, kind: 'plain', exportedAt, app: { name: app.name, version: app.version }, people: checked.people },
  };
}

/**
 * An encrypted file's envelope: everything but the ciphertext is checked here; the
 * ciphertext is checked by AES-GCM when the passphrase is given. The result is a refusal
 * with code 'encrypted' that carries the file (`locked`) for the passphrase prompt.
 */
function validateEncryptedEnvelope(parsed: Record<string, unknown>): ImportFailure {
  const damaged = (detail: string) =>
    fail('encrypted', 'This backup is locked with a passphrase, but the part that says how to open it is damaged, so it could not be opened.', detail);
  const { cipher, ciphertext, exportedAt, app } = parsed;
  const scan = scanTree({ ...parsed, ciphertext: '' });
  if (scan.unsafeKey !== undefined) return damaged(`It uses the reserved key "${scan.unsafeKey.slice(0, 40)}".`);
  if (scan.longString !== undefined) return damaged('A header field is far too long.');
  if (!isPlainObject(cipher) || cipher.algorithm !== 'AES-GCM') return damaged('The "cipher" field is missing or names another algorithm.');
  if (!isUsableKdf(cipher.kdf)) return damaged('The key derivation parameters are missing or out of range.');
  if (!isIv(cipher.iv)) return damaged('The "iv" is missing or not 12 bytes of base64.');
  if (typeof ciphertext !== 'string' || ciphertext.length < 24 || ciphertext.length > MAX_BACKUP_BYTES) {
    return damaged('The "ciphertext" is missing or the wrong size.');
  }
  if (typeof exportedAt !== 'string' || exportedAt.length > 64 || Number.isNaN(Date.parse(exportedAt))) {
    return damaged('The "exportedAt" field is not a date and time.');
  }
  if (!isPlainObject(app) || !isShortString(app.name) || !isShortString(app.version)) {
    return damaged('The "app" field should hold a name and a version.');
  }
  const locked: EncryptedBackup = {
    format: BACKUP_FORMAT,
    version: parsed.version as number,
    kind: 'encrypted',
    exportedAt,
    app: { name: app.name, version: app.version },
    cipher: { algorithm: 'AES-GCM', kdf: cipher.kdf, iv: cipher.iv },
    ciphertext,
  };
  return { ...fail('encrypted', 'This backup is locked with a passphrase. Enter its passphrase to open it.'), locked };
}

function isIv(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 32) return false;
  try {
    return base64ToBytes(value).length === 12;
  } catch {
    return false;
  }
}

/**
 * Opens an encrypted backup with its passphrase and checks what is inside exactly as a
 * plain backup is checked. A wrong passphrase (or a damaged file: AES-GCM cannot tell
 * them apart) is a calm refusal. Never throws.
 */
export async function openEncryptedBackup(file: EncryptedBackup, passphrase: string): Promise<ParseResult> {
  const text = await decryptBackupPayload(file, passphrase);
  if (text === null) {
    return fail(
      'wrong-passphrase',
      "That passphrase doesn't open this backup. Please check it and try again; if it is right, the file may have been damaged.",
    );
  }
  const invalid = (detail: string) =>
    fail('invalid-data', 'This backup opened, but what is inside is not in the shape a backup should be, so none of it was brought in.', detail);
  if (text.trimStart()[0] !== '{') return invalid('The opened contents are not a backup object.');
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return invalid(errorText(error));
  }
  const scan = scanTree(payload);
  if (scan.unsafeKey !== undefined) {
    return fail('unsafe-content', 'This file contains something a backup never does, so it was not opened.', `It uses the reserved key "${scan.unsafeKey.slice(0, 40)}".`);
  }
  if (scan.longString !== undefined) return invalid(`A text of ${scan.longString.toLocaleString('en')} characters.`);
  const checked = validatePayload(payload);
  if (!checked.ok) return checked;
  return {
    ok: true,
    backup: { version: file.version, kind: 'encrypted', exportedAt: file.exportedAt, app: file.app, people: checked.people },
  };
}

/**
 * Walks the parsed file without recursion (a hostile file may nest deeply) and reports the
 * first key that could reach a prototype when copied, or the first oversized string.
 * JSON.parse keeps "__proto__" as an ordinary own key, so it is visible here.
 */
function scanTree(root: unknown): { unsafeKey?: string; longString?: number } {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) return { longString: value.length };
    } else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' || typeof item === 'string') stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (UNSAFE_KEYS.has(key)) return { unsafeKey: key };
        if (key.length > MAX_STRING_CHARS) return { longString: key.length };
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return {};
}

/**
 * Checks the people a backup carries. Shared by plain backups and (issue 6) by the
 * decrypted payload of an encrypted one. Stops at the first person that does not fit,
 * so a file with thousands of broken entries costs no more than one.
 */
export function validatePayload(payload: unknown): { ok: true; people: Person[] } | ImportFailure {
  const people = isPlainObject(payload) ? payload.people : undefined;
  if (!Array.isArray(people)) {
    return fail('invalid-data', 'This backup has no list of people in it, so nothing was brought in.', 'The "people" field is missing or not a list.');
  }
  if (people.length > MAX_PEOPLE_PER_BACKUP) {
    return fail(
      'too-many-people',
      `This backup lists more people (${people.length.toLocaleString('en')}) than Amends Companion can bring in at once, so it was not opened.`,
      `The limit is ${MAX_PEOPLE_PER_BACKUP.toLocaleString('en')}.`,
    );
  }
  const valid: Person[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < people.length; index++) {
    const result = personSchema.safeParse(people[index]);
    if (!result.success) {
      return fail(
        'invalid-data',
        `Entry ${index + 1} in this backup is not in the shape a person on the list should be, so none of the backup was brought in.`,
        describeIssues(index, result.error.issues),
      );
    }
    const person = result.data as Person;
    if (seen.has(person.id)) {
      return fail(
        'duplicate-ids',
        'This backup lists the same person twice (two entries share one id), so none of it was brought in.',
        `Entry ${index + 1} repeats the id of an earlier entry.`,
      );
    }
    seen.add(person.id);
    valid.push(person);
  }
  return { ok: true, people: valid };
}

interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** "people[3].harms[0].what: Too big…" for the first few issues; never echoes the value. */
function describeIssues(index: number, issues: readonly SchemaIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`),
      `people[${index}]`,
    );
    return `${path}: ${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}

/**
 * Whether the parser gave up at the very end of the text (the file stops mid-way), read
 * from the engine's message: V8 "Unexpected end of JSON input" / "at position N",
 * Firefox "end of data" / "at line L column C". Undefined when the message says neither.
 */
function parseFailedAtEnd(error: unknown, text: string): boolean | undefined {
  if (!(error instanceof Error)) return undefined;
  const message = error.message;
  if (/end of (json )?(input|data)/i.test(message)) return true;
  const end = text.trimEnd().length;
  const position = /at position (\d+)/i.exec(message);
  if (position) return Number(position[1]) >= end;
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return undefined;
      offset = next + 1;
    }
    return offset + Number(lineColumn[2]) - 1 >= end;
  }
  return undefined;
}

/**
 * Fallback when the engine's message gives no position: true when the text reads like valid JSON that simply stops: inside a string or with
 * brackets still open at the end. One linear scan, run only after a parse error.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c /* \ */) escaped = true;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      opened = true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth < 0) return false;
      // Closed the top level and text follows: that is trailing junk, not a cut-off file.
      if (depth === 0 && text.slice(i + 1).trim() !== '') return false;
    }
  }
  return opened && (depth > 0 || inString);
}

export interface ApplyResult {
  ok: true;
  plan: ImportPlan;
}

/** What importing would do ("3 new, 9 updated, 4 untouched"), without writing. */
export function previewImport(repository: AmendsRepository, people: Person[]): Promise<ImportPlan> {
  return repository.planImport(people);
}

/** Writes validated people in one transaction (all or nothing). Never throws. */
export async function applyImport(repository: AmendsRepository, people: Person[]): Promise<ApplyResult | ImportFailure> {
  try {
    const plan = await repository.importPeople(people);
    return { ok: true, plan };
  } catch (error) {
    return fail('save-failed', 'The backup could not be saved, so none of it was brought in.', errorText(error));
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The preview in words: "This backup has 12 people: 3 new, 9 will be updated with the
 * backup's version. 4 people not in the backup stay as they are."
 */
export function describeImportPlan(total: number, plan: ImportPlan): string {
  if (total === 0) return 'This backup has no people in it, so importing it would change nothing.';
  const parts: string[] = [];
  if (plan.added > 0) parts.push(`${plan.added.toLocaleString('en')} new`);
  if (plan.updated > 0) {
    parts.push(`${plan.updated.toLocaleString('en')} already on your list will be updated with the backup's version`);
  }
  let sentence = `This backup has ${plural(total, 'person', 'people')}: ${parts.join(', ')}.`;
  if (plan.untouched > 0) {
    sentence += ` ${plural(plan.untouched, 'person', 'people')} on your list but not in the backup ${plan.untouched === 1 ? 'stays' : 'stay'} as they are.`;
  }
  return sentence;
}

/** The result in words, once the import is done. */
export function describeImportDone(plan: ImportPlan): string {
  const parts: string[] = [];
  if (plan.added > 0) parts.push(`${plural(plan.added, 'person', 'people')} added`);
  if (plan.updated > 0) parts.push(`${plural(plan.updated, 'person', 'people')} updated`);
  if (parts.length === 0) return 'The backup is imported. Nothing needed to change.';
  return `The backup is imported: ${parts.join(', ')}.`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200;
}

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'nothing';
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && code < 0x7f ? `"${char}"` : `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
