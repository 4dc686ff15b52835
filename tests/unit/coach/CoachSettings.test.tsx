import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoachSettings } from '../../../components/CoachSettings';
import { readCoachSettings, setCoachPaused } from '../../../lib/settings';

function activeTab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url } as Browser.tabs.Tab]);
}

describe('<CoachSettings>', () => {
  it('pauses the coach everywhere', async () => {
    activeTab('https://mail.google.com/mail/u/0/');
    render(<CoachSettings />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pause the coach everywhere' }));
    await waitFor(async () => expect((await readCoachSettings()).paused).toBe(true));
  });

  it('turns the coach off for the current site by its origin', async () => {
    activeTab('https://mail.google.com/mail/u/0/#inbox');
    render(<CoachSettings />);
    const site = await screen.findByRole('checkbox', { name: 'Use the coach on mail.google.com' });
    expect((site as HTMLInputElement).checked).toBe(true);
    await userEvent.click(site);
    await waitFor(async () => expect((await readCoachSettings()).disabledSites).toEqual(['https://mail.google.com']));
    await waitFor(() => expect((site as HTMLInputElement).checked).toBe(false));
  });

  it('offers to add a site that is not built in instead of a toggle (tests/unit/site-access covers adding)', async () => {
    activeTab('https://example.org/page');
    render(<CoachSettings />);
    expect(await screen.findByText('The coach isn’t on for example.org.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Use the coach on this site' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Use the coach on/ })).toBeNull();
  });

  it('turns one kind of hint off, from the folded list', async () => {
    activeTab('https://mail.google.com/');
    render(<CoachSettings />);
    await userEvent.click(await screen.findByText('Kinds of hint'));
    const but = screen.getByRole('checkbox', { name: '“But” undoes it' });
    await userEvent.click(but);
    await waitFor(async () => expect((await readCoachSettings()).disabledRules).toEqual(['but']));
  });

  it('shows changes made elsewhere at once', async () => {
    activeTab('https://mail.google.com/');
    render(<CoachSettings />);
    const pause = await screen.findByRole('checkbox', { name: 'Pause the coach everywhere' });
    expect((pause as HTMLInputElement).checked).toBe(false);
    await setCoachPaused(true);
    await waitFor(() => expect((pause as HTMLInputElement).checked).toBe(true));
  });
});
