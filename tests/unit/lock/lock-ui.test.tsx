import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '@/components/data/AppProviders';
import { LockGate } from '@/components/lock/LockGate';
import { LockSettings } from '@/components/lock/LockSettings';
import { ExportSection } from '@/components/backup/ExportSection';
import { ImportSection } from '@/components/backup/ImportSection';
import { PopupApp } from '@/components/popup/PopupApp';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { exportEncryptedBackupFile } from '@/lib/backup/encrypted';
import { MemoryKeyVault, openRepository, type IdbAmendsRepository } from '@/lib/store';
import type { IdleSource } from '@/components/lock/idle-source';
import { dumpDatabase, richPerson } from '../backup/helpers';
import { giveTheListAHeight } from '../components/layout';

giveTheListAHeight();

const PASSPHRASE = 'river stones at dusk';
const noIdle: IdleSource = { read: async () => null, touch: async () => {} };
const opened: IdbAmendsRepository[] = [];
let n = 0;

function repo(vault = new MemoryKeyVault()): IdbAmendsRepository {
  const r = openRepository(`lock-ui-${Date.now()}-${++n}`, { kdfIterations: 1_000, vault });
  opened.push(r);
  return r;
}

async function lockedRepoWithPeople() {
  const repository = repo();
  await repository.importPeople([richPerson('Maria Lopez', 1), richPerson('Kim', 2)]);
  await repository.enableLock(PASSPHRASE);
  await repository.lock();
  return repository;
}

function renderGated(ui: React.ReactElement, repository: IdbAmendsRepository) {
  return render(
    <AppProviders repository={repository}>
      <LockGate idle={noIdle}>{ui}</LockGate>
    </AppProviders>,
  );
}

beforeEach(() => {
  window.location.hash = '';
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((r) => r.close()));
});

describe('the unlock screen', () => {
  it('stands in for the side panel while the list is locked, and shows nothing from it', async () => {
    const repository = await lockedRepoWithPeople();
    renderGated(<SidePanelApp />, repository);
    const screenEl = await screen.findByTestId('unlock-screen');
    expect(within(screenEl).getByRole('heading', { name: 'Your list is locked' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Maria Lopez');
    expect(screen.queryByTestId('person-row')).toBeNull();
  });

  it('a wrong passphrase is told plainly; the right one reveals the list', async () => {
    const user = userEvent.setup();
    const repository = await lockedRepoWithPeople();
    const before = await dumpDatabase(repository.dbName);
    renderGated(<SidePanelApp />, repository);
    const field = await screen.findByLabelText('Passphrase');
    await user.type(field, 'river stones at dawn');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe("That passphrase doesn't match. Nothing was changed.");
    expect(await dumpDatabase(repository.dbName)).toBe(before);

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByTestId('unlock-screen')).toBeNull());
    await waitFor(() => expect(document.body.textContent).toContain('Maria Lopez'));
  });

  it('unlocking in one page opens the others that share the key', async () => {
    const vault = new MemoryKeyVault();
    const popupRepo = repo(vault);
    await popupRepo.add({ name: 'Sam Reyes' });
    await popupRepo.enableLock(PASSPHRASE);
    await popupRepo.lock();
    const panelRepo = openRepository(popupRepo.dbName, { kdfIterations: 1_000, vault });
    opened.push(panelRepo);
    renderGated(<SidePanelApp />, panelRepo);
    await screen.findByTestId('unlock-screen');
    await popupRepo.unlock(PASSPHRASE);
    await waitFor(() => expect(document.body.textContent).toContain('Sam Reyes'));
  });
});

describe('Lock now, in the popup', () => {
  it('locks the list at once and shows the unlock screen', async () => {
    const user = userEvent.setup();
    const repository = repo();
    await repository.add({ name: 'Sam Reyes' });
    await repository.enableLock(PASSPHRASE);
    renderGated(<PopupApp closeWindow={() => {}} />, repository);
    await user.click(await screen.findByRole('button', { name: 'Lock now' }));
    await screen.findByTestId('unlock-screen');
    expect(await repository.lockStatus()).toBe('locked');
  });

  it('is not offered while the lock is off', async () => {
    const repository = repo();
    renderGated(<PopupApp closeWindow={() => {}} />, repository);
    await screen.findByRole('heading', { name: 'Your amends list' });
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });
});

describe('lock settings', () => {
  it('says a forgotten passphrase cannot be recovered before turning the lock on, then encrypts the list', async () => {
    const user = userEvent.setup();
    const repository = repo();
    await repository.add({ name: 'Maria Lopez', what: 'I missed her wedding' });
    render(
      <AppProviders repository={repository}>
        <LockSettings />
      </AppProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'Set a passphrase…' }));
    const section = screen.getByTestId('lock-settings');
    expect(section.textContent).toContain('A forgotten passphrase cannot be recovered');
    expect(within(section).getByRole('button', { name: 'Save an encrypted backup' })).toBeTruthy();

    await user.type(screen.getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('The same passphrase again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    // Not without saying they understood.
    expect((await screen.findByRole('alert')).textContent).toContain('tick the box');
    expect(await repository.lockStatus()).toBe('off');

    await user.click(screen.getByRole('checkbox', { name: /cannot be recovered/ }));
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    await screen.findByRole('button', { name: 'Change passphrase…' });
    expect(await repository.lockStatus()).toBe('unlocked');
    const raw = await dumpDatabase(repository.dbName);
    expect(raw).not.toContain('Maria Lopez');
    expect(raw).not.toContain('missed her wedding');
  });

  it('turning it off with a wrong passphrase changes nothing', async () => {
    const user = userEvent.setup();
    const repository = repo();
    await repository.add({ name: 'Kim' });
    await repository.enableLock(PASSPHRASE);
    const before = await dumpDatabase(repository.dbName);
    render(
      <AppProviders repository={repository}>
        <LockSettings />
      </AppProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'Turn off the lock…' }));
    await user.type(screen.getByLabelText('Current passphrase'), 'not it');
    await user.click(screen.getByRole('button', { name: 'Turn off the lock' }));
    expect((await screen.findByRole('alert')).textContent).toBe("That passphrase doesn't match. Nothing was changed.");
    expect(await dumpDatabase(repository.dbName)).toBe(before);
  });
});

describe('encrypted backups in Your data', () => {
  function captureDownloads() {
    const files: { name: string; text: Promise<string> }[] = [];
    const blobs = new Map<string, Blob>();
    let k = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      const url = `blob:test/${++k}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, text: blobs.get(this.href)!.text() });
    });
    return files;
  }

  it('exports a backup encrypted with a passphrase when asked', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const repository = repo();
    await repository.add({ name: 'Maria Lopez' });
    render(
      <AppProviders repository={repository}>
        <ExportSection now={() => new Date(2026, 5, 30)} kdfIterations={1_000} />
      </AppProviders>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Encrypt this backup with a passphrase' }));
    await user.type(screen.getByLabelText('Passphrase for this backup'), PASSPHRASE);
    await user.type(screen.getByLabelText('The same passphrase again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const text = await files[0]!.text;
    expect(JSON.parse(text)).toMatchObject({ kind: 'encrypted', version: 1 });
    expect(text).not.toContain('Maria Lopez');
  });

  it('asks for the passphrase on import; a wrong one is told clearly and changes nothing', async () => {
    const user = userEvent.setup();
    const repository = repo();
    await repository.add({ name: 'Already here' });
    const before = await dumpDatabase(repository.dbName);
    const file = await exportEncryptedBackupFile([richPerson('Maria Lopez', 1)], {
      now: new Date(2026, 5, 30),
      appVersion: '0.1.0',
      passphrase: PASSPHRASE,
      iterations: 1_000,
    });
    render(
      <AppProviders repository={repository}>
        <ImportSection />
      </AppProviders>,
    );
    await user.upload(screen.getByTestId('backup-file-input'), new File([file.text], file.fileName, { type: 'application/json' }));
    const prompt = await screen.findByTestId('backup-import-passphrase');
    await user.type(within(prompt).getByLabelText('Passphrase for this backup'), 'wrong words');
    await user.click(within(prompt).getByRole('button', { name: 'Open backup' }));
    expect((await within(prompt).findByRole('alert')).textContent).toMatch(/^That passphrase doesn't open this backup\..*Your list has not been changed\.$/);
    expect(await dumpDatabase(repository.dbName)).toBe(before);

    await user.clear(within(prompt).getByLabelText('Passphrase for this backup'));
    await user.type(within(prompt).getByLabelText('Passphrase for this backup'), PASSPHRASE);
    await user.click(within(prompt).getByRole('button', { name: 'Open backup' }));
    expect((await screen.findByTestId('backup-import-plan')).textContent).toContain('1 new');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByTestId('backup-import-done');
    expect((await repository.list()).map((p) => p.name).sort()).toEqual(['Already here', 'Maria Lopez']);
  });
});

describe('the first-use offer', () => {
  it('the empty list mentions the lock while it is off, and not once it is on', async () => {
    const repository = repo();
    const { unmount } = renderGated(<SidePanelApp />, repository);
    const offer = await screen.findByTestId('lock-offer');
    expect(within(offer).getByRole('link', { name: 'lock your list with a passphrase' }).getAttribute('href')).toBe('#settings');
    unmount();

    await repository.enableLock(PASSPHRASE);
    renderGated(<SidePanelApp />, repository);
    await screen.findByTestId('empty-state');
    await waitFor(() => expect(screen.queryByTestId('lock-offer')).toBeNull());
  });
});

describe('auto-lock at the gate', () => {
  it('locks and shows the unlock screen once the shared idle time runs out', async () => {
    const repository = repo();
    await repository.add({ name: 'Sam Reyes' });
    await repository.enableLock(PASSPHRASE);
    let lastActiveAt = Date.now();
    const touched: number[] = [];
    const shortIdle: IdleSource = {
      read: async () => ((await repository.lockStatus()) === 'unlocked' ? { lastActiveAt, idleMs: 300 } : null),
      touch: async (at) => {
        touched.push(at);
        lastActiveAt = at;
      },
    };
    render(
      <AppProviders repository={repository}>
        <LockGate idle={shortIdle}>
          <SidePanelApp />
        </LockGate>
      </AppProviders>,
    );
    await waitFor(() => expect(document.body.textContent).toContain('Sam Reyes'));
    await userEvent.setup().keyboard('a'); // activity is recorded for every open page to see
    expect(touched.length).toBeGreaterThan(0);
    await screen.findByTestId('unlock-screen', {}, { timeout: 3_000 });
    expect(await repository.lockStatus()).toBe('locked');
  });
});

describe('export while the lock is on', () => {
  it('offers the backup encrypted by default', async () => {
    const repository = repo();
    await repository.enableLock(PASSPHRASE);
    render(
      <AppProviders repository={repository}>
        <ExportSection now={() => new Date(2026, 5, 30)} />
      </AppProviders>,
    );
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Encrypt this backup with a passphrase' }) as HTMLInputElement).checked).toBe(true),
    );
  });
});

/** Lets the reminder's reads (IndexedDB, extension storage) settle before checking it stayed away. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the backup reminder in the popup', () => {
  async function withChanges(repository: IdbAmendsRepository, count: number) {
    const person = await repository.add({ name: 'Sam Reyes' });
    for (let i = 1; i < count; i++) await repository.update(person.id, (p) => ({ ...p, relationship: `friend ${i}` }));
  }

  it('appears after 20 changes without a backup, and "Don’t remind me" turns it off', async () => {
    const user = userEvent.setup();
    const repository = repo();
    await withChanges(repository, 20);
    const { unmount } = renderGated(<PopupApp closeWindow={() => {}} />, repository);
    const reminder = await screen.findByTestId('backup-reminder');
    expect(reminder.textContent).toContain('haven’t saved a backup');
    expect(within(reminder).getByRole('button', { name: 'Back up now' })).toBeTruthy();
    await user.click(within(reminder).getByRole('button', { name: 'Don’t remind me' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    unmount();
    renderGated(<PopupApp closeWindow={() => {}} />, repository);
    await screen.findByTestId('progress-counts');
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('stays away below 20 changes, and while locked never offers a backup in the clear', async () => {
    const repository = repo();
    await withChanges(repository, 19);
    const { unmount } = renderGated(<PopupApp closeWindow={() => {}} />, repository);
    await screen.findByTestId('progress-counts');
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    unmount();

    await repository.update((await repository.list())[0]!.id, (p) => ({ ...p, relationship: 'old friend' }));
    await repository.enableLock(PASSPHRASE);
    renderGated(<PopupApp closeWindow={() => {}} />, repository);
    const reminder = await screen.findByTestId('backup-reminder');
    expect(within(reminder).queryByRole('button', { name: 'Back up now' })).toBeNull();
    expect(reminder.textContent).toContain('encrypted backup under Your data');
  });
});
