import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { RepositoryProvider } from '@/components/data/RepositoryContext';
import { exportBackupFile } from '@/lib/backup/export-json';
import { parseBackupText } from '@/lib/backup/import';
import type { IdbAmendsRepository } from '@/lib/store';
import { backupTestRepository, closeRepositories, dumpDatabase, richPerson } from './helpers';

const NOW = new Date(2026, 5, 30, 10);

/** Captures what the panel hands to the browser's download: file name and text. */
function captureDownloads() {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, text: blob.text(), type: blob.type });
  });
  return files;
}

/** happy-dom has no print dialog: stand one in that records the calls. */
function mockPrint() {
  const print = vi.fn();
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

function renderPanel(repository: IdbAmendsRepository) {
  return render(
    <RepositoryProvider repository={repository}>
      <BackupPanel now={() => NOW} />
    </RepositoryProvider>,
  );
}

function jsonFile(text: string, name = 'amends-backup.json'): File {
  return new File([text], name, { type: 'application/json' });
}

let repository: IdbAmendsRepository;
beforeEach(() => {
  repository = backupTestRepository();
});
afterEach(async () => {
  delete (window as { print?: unknown }).print;
  await closeRepositories();
});

describe('BackupPanel: import', () => {
  it('a broken file shows a calm alert and leaves the list unchanged', async () => {
    const user = userEvent.setup();
    await repository.importPeople([richPerson('Maria Lopez', 1)]);
    const before = await dumpDatabase(repository.dbName);
    renderPanel(repository);

    const good = exportBackupFile([richPerson('Kim', 2)], { now: NOW, appVersion: '0.1.0' }).text;
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(good.slice(0, good.length / 2), 'half.json'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('half.json could not be imported.');
    expect(alert.textContent).toContain('cut off');
    expect(alert.textContent).toContain('Your list has not been changed.');
    expect(screen.queryByTestId('backup-import-preview')).toBeNull();
    expect(await dumpDatabase(repository.dbName)).toBe(before);
  });

  it('a good file shows a preview, and Import brings the people in', async () => {
    const user = userEvent.setup();
    const maria = richPerson('Maria Lopez', 1);
    await repository.importPeople([maria]);
    renderPanel(repository);

    const incoming = [{ ...maria, relationship: 'sister' }, richPerson('Kim', 2), richPerson('Dad', 3)];
    const text = exportBackupFile(incoming, { now: NOW, appVersion: '0.1.0' }).text;
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(text));

    const preview = await screen.findByTestId('backup-import-preview');
    expect(within(preview).getByTestId('backup-import-plan').textContent).toBe(
      "This backup has 3 people: 2 new, 1 already on your list will be updated with the backup's version.",
    );
    // Nothing is written before Import is pressed.
    expect(await repository.list()).toEqual([maria]);
    await waitFor(() => expect(document.activeElement).toBe(within(preview).getByRole('heading')));

    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    expect((await screen.findByTestId('backup-import-done')).textContent).toBe(
      'The backup is imported: 2 people added, 1 person updated.',
    );
    const stored = await repository.list();
    expect(stored.map((p) => p.name).sort()).toEqual(['Dad', 'Kim', 'Maria Lopez']);
    expect(stored.find((p) => p.id === maria.id)?.relationship).toBe('sister');
  });

  it('Cancel after the preview changes nothing', async () => {
    const user = userEvent.setup();
    renderPanel(repository);
    await repository.list(); // opens (creates) the database before it is dumped
    const before = await dumpDatabase(repository.dbName);
    const text = exportBackupFile([richPerson('Kim', 2)], { now: NOW, appVersion: '0.1.0' }).text;
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(text));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('backup-import-preview')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Choose a backup file'));
    expect(await dumpDatabase(repository.dbName)).toBe(before);
  });

  it('HTML in an imported name is shown as text, never run', async () => {
    const user = userEvent.setup();
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';
    renderPanel(repository);
    const text = exportBackupFile([{ ...richPerson('X', 1), name: hostile }], { now: NOW, appVersion: '0.1.0' }).text;
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(text));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByTestId('backup-import-done');
    expect((await repository.list())[0]?.name).toBe(hostile);

    // The print view shows the stored name as text.
    mockPrint();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    const sheet = await screen.findByTestId('backup-print-sheet');
    expect(within(sheet).getByRole('heading', { level: 2, name: hostile })).toBeTruthy();
    expect(sheet.querySelector('script, img')).toBeNull();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('BackupPanel: export', () => {
  it('saves a JSON backup that imports back to the same list', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const people = [richPerson('Maria Lopez', 1), richPerson('Kim', 2)];
    await repository.importPeople(people);
    renderPanel(repository);

    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    // The status region is always there; wait for the export to finish and fill it.
    await waitFor(() =>
      expect(screen.getByTestId('backup-export-status').textContent).toContain(
        'Your backup of 2 people is saved as amends-backup-2026-06-30.json.',
      ),
    );
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('amends-backup-2026-06-30.json');
    expect(files[0]!.type).toContain('application/json');
    const parsed = parseBackupText(await files[0]!.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.people).toEqual(await repository.list());
    expect((await repository.readMeta()).lastBackupAt).toBe(NOW.getTime());
  });

  it('the Markdown sheet honours "Leave out names" and "Leave out notes"', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await repository.importPeople([richPerson('Maria Lopez', 1, { note: 'Meet Maria at the park' })]);
    renderPanel(repository);

    await user.click(screen.getByRole('checkbox', { name: 'Leave out names' }));
    await user.click(screen.getByRole('checkbox', { name: 'Leave out notes' }));
    await user.click(screen.getByRole('button', { name: 'Download as Markdown' }));
    await screen.findByText('The sheet is saved as amends-sheet-2026-06-30.md.');
    const md = await files[0]!.text;
    expect(md).toContain('## Person 1');
    expect(md).not.toMatch(/maria|lopez/i);
    expect(md).not.toContain('park');
    expect(md).not.toContain('Scared but ready');
  });

  it('Print renders the sheet for paper and calls the print dialog', async () => {
    const user = userEvent.setup();
    const print = mockPrint();
    await repository.importPeople([richPerson('Maria Lopez', 1)]);
    renderPanel(repository);
    await user.click(screen.getByRole('checkbox', { name: 'Leave out names' }));
    await user.click(screen.getByRole('button', { name: 'Print' }));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = screen.getByTestId('backup-print-sheet');
    expect(sheet.parentElement).toBe(document.body);
    expect(document.documentElement.classList.contains('backup-printing')).toBe(true);
    expect(sheet.textContent).toContain('Person 1');
    expect(sheet.textContent).not.toMatch(/maria/i);

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('backup-print-sheet')).toBeNull());
    expect(document.documentElement.classList.contains('backup-printing')).toBe(false);
  });
});

describe('BackupPanel: delete everything', () => {
  it('is guarded by a second step and a typed word, then empties the list', async () => {
    const user = userEvent.setup();
    await repository.importPeople([richPerson('Maria Lopez', 1), richPerson('Kim', 2)]);
    renderPanel(repository);

    expect(screen.queryByRole('button', { name: 'Delete everything for good' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const word = screen.getByLabelText('To confirm, type DELETE');
    await waitFor(() => expect(document.activeElement).toBe(word));

    // The wrong word deletes nothing.
    await user.type(word, 'delet');
    await user.click(screen.getByRole('button', { name: 'Delete everything for good' }));
    expect((await screen.findByRole('alert')).textContent).toContain('please type DELETE');
    expect(await repository.list()).toHaveLength(2);

    // "Keep my list" closes it without deleting.
    await user.click(screen.getByRole('button', { name: 'Keep my list' }));
    expect(screen.queryByLabelText('To confirm, type DELETE')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(await repository.list()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.type(screen.getByLabelText('To confirm, type DELETE'), 'DELETE{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('delete-everything-status').textContent).toContain(
        'Everything has been deleted. Your list is now empty.',
      ),
    );
    expect(await repository.list()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything…' }));
  });

  it('offers a backup right where the deletion is confirmed', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await repository.importPeople([richPerson('Kim', 2)]);
    renderPanel(repository);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Export a backup first' }));
    await screen.findByText('Backup of 1 person saved as amends-backup-2026-06-30.json.');
    expect(files.map((f) => f.name)).toEqual(['amends-backup-2026-06-30.json']);
    expect(await repository.list()).toHaveLength(1);
  });
});
