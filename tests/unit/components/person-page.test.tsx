import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { editDetails, setStatus } from '@/lib/amends';
import type { IdbAmendsRepository } from '@/lib/store';
import { freshRepository, renderWithRepository } from './render';
import { giveTheListAHeight } from './layout';

giveTheListAHeight();

beforeEach(() => {
  window.location.hash = '';
});

/** Opens the side panel on a freshly added person's page. */
async function openPersonPage(name = 'Maria', what = 'I missed her wedding', repository = freshRepository()) {
  const person = await repository.add({ name, what });
  window.location.hash = `#person=${person.id}`;
  const user = userEvent.setup();
  renderWithRepository(<SidePanelApp />, repository);
  await screen.findByRole('heading', { level: 1, name });
  return { user, repository, id: person.id };
}

function section(testId: string): HTMLElement {
  return screen.getByTestId(testId);
}

async function stored(repository: IdbAmendsRepository, id: string) {
  const person = await repository.get(id);
  if (!person) throw new Error('person missing');
  return person;
}

describe('person page', () => {
  it('edits the name, saves on blur and says so quietly', async () => {
    const { user, repository, id } = await openPersonPage();
    const name = within(section('section-details')).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Maria López');
    await user.tab();

    await waitFor(async () => expect((await stored(repository, id)).name).toBe('Maria López'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria López' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
  });

  it('saves while typing, after a short pause, without leaving the field', async () => {
    const { user, repository, id } = await openPersonPage();
    const approach = within(section('section-plan')).getByRole('textbox', { name: /Approach/ });
    await user.type(approach, 'Ask to meet for coffee');
    expect(document.activeElement).toBe(approach);
    await waitFor(async () => expect((await stored(repository, id)).plan.approach).toBe('Ask to meet for coffee'), {
      timeout: 3000,
    });
  });

  it('keeps an empty name unsaved and explains why', async () => {
    const { user, repository, id } = await openPersonPage();
    const name = within(section('section-details')).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.tab();
    expect((await within(section('section-details')).findByText(/Please write a name/)).textContent).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect((await stored(repository, id)).name).toBe('Maria');
  });

  it('moves along the status path and shows the time-stamped history', async () => {
    const { user, repository, id } = await openPersonPage();
    const status = section('section-status');
    expect(within(status).getByTestId('current-status').textContent).toContain('Not yet willing');
    await user.click(within(status).getByRole('button', { name: 'Willing' }));

    await waitFor(() => expect(within(status).getByTestId('current-status').textContent).toContain('Willing'));
    const history = within(status).getByTestId('status-history');
    const entries = within(history).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('span')?.textContent)).toEqual(['Willing', 'Not yet willing']);
    expect(entries[0]?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const saved = await stored(repository, id);
    expect(saved.status).toBe('willing');
    expect(saved.statusHistory.map((h) => h.status)).toEqual(['not-willing', 'willing']);
  });

  it('edits, adds and removes harms', async () => {
    const { user, repository, id } = await openPersonPage();
    const harms = section('section-harms');
    const first = within(harms).getAllByTestId('harm')[0]!;
    const what = within(first).getByRole('textbox', { name: 'What happened' });
    await user.clear(what);
    await user.type(what, 'I missed her wedding and lied about why');
    await user.tab();
    await waitFor(async () =>
      expect((await stored(repository, id)).harms[0]?.what).toBe('I missed her wedding and lied about why'),
    );

    const addForm = within(harms).getByRole('form', { name: 'Add a harm' });
    await user.type(within(addForm).getByRole('textbox', { name: 'What happened' }), 'Borrowed her car without asking');
    await user.type(within(addForm).getByRole('textbox', { name: 'When (optional)' }), 'summer 2019');
    await user.click(within(addForm).getByRole('button', { name: 'Add harm' }));
    await waitFor(() => expect(within(harms).getAllByTestId('harm')).toHaveLength(2));
    expect((await stored(repository, id)).harms[1]).toMatchObject({ what: 'Borrowed her car without asking', when: 'summer 2019' });

    await user.click(within(harms).getByRole('button', { name: 'Remove harm 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this harm?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(harms).getAllByTestId('harm')).toHaveLength(1));
    expect((await stored(repository, id)).harms.map((h) => h.what)).toEqual(['Borrowed her car without asking']);
  });

  it('records restitution payments and shows what remains', async () => {
    const { user, repository, id } = await openPersonPage();
    const ledger = section('section-restitution');
    await user.click(within(ledger).getByRole('radio', { name: 'Money owed' }));
    const owed = await within(ledger).findByRole('textbox', { name: 'Amount owed' });
    await user.type(owed, '300');
    await user.tab();
    await waitFor(async () => expect((await stored(repository, id)).restitution.owedMinor).toBe(30000));

    const currency = (await stored(repository, id)).restitution.currency;
    await user.type(within(ledger).getByRole('textbox', { name: `Amount paid (${currency})` }), '120.50');
    await user.type(within(ledger).getByRole('textbox', { name: 'Note (optional)' }), 'first instalment');
    await user.click(within(ledger).getByRole('button', { name: 'Add payment' }));

    await waitFor(() => expect(within(ledger).getByTestId('restitution-remaining').textContent).toContain('179.50'));
    const saved = await stored(repository, id);
    expect(saved.restitution.payments.map((p) => [p.amountMinor, p.note])).toEqual([[12050, 'first instalment']]);
    expect(within(within(ledger).getByTestId('payments')).getByText(/first instalment/)).toBeTruthy();
  });

  it('keeps the next payment typed while the last one was still saving', async () => {
    const { user, repository, id } = await openPersonPage();
    const ledger = section('section-restitution');
    await user.click(within(ledger).getByRole('radio', { name: 'Money owed' }));
    const amount = (await within(ledger).findByRole('textbox', { name: /Amount paid/ })) as HTMLInputElement;
    await user.type(amount, '0.10');
    // The click starts the save; the next amount is typed before it has finished.
    fireEvent.click(within(ledger).getByRole('button', { name: 'Add payment' }));
    fireEvent.change(amount, { target: { value: '0.20' } });
    await waitFor(async () => expect((await stored(repository, id)).restitution.payments.map((p) => p.amountMinor)).toEqual([10]));
    await waitFor(() => expect(within(within(ledger).getByTestId('payments')).getAllByRole('listitem')).toHaveLength(1));
    expect(amount.value).toBe('0.20');
  });

  it('records a double-clicked payment once', async () => {
    const { user, repository, id } = await openPersonPage();
    const ledger = section('section-restitution');
    await user.click(within(ledger).getByRole('radio', { name: 'Money owed' }));
    const amount = (await within(ledger).findByRole('textbox', { name: /Amount paid/ })) as HTMLInputElement;
    await user.type(amount, '25');
    // Two clicks before the first save has finished, as a double click does.
    const add = within(ledger).getByRole('button', { name: 'Add payment' });
    fireEvent.click(add);
    fireEvent.click(add);
    await waitFor(() => expect(within(within(ledger).getByTestId('payments')).getAllByRole('listitem')).toHaveLength(1));
    expect((await stored(repository, id)).restitution.payments.map((p) => p.amountMinor)).toEqual([2500]);
    // Once that save is done, the same amount can be recorded again on purpose.
    await user.type(amount, '25');
    await user.click(add);
    await waitFor(async () => expect((await stored(repository, id)).restitution.payments.map((p) => p.amountMinor)).toEqual([2500, 2500]));
  });

  it('keeps the amounts as written when the currency changes, and explains a change it cannot make', async () => {
    const { user, repository, id } = await openPersonPage();
    const ledger = section('section-restitution');
    await user.click(within(ledger).getByRole('radio', { name: 'Money owed' }));
    const currency = await within(ledger).findByRole('combobox', { name: 'Currency' });
    await user.selectOptions(currency, 'USD');
    await user.type(within(ledger).getByRole('textbox', { name: 'Amount owed' }), '12.50');
    await user.tab();
    await waitFor(async () => expect((await stored(repository, id)).restitution.owedMinor).toBe(1250));

    await user.selectOptions(currency, 'JPY');
    expect((await within(ledger).findByRole('alert')).textContent).toContain('smaller units than JPY');
    expect((await stored(repository, id)).restitution).toMatchObject({ currency: 'USD', owedMinor: 1250 });

    await user.selectOptions(currency, 'EUR');
    await waitFor(async () => expect((await stored(repository, id)).restitution).toMatchObject({ currency: 'EUR', owedMinor: 1250 }));
    expect(within(ledger).getByRole('status').textContent).toContain('now in EUR');
  });

  it('explains a payment it cannot read and records nothing', async () => {
    const { user, repository, id } = await openPersonPage();
    const ledger = section('section-restitution');
    await user.click(within(ledger).getByRole('radio', { name: 'Money owed' }));
    const amount = await within(ledger).findByRole('textbox', { name: /Amount paid/ });
    await user.type(amount, 'twelve');
    await user.click(within(ledger).getByRole('button', { name: 'Add payment' }));
    expect((await within(ledger).findByRole('alert')).textContent).toContain('Please enter the amount as a number');
    expect((await stored(repository, id)).restitution.payments).toEqual([]);
    expect((amount as HTMLInputElement).value).toBe('twelve');
  });

  it('gives safety guidance when a risk is ticked, and treats no contact as a firm stop for direct amends', async () => {
    const { user, repository, id } = await openPersonPage();
    const safety = section('section-safety');
    const guidance = within(safety).getByTestId('safety-guidance');
    expect(guidance.getAttribute('data-level')).toBe('clear');

    await user.click(within(safety).getByRole('checkbox', { name: 'Could contacting them re-open wounds or harm them?' }));
    await waitFor(() => expect(guidance.getAttribute('data-level')).toBe('caution'));
    expect(guidance.textContent).toContain('indirect or living amends may be the right path');
    expect(guidance.textContent).toContain('sponsor or therapist');
    const types = section('section-type');
    expect((within(types).getByRole('radio', { name: /Direct amends/ }) as HTMLInputElement).disabled).toBe(false);

    await user.click(within(safety).getByRole('checkbox', { name: 'Have they asked me not to contact them?' }));
    await waitFor(() => expect(guidance.getAttribute('data-level')).toBe('stop-direct'));
    expect(guidance.textContent).toContain('No contact means no direct amends');
    const direct = within(types).getByRole('radio', { name: /Direct amends/ }) as HTMLInputElement;
    expect(direct.disabled).toBe(true);
    expect(direct.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(direct.getAttribute('aria-describedby')!)?.textContent).toContain(
      'asked for no contact',
    );
    const saved = await stored(repository, id);
    expect(saved.safety).toMatchObject({ harmsThem: true, noContact: true });
  });

  it('under no contact, a direct amends cannot be moved to planned', async () => {
    const repository = freshRepository();
    const person = await repository.add({ name: 'Sam' });
    await repository.update(person.id, (p) =>
      setStatus(editDetails({ ...p, safety: { ...p.safety, noContact: true } }, { amendsType: 'direct' }, Date.now()), 'willing', Date.now()),
    );
    window.location.hash = `#person=${person.id}`;
    renderWithRepository(<SidePanelApp />, repository);
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    const planned = within(section('section-status')).getByRole('button', { name: 'Planned' }) as HTMLButtonElement;
    expect(planned.disabled).toBe(true);
    expect(within(section('section-type')).getByTestId('direct-conflict').textContent).toContain('asked for no contact');
  });

  it('ticks a step with its date', async () => {
    const { user, repository, id } = await openPersonPage();
    const steps = section('section-steps');
    const remorse = within(steps).getByTestId('step-remorse');
    await user.click(within(remorse).getByRole('checkbox', { name: /Express remorse/ }));
    await waitFor(() => expect(within(remorse).getByText(/Done on/)).toBeTruthy());
    const saved = await stored(repository, id);
    expect(saved.steps.remorse.done).toBe(true);
    expect(saved.steps.remorse.at).toEqual(expect.any(Number));
  });

  it('chooses how and whether it was talked over', async () => {
    const { user, repository, id } = await openPersonPage();
    const plan = section('section-plan');
    await user.selectOptions(within(plan).getByRole('combobox', { name: 'How' }), 'letter');
    await user.click(within(plan).getByRole('radio', { name: 'Agreed with my sponsor or therapist' }));
    await waitFor(async () => expect((await stored(repository, id)).plan).toMatchObject({ channel: 'letter', review: 'agreed' }));
  });

  it('keeps reflections newest first', async () => {
    const { user } = await openPersonPage();
    const reflections = section('section-reflections');
    const box = within(reflections).getByRole('textbox', { name: 'A new reflection' });
    await user.type(box, 'Scared to call.');
    await user.click(within(reflections).getByRole('button', { name: 'Add reflection' }));
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));
    await new Promise((r) => setTimeout(r, 5));
    await user.type(box, 'Called. It went better than I feared.');
    await user.click(within(reflections).getByRole('button', { name: 'Add reflection' }));
    await waitFor(() => expect(within(reflections).getAllByRole('textbox', { name: /^Reflection of/ })).toHaveLength(2));
    const entries = within(reflections).getAllByRole('textbox', { name: /^Reflection of/ }) as HTMLTextAreaElement[];
    expect(entries.map((e) => e.value)).toEqual(['Called. It went better than I feared.', 'Scared to call.']);
  });

  it('asks how it went once the amends are made', async () => {
    const { user, repository, id } = await openPersonPage();
    const outcome = section('section-outcome');
    expect(within(outcome).queryByRole('textbox', { name: 'How it went' })).toBeNull();
    await user.click(within(section('section-status')).getByRole('button', { name: 'Amends made' }));
    const how = await within(outcome).findByRole('textbox', { name: 'How it went' });
    await user.type(how, 'She listened.');
    await user.tab();
    await waitFor(async () => expect((await stored(repository, id)).outcome.howItWent).toBe('She listened.'));
  });

  it('shows changes made in another window', async () => {
    const { repository, id } = await openPersonPage();
    await repository.update(id, (p) => editDetails(p, { name: 'Maria L.' }, Date.now()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria L.' })).toBeTruthy();
    await waitFor(() =>
      expect((within(section('section-details')).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
        'Maria L.',
      ),
    );
  });
});

describe('removing a person', () => {
  it('asks first, and keeps them when the answer is no', async () => {
    const { user, repository, id } = await openPersonPage();
    await user.click(screen.getByRole('button', { name: 'Remove Maria from the list…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Maria from your list?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep Maria' }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep Maria' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await repository.get(id)).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Maria' })).toBeTruthy();
  });

  it('removes after confirming, then Undo brings them back exactly', async () => {
    const { user, repository, id } = await openPersonPage();
    const before = await stored(repository, id);
    await user.click(screen.getByRole('button', { name: 'Remove Maria from the list…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Maria from your list?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    const toast = await screen.findByRole('region', { name: 'Undo' });
    expect(toast.textContent).toContain('Maria was removed from your list.');
    expect(await repository.get(id)).toBeUndefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Your amends list' })).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toContain('You can undo this');

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await repository.get(id)).toEqual(before));
    expect(await screen.findByRole('link', { name: /Maria/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Undo' })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Maria is back on your list.'));
  });
});
