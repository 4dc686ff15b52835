/**
 * Saved draft copies (issue 5, "Save a copy to their record"): the domain helpers, the
 * schema's limits, the backup file round trip, the readable sheet, and the lock sealing
 * the copies with the rest of the record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { draftCopyProblem, LIMITS, removeDraftCopy, saveDraftCopy, savedDrafts, tidyDraftText } from '../../../lib/amends';
import { checkPerson } from '../../../lib/amends/schema';
import { buildBackup, backupToText } from '../../../lib/backup/export-json';
import { parseBackupText } from '../../../lib/backup/import';
import { buildReadableSheet, renderSheetMarkdown } from '../../../lib/backup/export-readable';
import { MemoryKeyVault } from '../../../lib/store';
import { person, sequentialIds, T0 } from '../amends/fixtures';
import { closeAll, dumpDatabase, freshDbName, testRepository } from '../store/helpers';

afterEach(closeAll);

const LETTER = 'Dear Marguerite Vellacott,\n\nI lied to you about the Ashgrove money. I am sorry.';

describe('saving a copy of a draft', () => {
  it('keeps the text (trimmed), dated, newest first, and the record stays valid', () => {
    const ids = sequentialIds('copy');
    let p = person('Marguerite Vellacott');
    expect(p.drafts).toBeUndefined();
    expect(savedDrafts(p)).toEqual([]);
    p = saveDraftCopy(p, `  ${LETTER}\n\n`, T0 + 1000, ids);
    p = saveDraftCopy(p, 'A second, shorter try.', T0 + 2000, ids);
    expect(p.drafts).toEqual([
      { id: 'copy-2', at: T0 + 2000, text: 'A second, shorter try.' },
      { id: 'copy-1', at: T0 + 1000, text: LETTER },
    ]);
    expect(p.updatedAt).toBe(T0 + 2000);
    expect(checkPerson(p).ok).toBe(true);
  });

  it('folds the blank runs a masked quote or signature leaves, keeping the person\'s paragraphs', () => {
    const masked = 'Dear Sam,   \n\nI am sorry.\n' + ' '.repeat(40) + '\n' + ' '.repeat(30) + '\n\n\nI will pay it back.\n' + ' '.repeat(25);
    expect(tidyDraftText(masked)).toBe('Dear Sam,\n\nI am sorry.\n\nI will pay it back.');
    expect(saveDraftCopy(person('Sam'), masked, T0, () => 'c').drafts?.[0]?.text).toBe('Dear Sam,\n\nI am sorry.\n\nI will pay it back.');
    expect(() => saveDraftCopy(person('Sam'), ' '.repeat(50) + '\n\n' + ' '.repeat(9), T0)).toThrow(/empty/);
  });

  it('refuses an empty draft, an oversized one, and one past the per-person limit, in words', () => {
    const p = person('Sam');
    expect(() => saveDraftCopy(p, '   ', T0)).toThrow(/empty/);
    expect(() => saveDraftCopy(p, 'x'.repeat(LIMITS.draftText + 1), T0)).toThrow(/longer than/);
    const full = { ...p, drafts: Array.from({ length: LIMITS.drafts }, (_, i) => ({ id: `d${i}`, at: T0 + i, text: 'copy' })) };
    expect(draftCopyProblem(full, 'one more')).toMatch(/Remove an older one/);
    expect(() => saveDraftCopy(full, 'one more', T0)).toThrow(RangeError);
  });

  it('removes one copy by id and leaves the record untouched for an unknown id', () => {
    const ids = sequentialIds('copy');
    let p = saveDraftCopy(person('Sam'), 'first', T0 + 1, ids);
    p = saveDraftCopy(p, 'second', T0 + 2, ids);
    const same = removeDraftCopy(p, 'nope', T0 + 3);
    expect(same).toBe(p);
    const fewer = removeDraftCopy(p, 'copy-1', T0 + 3);
    expect(fewer.drafts?.map((d) => d.text)).toEqual(['second']);
    expect(fewer.updatedAt).toBe(T0 + 3);
  });
});

describe('the schema for saved drafts', () => {
  it('accepts records without drafts (written before them) and rejects bad copies', () => {
    const p = person('Sam');
    expect(checkPerson(p).ok).toBe(true);
    expect(checkPerson({ ...p, drafts: [{ id: 'a', at: T0, text: 'ok' }] }).ok).toBe(true);
    expect(checkPerson({ ...p, drafts: [{ id: 'a', at: T0, text: 'ok', extra: 1 }] }).ok).toBe(false);
    expect(checkPerson({ ...p, drafts: [{ id: 'a', at: -1, text: 'ok' }] }).ok).toBe(false);
    expect(checkPerson({ ...p, drafts: [{ id: 'a', at: T0, text: 'x'.repeat(LIMITS.draftText + 1) }] }).ok).toBe(false);
    expect(checkPerson({ ...p, drafts: 'not a list' }).ok).toBe(false);
    const tooMany = Array.from({ length: LIMITS.drafts + 1 }, (_, i) => ({ id: `d${i}`, at: T0, text: 't' }));
    expect(checkPerson({ ...p, drafts: tooMany }).ok).toBe(false);
  });
});

describe('backups with saved drafts', () => {
  it('export and import carry the copies unchanged', () => {
    const p = saveDraftCopy(person('Marguerite Vellacott'), LETTER, T0 + 5, sequentialIds('copy'));
    const text = backupToText(buildBackup([p, person('Sam')], { now: new Date(T0), appVersion: '0.0.0' }));
    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.people).toEqual([p, person('Sam')]);
    expect(parsed.backup.people[1]).not.toHaveProperty('drafts');
  });

  it('rejects a file whose saved draft is not in shape, naming where', () => {
    const p = person('Sam');
    const backup = buildBackup([{ ...p, drafts: [{ id: 'a', at: T0, text: 42 as unknown as string }] }], { now: new Date(T0), appVersion: '0' });
    const parsed = parseBackupText(backupToText(backup));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.detail).toMatch(/people\[0\]\.drafts\[0\]\.text/);
  });

  it('the readable sheet lists saved drafts, and leaves them out with the notes', () => {
    const p = saveDraftCopy(person('Marguerite Vellacott'), LETTER, T0 + 5, sequentialIds('copy'));
    const withNotes = renderSheetMarkdown(buildReadableSheet([p], { omitNames: false, omitNotes: false, now: new Date(T0) }));
    expect(withNotes).toContain('Saved drafts');
    expect(withNotes).toContain('Ashgrove money');
    const without = renderSheetMarkdown(buildReadableSheet([p], { omitNames: false, omitNotes: true, now: new Date(T0) }));
    expect(without).not.toContain('Ashgrove');
  });
});

describe('saved drafts under the lock', () => {
  it('are sealed with the rest of the record: not readable in the raw database, whole once unlocked', async () => {
    const dbName = freshDbName();
    const repo = testRepository(dbName, { kdfIterations: 1_000, vault: new MemoryKeyVault() });
    const added = await repo.add({ name: 'Marguerite Vellacott' });
    await repo.enableLock('blue kettle morning');
    const saved = await repo.update(added.id, (p) => saveDraftCopy(p, LETTER, Date.now()));
    const raw = await dumpDatabase(dbName);
    expect(raw).not.toContain('Ashgrove');
    expect(raw).not.toContain('Marguerite');
    expect((await repo.get(added.id))?.drafts?.[0]?.text).toBe(LETTER);
    await repo.lock();
    await repo.unlock('blue kettle morning');
    expect(await repo.get(added.id)).toEqual(saved);
  });
});
