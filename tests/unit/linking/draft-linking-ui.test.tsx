/**
 * The side panel's half of linking a draft (issue 5), with Testing Library: the picker, the
 * person's "Draft" section following the typing, saving and removing copies, "I sent it"
 * (asks first, marks made with today's date, invites a reflection), unlinking, the locked
 * list asking to unlock first; and the port client that feeds it all.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { DraftLinkProvider } from '@/components/draft/DraftLinkContext';
import { LockedDraftNotice } from '@/components/draft/LockedDraftNotice';
import { LockGate } from '@/components/lock/LockGate';
import { coachAnalysis } from '@/lib/coach/engine-bridge';
import { openRepository, MemoryKeyVault } from '@/lib/store';
import type { PanelDraft, PanelMessage } from '@/lib/messaging';
import { createDraftLinkClient, type ClientPort, type DraftLinkClient, type DraftLinkState } from '@/lib/ui/draft-link-client';
import { freshRepository, renderWithRepository } from '../components/render';
import { giveTheListAHeight } from '../components/layout';

giveTheListAHeight();

const KEY = 'c'.repeat(32);
const FIRST = "Dear Sam, I'm sorry if you were upset, but I was under a lot of stress.";
const MORE = `${FIRST} I lied to you about the money, and it hurt you. I will pay back the £200 by June.`;

function draft(text: string, personId: string | null, at = 1): PanelDraft {
  return { tabId: 10, draftKey: KEY, personId, text, analysis: coachAnalysis(text), at };
}

/** A client the test drives: it plays the background's part. */
class FakeClient implements DraftLinkClient {
  private listeners = new Set<(s: DraftLinkState) => void>();
  state: DraftLinkState = { draft: null, problem: null };
  // The background answers over the port a moment later, as the real one does.
  link = vi.fn((d: PanelDraft, personId: string) => setTimeout(() => this.emit({ draft: { ...d, personId }, problem: null }), 0));
  unlink = vi.fn((d: PanelDraft) => setTimeout(() => this.emit({ draft: { ...d, personId: null }, problem: null }), 0));
  subscribe(listener: (s: DraftLinkState) => void) {
    this.listeners.add(listener);
    listener(this.state);
    return () => void this.listeners.delete(listener);
  }
  emit(state: DraftLinkState) {
    this.state = state;
    act(() => this.listeners.forEach((l) => l(state)));
  }
  close() {}
}

// Conditions, not sleeps: a busy shared machine may need more than the default second.
configure({ asyncUtilTimeout: 5_000 });

// The engine's one-time warm-up, outside the tests' own time (the machine is shared and busy).
beforeAll(() => void coachAnalysis(MORE), 30_000);

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function panelWith(client: FakeClient, repository = freshRepository()) {
  const sam = await repository.add({ name: 'Sam Okafor', relationship: 'brother', what: 'Lied about the money' });
  await repository.add({ name: 'Maria Lopez', what: 'Missed her wedding' });
  const user = userEvent.setup();
  renderWithRepository(
    <DraftLinkProvider client={client}>
      <SidePanelApp />
    </DraftLinkProvider>,
    repository,
  );
  await screen.findByText('2 people on your list');
  return { user, repository, sam };
}

describe('choosing who a draft is for', { timeout: 20_000 }, () => {
  it('shows the picker for a waiting draft, searches the list, links the chosen person and opens their page', async () => {
    const client = new FakeClient();
    const { user, sam } = await panelWith(client);
    expect(screen.queryByTestId('draft-picker')).toBeNull();
    client.emit({ draft: draft(FIRST, null), problem: null });
    const picker = await screen.findByTestId('draft-picker');
    expect(within(picker).getByRole('heading', { name: 'Who is this draft for?' })).toBeTruthy();
    await user.type(within(picker).getByRole('searchbox', { name: 'Search your list' }), 'okaf');
    await waitFor(() => expect(within(picker).getAllByRole('button', { name: /Okafor|Lopez/ })).toHaveLength(1));
    await user.click(within(picker).getByRole('button', { name: /Sam Okafor/ }));
    expect(client.link).toHaveBeenCalledWith(expect.objectContaining({ tabId: 10, draftKey: KEY }), sam.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeTruthy();
    expect(screen.queryByTestId('draft-picker')).toBeNull();
  });

  it('"Not now" sets the picker aside for this draft only', async () => {
    const client = new FakeClient();
    const { user } = await panelWith(client);
    client.emit({ draft: draft(FIRST, null), problem: null });
    await user.click(within(await screen.findByTestId('draft-picker')).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByTestId('draft-picker')).toBeNull();
    client.emit({ draft: draft(FIRST, null, 2), problem: null }); // "This is for…" clicked again
    expect(await screen.findByTestId('draft-picker')).toBeTruthy();
  });

  it('asks again when the person the draft was linked to has been removed from the list', async () => {
    const client = new FakeClient();
    const { repository, sam } = await panelWith(client);
    client.emit({ draft: draft(FIRST, sam.id), problem: null });
    await screen.findByTestId('draft-banner');
    await act(async () => void (await repository.remove(sam.id)));
    const picker = await screen.findByTestId('draft-picker');
    expect(within(picker).queryByRole('button', { name: /Sam Okafor/ })).toBeNull();
    expect(screen.queryByTestId('draft-banner')).toBeNull();
  });

  it('says so when the draft could not be linked (gone from the page)', async () => {
    const client = new FakeClient();
    await panelWith(client);
    client.emit({ draft: draft(FIRST, null), problem: 'unknown-draft' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer open in the page/);
  });
});

describe('the Draft section of a linked person', { timeout: 20_000 }, () => {
  async function linkedToSam() {
    const client = new FakeClient();
    const ctx = await panelWith(client);
    client.emit({ draft: draft(FIRST, ctx.sam.id), problem: null });
    // The panel names whose draft it is and leads to their page.
    await ctx.user.click(within(await screen.findByTestId('draft-banner')).getByRole('button', { name: 'Open Sam Okafor’s page' }));
    const section = await screen.findByTestId('section-draft');
    return { ...ctx, client, section };
  }

  it('shows the draft, its hints with explanations and the seven elements, and follows the typing', async () => {
    const { client, section, sam } = await linkedToSam();
    expect(within(section).getByTestId('live-draft-text').textContent).toBe(FIRST);
    const hints = within(section).getByTestId('draft-hints');
    expect(hints.querySelector('[data-rule="conditional"]')).not.toBeNull();
    expect(hints.querySelector('[data-rule="excuse"]')?.textContent).toMatch(/stress/);
    expect(within(section).getByTestId('draft-elements').querySelectorAll('[data-element]')).toHaveLength(7);
    expect(section.querySelector('[data-element="impact"]')?.getAttribute('data-present')).toBe('false');

    client.emit({ draft: draft(MORE, sam.id), problem: null });
    await waitFor(() => expect(within(section).getByTestId('live-draft-text').textContent).toBe(MORE));
    expect(section.querySelector('[data-element="repair"]')?.getAttribute('data-present')).toBe('true');
  });

  it('saves a copy to the record (listed with its date) and removes it after asking', async () => {
    const { user, section, repository, sam } = await linkedToSam();
    await user.click(within(section).getByRole('button', { name: 'Save a copy to their record' }));
    await waitFor(async () => expect((await repository.get(sam.id))?.drafts?.map((d) => d.text)).toEqual([FIRST]));
    const copies = await within(section).findByTestId('saved-drafts');
    expect(within(copies).getByText(/^Saved/).querySelector('time')).not.toBeNull();

    await user.click(within(copies).getByRole('button', { name: /Remove/ }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect((await repository.get(sam.id))?.drafts).toEqual([]));
  });

  it('"I sent it" asks first; Not yet changes nothing; Yes marks made today and invites a reflection', async () => {
    const { user, section, repository, sam } = await linkedToSam();
    await user.click(within(section).getByRole('button', { name: 'I sent it' }));
    expect(screen.getByRole('dialog', { name: 'Mark your amends to Sam Okafor as made?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Not yet' }));
    expect((await repository.get(sam.id))?.status).toBe('not-willing');

    const before = Date.now();
    await user.click(within(section).getByRole('button', { name: 'I sent it' }));
    await user.click(screen.getByRole('checkbox', { name: 'Also keep a copy of what I sent' }));
    await user.click(screen.getByRole('button', { name: 'Yes, I sent it' }));
    await waitFor(async () => expect((await repository.get(sam.id))?.status).toBe('made'));
    const stored = (await repository.get(sam.id))!;
    expect(stored.statusHistory.at(-1)!.status).toBe('made');
    expect(stored.statusHistory.at(-1)!.at).toBeGreaterThanOrEqual(before);
    expect(stored.drafts?.map((d) => d.text)).toEqual([FIRST]);

    const box = within(screen.getByTestId('section-reflections')).getByRole('textbox', { name: 'A new reflection' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByTestId('reflection-invitation').textContent).toMatch(/when you are ready/i);
    expect(within(screen.getByTestId('section-status')).getByTestId('current-status').textContent).toMatch(/Amends made/);
  });

  it('"This is for someone else" unlinks and brings the picker back; "Unlink" does not', async () => {
    const { user, section, client } = await linkedToSam();
    await user.click(within(section).getByRole('button', { name: 'This is for someone else' }));
    expect(client.unlink).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('draft-picker')).toBeTruthy();
    await user.click(within(screen.getByTestId('draft-picker')).getByRole('button', { name: /Sam Okafor/ }));
    const again = await screen.findByTestId('section-draft');
    await user.click(within(again).getByRole('button', { name: 'Unlink this draft' }));
    await waitFor(() => expect(screen.queryByTestId('live-draft')).toBeNull());
    expect(screen.queryByTestId('draft-picker')).toBeNull();
  });
});

/** No idle timing in this test: the lock changes only when the test says. */
const NO_IDLE = { read: async () => null, touch: async () => undefined };

describe('a locked list', { timeout: 20_000 }, () => {
  it('asks to unlock first, and shows the picker once unlocked', async () => {
    const repository = openRepository(`linking-lock-${Math.random()}`, { kdfIterations: 1_000, vault: new MemoryKeyVault() });
    await repository.add({ name: 'Sam Okafor' });
    await repository.enableLock('blue kettle morning');
    await repository.lock();
    const client = new FakeClient();
    const user = userEvent.setup();
    renderWithRepository(
      <DraftLinkProvider client={client}>
        <LockedDraftNotice />
        <LockGate idle={NO_IDLE}>
          <SidePanelApp />
        </LockGate>
      </DraftLinkProvider>,
      repository,
    );
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByTestId('draft-locked-notice')).toBeNull();
    client.emit({ draft: draft(FIRST, null), problem: null });
    expect((await screen.findByTestId('draft-locked-notice')).textContent).toMatch(/Unlock your list first/);
    expect(screen.queryByTestId('draft-picker')).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), 'blue kettle morning');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByTestId('draft-picker')).toBeTruthy();
    expect(screen.queryByTestId('draft-locked-notice')).toBeNull();
  });
});

describe('the side panel\'s port client', () => {
  class Port implements ClientPort {
    sent: PanelMessage[] = [];
    private onMsg: ((m: unknown) => void)[] = [];
    private onGone: (() => void)[] = [];
    postMessage(m: PanelMessage) {
      this.sent.push(m);
    }
    disconnect() {}
    onMessage = { addListener: (l: (m: unknown) => void) => void this.onMsg.push(l) };
    onDisconnect = { addListener: (l: () => void) => void this.onGone.push(l) };
    receive(m: unknown) {
      this.onMsg.forEach((l) => l(m));
    }
    drop() {
      this.onGone.forEach((l) => l());
    }
  }

  it('watches its window, relays link and unlink, and connects again when the worker sleeps', async () => {
    const ports: Port[] = [];
    const client = createDraftLinkClient({ connect: () => (ports.push(new Port()), ports.at(-1)!), windowId: async () => 4, retryMs: 1 });
    const seen: DraftLinkState[] = [];
    client.subscribe((s) => seen.push(s));
    await waitFor(() => expect(ports[0]?.sent).toEqual([{ type: 'draft/watch', windowId: 4 }]));
    const d = draft(FIRST, null);
    ports[0]!.receive({ type: 'draft/state', draft: d });
    expect(seen.at(-1)).toEqual({ draft: d, problem: null });
    client.link(d, 'p1');
    client.unlink(d);
    expect(ports[0]!.sent.slice(1)).toEqual([
      { type: 'draft/link', tabId: 10, draftKey: KEY, personId: 'p1' },
      { type: 'draft/unlink', tabId: 10, draftKey: KEY },
    ]);
    ports[0]!.receive({ type: 'draft/problem', reason: 'unknown-draft' });
    expect(seen.at(-1)?.problem).toBe('unknown-draft');

    ports[0]!.drop();
    await waitFor(() => expect(ports[1]?.sent).toEqual([{ type: 'draft/watch', windowId: 4 }]));
    client.close();
    ports[1]!.drop();
    await new Promise((r) => setTimeout(r, 10));
    expect(ports).toHaveLength(2);
  });
});
