import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { editDetails, setStatus } from '@/lib/amends';
import { freshRepository, renderWithRepository } from './render';
import { giveTheListAHeight } from './layout';

giveTheListAHeight();

function rowNames(): string[] {
  return screen.queryAllByTestId('person-row').map((row) => row.querySelector('.person-row__name')?.textContent ?? '');
}

beforeEach(() => {
  window.location.hash = '';
});

describe('side panel list', () => {
  it('shows a warm empty state that explains Steps 8 and 9 and the three kinds of amends', async () => {
    renderWithRepository(<SidePanelApp />);
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('Step 8');
    expect(empty.textContent).toContain('Step 9');
    for (const kind of ['Direct', 'Indirect', 'Living']) expect(within(empty).getByText(kind)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'People on your list' })).toBeNull();
  });

  it('adds a person from the side panel and lists them', async () => {
    const user = userEvent.setup();
    const { repository } = renderWithRepository(<SidePanelApp />);
    const form = await screen.findByTestId('add-person-form');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Dad');
    await user.type(within(form).getByRole('combobox', { name: 'Relationship (optional)' }), 'parent');
    await user.type(within(form).getByRole('textbox', { name: 'What happened (optional)' }), 'lied about the car');
    await user.click(within(form).getByRole('button', { name: 'Add to my list' }));

    await waitFor(() => expect(rowNames()).toEqual(['Dad']));
    const [stored] = await repository.list();
    expect(stored).toMatchObject({ name: 'Dad', relationship: 'parent' });
    expect(stored?.harms.map((h) => h.what)).toEqual(['lied about the car']);
    expect(screen.queryByTestId('empty-state')).toBeNull();
    // The form stays where it was, ready for the next name, with its confirmation.
    const name = within(screen.getByTestId('add-person-form')).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    expect(screen.getByTestId('add-confirmation').textContent).toBe('Added Dad to your list.');
  });

  it('search filters the list by name and by what happened, and filters by status', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    await repository.add({ name: 'Maria', what: 'borrowed money and never paid it back' });
    const tom = await repository.add({ name: 'Tom', what: 'shouted at him at work' });
    await repository.add({ name: 'Zoë', what: 'missed her birthday' });
    await repository.update(tom.id, (p) => setStatus(p, 'willing', Date.now()));
    renderWithRepository(<SidePanelApp />, repository);

    await waitFor(() => expect(rowNames()).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search by name or what happened' });

    await user.type(search, 'shouted');
    await waitFor(() => expect(rowNames()).toEqual(['Tom']));
    expect(screen.getByTestId('list-count').textContent).toBe('Showing 1 of 3 people');

    await user.clear(search);
    await user.type(search, 'zoe');
    await waitFor(() => expect(rowNames()).toEqual(['Zoë']));

    await user.type(search, ' nobody');
    await waitFor(() => expect(screen.getByTestId('no-matches')).toBeTruthy());
    expect(rowNames()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'willing');
    await waitFor(() => expect(rowNames()).toEqual(['Tom']));
  });

  it('filters by kind of amends', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    const ana = await repository.add({ name: 'Ana' });
    await repository.add({ name: 'Ben' });
    await repository.update(ana.id, (p) => editDetails(p, { amendsType: 'living' }, Date.now()));
    renderWithRepository(<SidePanelApp />, repository);
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of amends' }), 'living');
    await waitFor(() => expect(rowNames()).toEqual(['Ana']));
  });

  it('renders only a window of a long list, and search still finds someone far down', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    const names = Array.from({ length: 300 }, (_, i) => `Person ${String(i).padStart(3, '0')}`);
    for (const name of names) await repository.add({ name });
    renderWithRepository(<SidePanelApp />, repository);

    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe('300 people on your list'));
    const rendered = rowNames().length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);

    await user.type(screen.getByRole('searchbox', { name: 'Search by name or what happened' }), 'Person 287');
    await waitFor(() => expect(rowNames()).toEqual(['Person 287']));
  });

  it('moves between rows with the arrow keys, even to rows not rendered yet', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    for (let i = 0; i < 40; i++) await repository.add({ name: `Person ${String(i).padStart(2, '0')}` });
    renderWithRepository(<SidePanelApp />, repository);
    await waitFor(() => expect(rowNames().length).toBeGreaterThan(0));
    const first = screen.getAllByTestId('person-row')[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Person 01'));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Person 39'));
    expect(document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('40');
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Person 00'));
  });

  it('opens a person from their row and the URL says who', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    const maria = await repository.add({ name: 'Maria' });
    renderWithRepository(<SidePanelApp />, repository);
    const row = await screen.findByRole('link', { name: /Maria/ });
    await user.click(row);
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria' })).toBeTruthy();
    expect(window.location.hash).toBe(`#person=${maria.id}`);
  });

  it('opens the person named in the URL hash', async () => {
    const repository = freshRepository();
    const tom = await repository.add({ name: 'Tom' });
    window.location.hash = `#person=${tom.id}`;
    renderWithRepository(<SidePanelApp />, repository);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom' })).toBeTruthy();
  });

  it('opens the person the popup asked for, at start and while open', async () => {
    const repository = freshRepository();
    const tom = await repository.add({ name: 'Tom' });
    const ana = await repository.add({ name: 'Ana' });
    await fakeBrowser.storage.session.set({ 'ui:panelTarget': { personId: tom.id, at: Date.now() } });
    renderWithRepository(<SidePanelApp />, repository);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom' })).toBeTruthy();

    await fakeBrowser.storage.session.set({ 'ui:panelTarget': { personId: ana.id, at: Date.now() } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana' })).toBeTruthy();
  });

  it('ignores a stale request from the popup', async () => {
    const repository = freshRepository();
    const tom = await repository.add({ name: 'Tom' });
    await fakeBrowser.storage.session.set({ 'ui:panelTarget': { personId: tom.id, at: Date.now() - 5 * 60_000 } });
    renderWithRepository(<SidePanelApp />, repository);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your amends list' })).toBeTruthy();
    await waitFor(async () =>
      expect((await fakeBrowser.storage.session.get('ui:panelTarget'))['ui:panelTarget']).toBeUndefined(),
    );
    expect(screen.queryByRole('heading', { level: 1, name: 'Tom' })).toBeNull();
  });

  it('shows a change made in another view without reloading', async () => {
    const repository = freshRepository();
    const ana = await repository.add({ name: 'Ana' });
    renderWithRepository(<SidePanelApp />, repository);
    await waitFor(() => expect(rowNames()).toEqual(['Ana']));
    await repository.update(ana.id, (p) => editDetails(p, { name: 'Anna' }, Date.now()));
    await repository.add({ name: 'Ben' });
    await waitFor(() => expect(rowNames().sort()).toEqual(['Anna', 'Ben']));
  });
});

describe('side panel sections', () => {
  it('"Your data" shows where the list lives and the backup tools', async () => {
    const user = userEvent.setup();
    renderWithRepository(<SidePanelApp />);
    await screen.findByTestId('empty-state');
    await user.click(screen.getByRole('link', { name: 'Your data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Your data' }));
    expect(window.location.hash).toBe('#settings');
    expect(screen.getByTestId('backup-panel')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Your data' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('link', { name: 'Your list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your amends list' })).toBeTruthy();
  });
});
