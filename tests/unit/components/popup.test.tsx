import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { addDays, editDetails, setStatus, todayIso } from '@/lib/amends';
import { freshRepository, renderWithRepository } from './render';

/** fakeBrowser has no sidePanel: give it one whose calls we can inspect. */
function mockSidePanel() {
  const open = vi.fn((_options: { windowId: number }) => Promise.resolve());
  (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel = { open };
  return open;
}

afterEach(() => {
  delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
});

describe('popup', () => {
  let openSpy: ReturnType<typeof mockSidePanel>;
  beforeEach(async () => {
    openSpy = mockSidePanel();
    await fakeBrowser.windows.create({ focused: true });
  });

  it('quick-adds a person with Enter and confirms it politely', async () => {
    const user = userEvent.setup();
    const { repository } = renderWithRepository(<PopupApp closeWindow={() => {}} />);

    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.type(name, 'Maria');
    await user.type(screen.getByRole('textbox', { name: 'What happened (optional)' }), 'I missed her wedding{Enter}');

    expect(await screen.findByText('Added Maria to your list.')).toBeTruthy();
    const stored = await repository.list();
    expect(stored.map((p) => p.name)).toEqual(['Maria']);
    expect(stored[0]?.harms[0]?.what).toBe('I missed her wedding');
    expect((name as HTMLInputElement).value).toBe('');
    // The confirmation sits in a polite status region.
    expect(screen.getByText('Added Maria to your list.').closest('[role="status"]')).not.toBeNull();
  });

  it('explains instead of adding when the name is empty', async () => {
    const user = userEvent.setup();
    const { repository } = renderWithRepository(<PopupApp closeWindow={() => {}} />);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, '   {Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Please write a name');
    expect(await repository.list()).toEqual([]);
  });

  it('shows how many people are listed and how many amends are made, by status', async () => {
    const repository = freshRepository();
    const now = Date.now();
    const made = await repository.add({ name: 'Ana' });
    await repository.update(made.id, (p) => setStatus(p, 'made', now));
    const willing = await repository.add({ name: 'Ben' });
    await repository.update(willing.id, (p) => setStatus(p, 'willing', now));
    await repository.add({ name: 'Cleo' });

    renderWithRepository(<PopupApp closeWindow={() => {}} />, repository);

    const counts = await screen.findByTestId('progress-counts');
    expect(counts.textContent).toContain('3 people on your list · 1 amends made or being lived');
    const bar = screen.getByRole('progressbar', { name: 'Amends made or being lived' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    const legend = screen.getByRole('list', { name: 'People by status' });
    expect(within(legend).getByText('Amends made: 1')).toBeTruthy();
    expect(within(legend).getByText('Willing: 1')).toBeTruthy();
    expect(within(legend).getByText('Not yet willing: 1')).toBeTruthy();
    // Who is next: the willing person.
    const next = screen.getByTestId('who-is-next');
    expect(within(next).getByRole('button', { name: /Ben/ })).toBeTruthy();
    expect(within(next).queryByRole('button', { name: /Ana/ })).toBeNull();
  });

  it('reminds gently when it is time to check in again', async () => {
    const repository = freshRepository();
    const now = Date.now();
    const due = await repository.add({ name: 'Dana' });
    await repository.update(due.id, (p) => editDetails(p, { followUp: addDays(todayIso(now), -1) }, now));
    const later = await repository.add({ name: 'Eli' });
    await repository.update(later.id, (p) => editDetails(p, { followUp: addDays(todayIso(now), 5) }, now));

    renderWithRepository(<PopupApp closeWindow={() => {}} />, repository);
    const next = await screen.findByTestId('who-is-next');
    const dana = await within(next).findByRole('button', { name: /Dana/ });
    expect(dana.textContent).toContain('Time to check in again');
    expect(dana.getAttribute('data-reason')).toBe('follow-up');
    expect(within(next).queryByRole('button', { name: /Eli/ })).toBeNull();
  });

  it('updates the counts live when another view adds someone', async () => {
    const repository = freshRepository();
    await repository.add({ name: 'Ana' });
    renderWithRepository(<PopupApp closeWindow={() => {}} />, repository);
    expect((await screen.findByTestId('progress-counts')).textContent).toContain('1 person on your list');
    await repository.add({ name: 'Ben' });
    await waitFor(() => expect(screen.getByTestId('progress-counts').textContent).toContain('2 people on your list'));
  });

  it('puts focus in search when the list has people, and search opens a person in the side panel', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    const maria = await repository.add({ name: 'Maria', what: 'borrowed money and never paid it back' });
    await repository.add({ name: 'Tom', what: 'shouted at him at work' });
    const closeWindow = vi.fn();
    renderWithRepository(<PopupApp closeWindow={closeWindow} />, repository);

    const search = await screen.findByRole('searchbox', { name: 'Search your list' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.type(search, 'money');
    const results = await screen.findByTestId('popup-search-results');
    expect(within(results).getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringContaining('Maria')]);

    await user.click(within(results).getByRole('button', { name: /Maria/ }));
    expect(openSpy).toHaveBeenCalledTimes(1);
    expect(openSpy.mock.calls[0]?.[0]).toHaveProperty('windowId');
    await waitFor(() => expect(closeWindow).toHaveBeenCalled());
    const stored = await fakeBrowser.storage.session.get('ui:panelTarget');
    expect(stored['ui:panelTarget']).toMatchObject({ personId: maria.id });
  });

  it('walks search results with the keyboard', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    await repository.add({ name: 'Anna Berg' });
    await repository.add({ name: 'Anna Cole' });
    renderWithRepository(<PopupApp closeWindow={() => {}} />, repository);
    const search = await screen.findByRole('searchbox', { name: 'Search your list' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.keyboard('anna');
    const results = await screen.findByTestId('popup-search-results');
    await waitFor(() => expect(within(results).getAllByRole('button')).toHaveLength(2));
    const [first, second] = within(results).getAllByRole('button');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(search);
  });

  it('the open button opens the side panel, then closes the popup', async () => {
    const user = userEvent.setup();
    const repository = freshRepository();
    await repository.add({ name: 'Ana' });
    const closeWindow = vi.fn();
    renderWithRepository(<PopupApp closeWindow={closeWindow} />, repository);
    await screen.findByTestId('progress-counts');
    await user.click(screen.getByRole('button', { name: 'Open full list' }));
    expect(openSpy).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(closeWindow).toHaveBeenCalledTimes(1));
  });

  it('says so, and stays open, when the side panel cannot open', async () => {
    const user = userEvent.setup();
    openSpy.mockImplementation(() => Promise.reject(new Error('No active window')));
    const closeWindow = vi.fn();
    renderWithRepository(<PopupApp closeWindow={closeWindow} />);
    await user.click(await screen.findByRole('button', { name: 'Open full list' }));
    expect((await screen.findByRole('alert')).textContent).toContain("The side panel didn't open");
    expect(closeWindow).not.toHaveBeenCalled();
  });
});
