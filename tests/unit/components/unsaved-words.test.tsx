/**
 * Words typed in the side panel that had not reached the record when the panel closed come
 * back the next time the field appears: put back and saved when the record is as it was,
 * offered when it changed meanwhile. Locking forgets them.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { editDetails } from '@/lib/amends';
import { readUnsaved, restoreDecision, stashUnsaved, clearAllUnsaved } from '@/lib/ui/unsaved-stash';
import { SessionKeyVault } from '@/lib/lock/session-vault';
import { freshRepository, renderWithRepository } from './render';
import { giveTheListAHeight } from './layout';

giveTheListAHeight();

async function openPage(repository = freshRepository(), name = 'Maria') {
  const person = await repository.add({ name, what: 'I missed her wedding' });
  window.location.hash = `#person=${person.id}`;
  return { repository, id: person.id };
}

function relationshipBox() {
  return within(screen.getByTestId('section-details')).getByLabelText('Relationship');
}

describe('restoreDecision', () => {
  it('drops words that match the record, restores onto an unchanged record, offers otherwise', () => {
    expect(restoreDecision({ value: 'a', base: '', at: 1 }, 'a')).toBe('drop');
    expect(restoreDecision({ value: 'ab', base: 'a', at: 1 }, 'a')).toBe('restore');
    expect(restoreDecision({ value: 'ab', base: 'a', at: 1 }, 'something else')).toBe('offer');
  });
});

describe('unsaved words in a field', () => {
  it('keeps each change in session storage (never local) until it is saved', async () => {
    const { repository, id } = await openPage();
    const user = userEvent.setup();
    renderWithRepository(<SidePanelApp />, repository);
    await screen.findByRole('heading', { level: 1, name: 'Maria' });
    await user.type(relationshipBox(), 'sister');

    await waitFor(async () => expect((await readUnsaved(`${id}/relationship`))?.value).toBe('sister'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sister');

    await user.tab();
    await waitFor(async () => expect((await repository.get(id))?.relationship).toBe('sister'));
    await waitFor(async () => expect(await readUnsaved(`${id}/relationship`)).toBeNull());
  });

  it('puts back and saves words that never reached an unchanged record', async () => {
    const { repository, id } = await openPage();
    stashUnsaved(`${id}/relationship`, 'my older sister', '');
    renderWithRepository(<SidePanelApp />, repository);

    await waitFor(() => expect((relationshipBox() as HTMLInputElement).value).toBe('my older sister'));
    expect(await screen.findByTestId('unsaved-restored')).toBeTruthy();
    await waitFor(async () => expect((await repository.get(id))?.relationship).toBe('my older sister'));
    await waitFor(async () => expect(await readUnsaved(`${id}/relationship`)).toBeNull());
  });

  it('offers the words instead when the record changed meanwhile, and the person chooses', async () => {
    const { repository, id } = await openPage();
    stashUnsaved(`${id}/relationship`, 'my sister', '');
    await repository.update(id, (p) => editDetails(p, { relationship: 'cousin' }, Date.now()));
    const user = userEvent.setup();
    renderWithRepository(<SidePanelApp />, repository);

    const offer = await screen.findByTestId('unsaved-offer');
    expect(offer.textContent).toContain('my sister');
    expect((relationshipBox() as HTMLInputElement).value).toBe('cousin');
    expect((await repository.get(id))?.relationship).toBe('cousin');

    await user.click(within(offer).getByRole('button', { name: 'Put them back' }));
    await waitFor(async () => expect((await repository.get(id))?.relationship).toBe('my sister'));
    expect(screen.queryByTestId('unsaved-offer')).toBeNull();
  });

  it('lets offered words go when the person says so', async () => {
    const { repository, id } = await openPage();
    stashUnsaved(`${id}/relationship`, 'my sister', '');
    await repository.update(id, (p) => editDetails(p, { relationship: 'cousin' }, Date.now()));
    const user = userEvent.setup();
    renderWithRepository(<SidePanelApp />, repository);

    const offer = await screen.findByTestId('unsaved-offer');
    await user.click(within(offer).getByRole('button', { name: 'Let them go' }));
    await waitFor(async () => expect(await readUnsaved(`${id}/relationship`)).toBeNull());
    expect((await repository.get(id))?.relationship).toBe('cousin');
    cleanup();
  });

  it('forgets every field’s unsaved words when the list locks', async () => {
    stashUnsaved('p1/relationship', 'sister', '');
    stashUnsaved('p2/harm/h1/what', 'the money', '');
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    await waitFor(async () => expect(await readUnsaved('p2/harm/h1/what')).not.toBeNull());
    await new SessionKeyVault().clear();
    expect(await readUnsaved('p1/relationship')).toBeNull();
    expect(await readUnsaved('p2/harm/h1/what')).toBeNull();
    expect(await fakeBrowser.storage.session.get('unrelated')).toEqual({ unrelated: 1 });
    await clearAllUnsaved(); // nothing left: no error
  });
});

describe('unsaved words in a box that saves on submit', () => {
  it('keeps a new reflection being written over the panel closing, and forgets it once added', async () => {
    const { repository, id } = await openPage();
    const user = userEvent.setup();
    const first = renderWithRepository(<SidePanelApp />, repository);
    await screen.findByRole('heading', { level: 1, name: 'Maria' });
    await user.type(screen.getByLabelText('A new reflection'), 'I felt lighter after the call');
    first.unmount();

    renderWithRepository(<SidePanelApp />, repository);
    const box = await screen.findByLabelText('A new reflection');
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe('I felt lighter after the call'));
    await user.click(screen.getByRole('button', { name: 'Add reflection' }));
    await waitFor(async () => expect((await repository.get(id))?.reflections.map((r) => r.text)).toEqual(['I felt lighter after the call']));
    await waitFor(async () => expect(await readUnsaved(`${id}/reflection/new`)).toBeNull());
    expect((screen.getByLabelText('A new reflection') as HTMLTextAreaElement).value).toBe('');
  });
});
