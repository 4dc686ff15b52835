/**
 * The background's side of "This is for…" (issue 5): the coach's link message, the side
 * panel's port (sender check, validation, unknown drafts), what the panel is sent as the
 * person types, tabs closing, and the state surviving a sleeping service worker.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCoachRouter, DRAFT_PORT_NAME, type BackgroundToPanel, type CoachAnalysis, type MessageResult } from '../../../lib/messaging';
import { DraftLinks, MAX_TABS } from '../../../lib/background/draft-link-state';
import { DraftLinkService, SESSION_KEY, type DraftLinkDeps, type PortLike } from '../../../lib/background/draft-link-service';

const EXT = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const KEY_A = 'a'.repeat(32);
const KEY_B = 'b'.repeat(32);
const fromTab = (tabId: number, windowId = 1) => ({ id: EXT, url: 'https://mail.example/compose', frameId: 0, tab: { id: tabId, windowId } });
const panelSender = { id: EXT, url: `${ORIGIN}sidepanel.html` };

function analysisOf(text: string): CoachAnalysis {
  return { analysis: { amends: true, text } as never, elementLabels: {} as never, gapPrompts: [] };
}

class FakePort implements PortLike {
  sent: BackgroundToPanel[] = [];
  disconnected = false;
  private messageListeners: ((m: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  constructor(readonly sender: PortLike['sender'], readonly name = DRAFT_PORT_NAME) {}
  postMessage(message: unknown) {
    this.sent.push(structuredClone(message) as BackgroundToPanel);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (l: (m: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  /** The panel sends a message; resolves once the service has dealt with it. */
  async send(message: unknown) {
    for (const l of this.messageListeners) l(message);
    await settle();
  }
  close() {
    for (const l of this.disconnectListeners) l();
  }
  last() {
    return this.sent.at(-1);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function memorySession() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

function setup(overrides: Partial<DraftLinkDeps> = {}) {
  const open = vi.fn(async (_tabId: number) => undefined);
  const session = memorySession();
  const analyze = vi.fn(analysisOf);
  const active = new Map<number, number>([[1, 10]]);
  const deps: DraftLinkDeps = {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    analyze,
    openSidePanel: open,
    sidebarShortcut: async () => 'Alt+Shift+L',
    activeTab: async (windowId) => active.get(windowId) ?? null,
    session,
    saveDelayMs: 0,
    now: () => 1_000,
    ...overrides,
  };
  const service = new DraftLinkService(deps);
  const route = createCoachRouter(
    {
      'coach/warm': () => ({ ok: true }),
      'coach/analyze': (message, { tabId }) => {
        const result = analysisOf(message.text);
        service.draftSeen(tabId, message.draftKey, message.text, result);
        return { ok: true, result };
      },
      'coach/link-draft': (message, context) => service.requestLink(message, context),
    },
    EXT,
  );
  return { service, route, open, session, analyze, active, deps };
}

async function watchingPanel(service: DraftLinkService, windowId = 1, sender = panelSender) {
  const port = new FakePort(sender);
  expect(service.connect(port)).toBe(true);
  await port.send({ type: 'draft/watch', windowId });
  return port;
}

describe('the coach\'s "This is for…" click', () => {
  it('opens the side panel synchronously, for the sender\'s tab, before anything is awaited', async () => {
    const { route, open } = setup();
    const reply = route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'I am sorry.' }, fromTab(10));
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(10);
    await expect(reply).resolves.toEqual({ ok: true, opening: { opened: true, shortcut: null } });
  });

  it('answers with the shortcut where the browser cannot open the panel from a page (Firefox)', async () => {
    const { route } = setup({ openSidePanel: null });
    await expect(route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'I am sorry.' }, fromTab(10))).resolves.toEqual({
      ok: true,
      opening: { opened: false, shortcut: 'Alt+Shift+L' },
    });
  });

  it('says "not opened" when the browser refuses (a lost gesture), still remembering the draft', async () => {
    const { route, service } = setup({ openSidePanel: () => Promise.reject(new Error('needs a user gesture')) });
    const reply = (await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10))) as MessageResult;
    expect(reply).toEqual({ ok: true, opening: { opened: false, shortcut: null } });
    expect(service.snapshot()).toEqual([expect.objectContaining({ tabId: 10, draftKey: KEY_A, personId: null })]);
  });

  it.each([
    ['a key that is not ours (names, anything long)', { type: 'coach/link-draft', draftKey: 'Zebulon Quartermain', text: 'x' }],
    ['a missing key', { type: 'coach/link-draft', text: 'x' }],
    ['a person id smuggled in', { type: 'coach/link-draft', draftKey: KEY_A, text: 'x', personId: 'p1' }],
    ['an analysis with a malformed key', { type: 'coach/analyze', text: 'x', draftKey: 'short' }],
  ])('drops %s and records nothing', async (_name, message) => {
    const { route, open, service } = setup();
    await expect(route(message, fromTab(10))).resolves.toEqual({ ok: false, reason: 'malformed' });
    expect(open).not.toHaveBeenCalled();
    expect(service.snapshot()).toEqual([]);
  });

  it('ignores the click from another extension or an extension page', async () => {
    const { route, open } = setup();
    await expect(route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'x' }, { ...fromTab(10), id: 'other' })).resolves.toEqual({ ok: false, reason: 'sender-not-allowed' });
    await expect(route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'x' }, panelSender)).resolves.toEqual({ ok: false, reason: 'sender-not-allowed' });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('the side panel\'s port', () => {
  it.each([
    ['a web page (a content script\'s sender URL)', { id: EXT, url: 'https://mail.example/', tab: { id: 10 } }],
    ['another extension', { id: 'other', url: `chrome-extension://other/sidepanel.html` }],
    ['a page posing with our id but another origin', { id: EXT, url: `https://evil.example/${ORIGIN}` }],
    ['no sender at all', undefined],
  ])('is refused and disconnected when it comes from %s', async (_name, sender) => {
    const { service, route } = setup();
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    const port = new FakePort(sender as PortLike['sender']);
    expect(service.connect(port)).toBe(true);
    expect(port.disconnected).toBe(true);
    await port.send({ type: 'draft/watch', windowId: 1 });
    await port.send({ type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p1' });
    expect(port.sent).toEqual([]);
    expect(service.snapshot()[0]?.personId).toBeNull();
  });

  it('leaves ports with other names to other listeners', () => {
    const { service } = setup();
    const port = new FakePort(panelSender, 'something-else');
    expect(service.connect(port)).toBe(false);
    expect(port.disconnected).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'draft/read-list' }],
    ['a window id that is not a number', { type: 'draft/watch', windowId: '1' }],
    ['a link without a person', { type: 'draft/link', tabId: 10, draftKey: KEY_A }],
    ['a link with extra fields', { type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p1', name: 'Zebulon' }],
    ['a person id beyond the limit', { type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p'.repeat(101) }],
    ['a string', 'draft/link'],
    ['null', null],
  ])('drops %s without changing anything', async (_name, message) => {
    const log = vi.fn();
    const { service, route } = setup({ log });
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    const port = await watchingPanel(service);
    const before = port.sent.length;
    await port.send(message);
    expect(port.sent.length).toBe(before);
    expect(service.snapshot()[0]?.personId).toBeNull();
    expect(log).toHaveBeenCalledWith('dropped a malformed side-panel message');
  });

  it('answers a link for an unknown tab, or a draft no longer current, with a problem and changes nothing', async () => {
    const { service, route } = setup();
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    const port = await watchingPanel(service);
    await port.send({ type: 'draft/link', tabId: 99, draftKey: KEY_A, personId: 'p1' });
    expect(port.sent.at(-2)).toEqual({ type: 'draft/problem', reason: 'unknown-draft' });
    await port.send({ type: 'draft/link', tabId: 10, draftKey: KEY_B, personId: 'p1' });
    expect(port.sent.at(-2)).toEqual({ type: 'draft/problem', reason: 'unknown-draft' });
    await port.send({ type: 'draft/unlink', tabId: 42, draftKey: KEY_A });
    expect(port.sent.at(-2)).toEqual({ type: 'draft/problem', reason: 'unknown-draft' });
    expect(service.snapshot()).toEqual([expect.objectContaining({ tabId: 10, personId: null })]);
  });

  it('shows the active tab\'s waiting draft, links it, follows the typing, and unlinks', async () => {
    const { service, route } = setup();
    const port = await watchingPanel(service);
    expect(port.last()).toEqual({ type: 'draft/state', draft: null });

    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'I am sorry.' }, fromTab(10));
    await settle();
    expect(port.last()).toMatchObject({ type: 'draft/state', draft: { tabId: 10, draftKey: KEY_A, personId: null, text: 'I am sorry.' } });

    await port.send({ type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p1' });
    expect(port.last()).toMatchObject({ draft: { personId: 'p1' } });

    await route({ type: 'coach/analyze', text: 'I am sorry I lied.', draftKey: KEY_A }, fromTab(10));
    await settle();
    const state = port.last() as Extract<BackgroundToPanel, { type: 'draft/state' }>;
    expect(state.draft?.text).toBe('I am sorry I lied.');
    expect(state.draft?.analysis).toEqual(analysisOf('I am sorry I lied.'));

    // Another field's drafts, and another tab's, are not this draft.
    const count = port.sent.length;
    await route({ type: 'coach/analyze', text: 'Lunch on Friday?', draftKey: KEY_B }, fromTab(10));
    await route({ type: 'coach/analyze', text: 'Other tab', draftKey: KEY_A }, fromTab(11));
    await settle();
    expect(port.sent.length).toBe(count);

    await port.send({ type: 'draft/unlink', tabId: 10, draftKey: KEY_A });
    expect(port.last()).toMatchObject({ draft: { personId: null } });
  });

  it('follows the window\'s active tab', async () => {
    const { service, route } = setup();
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'For tab 10' }, fromTab(10));
    await route({ type: 'coach/link-draft', draftKey: KEY_B, text: 'For tab 12' }, fromTab(12));
    const port = await watchingPanel(service);
    expect(port.last()).toMatchObject({ draft: { tabId: 10 } });
    service.tabActivated(12, 1);
    expect(port.last()).toMatchObject({ draft: { tabId: 12, text: 'For tab 12' } });
    service.tabActivated(13, 1);
    expect(port.last()).toEqual({ type: 'draft/state', draft: null });
    // Another window's activations are not this panel's business.
    const count = port.sent.length;
    service.tabActivated(10, 2);
    expect(port.sent.length).toBe(count);
  });

  it('when opened as a page (itself the active tab), shows the draft most recently sent from its window', async () => {
    const { service, route, active } = setup();
    active.set(1, 50);
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'older' }, fromTab(10));
    await route({ type: 'coach/link-draft', draftKey: KEY_B, text: 'other window' }, fromTab(11, 2));
    const port = await watchingPanel(service, 1, { ...panelSender, tab: { id: 50 } } as never);
    expect(port.last()).toMatchObject({ draft: { tabId: 10, text: 'older' } });
  });

  it('stops sending to a panel that closed', async () => {
    const { service, route } = setup();
    const port = await watchingPanel(service);
    port.close();
    const count = port.sent.length;
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    await settle();
    expect(port.sent.length).toBe(count);
  });
});

describe('tabs closing and the service worker sleeping', () => {
  it('forgets a tab\'s draft when the tab closes, here and in storage.session', async () => {
    const { service, route, session } = setup();
    await route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    const port = await watchingPanel(service);
    await port.send({ type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p1' });
    service.tabRemoved(10);
    await settle();
    expect(service.snapshot()).toEqual([]);
    expect(session.data[SESSION_KEY]).toEqual([]);
    expect(port.last()).toEqual({ type: 'draft/state', draft: null });
  });

  it('a new service worker picks up the links and the latest text from storage.session', async () => {
    const first = setup();
    await first.route({ type: 'coach/link-draft', draftKey: KEY_A, text: 'Sorry.' }, fromTab(10));
    const port = await watchingPanel(first.service);
    await port.send({ type: 'draft/link', tabId: 10, draftKey: KEY_A, personId: 'p1' });
    await first.route({ type: 'coach/analyze', text: 'Sorry for the lies.', draftKey: KEY_A }, fromTab(10));
    await new Promise((r) => setTimeout(r, 5));

    const analyze = vi.fn(analysisOf);
    const woken = new DraftLinkService({ ...first.deps, analyze });
    const again = await watchingPanel(woken);
    expect(again.last()).toMatchObject({ draft: { tabId: 10, personId: 'p1', text: 'Sorry for the lies.' } });
    // The analysis was not kept (it is large); the woken worker reads the draft again.
    expect(analyze).toHaveBeenCalledWith('Sorry for the lies.');
  });

  it('sets aside stored state that is not in shape, and says so', async () => {
    const log = vi.fn();
    const session = memorySession();
    session.data[SESSION_KEY] = [{ tabId: 'ten', draftKey: KEY_A }];
    const service = new DraftLinkService({ ...setup().deps, session, log });
    await service.ready;
    expect(service.snapshot()).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/not in shape/));
  });
});

describe('the link state', () => {
  it('remembers a field\'s person when the person comes back to it in the same tab', () => {
    const links = new DraftLinks();
    links.request(10, 1, KEY_A, 'to Sam', 1);
    links.link(10, KEY_A, 'sam');
    links.request(10, 1, KEY_B, 'to Jo', 2);
    expect(links.get(10)).toMatchObject({ draftKey: KEY_B, personId: null, links: { [KEY_A]: 'sam' } });
    links.request(10, 1, KEY_A, 'to Sam again', 3);
    expect(links.get(10)).toMatchObject({ draftKey: KEY_A, personId: 'sam', text: 'to Sam again' });
  });

  it('keeps at most MAX_TABS tabs, forgetting the oldest request', () => {
    const links = new DraftLinks();
    for (let tab = 0; tab <= MAX_TABS; tab++) links.request(tab, 1, KEY_A, 't', tab);
    expect(links.get(0)).toBeUndefined();
    expect(links.get(MAX_TABS)).toBeDefined();
    expect(links.toJSON()).toHaveLength(MAX_TABS);
  });

  it('round-trips through its stored form', () => {
    const links = new DraftLinks();
    links.request(10, 1, KEY_A, 'draft', 5);
    links.link(10, KEY_A, 'p1');
    const { links: back, dropped } = DraftLinks.restore(JSON.parse(JSON.stringify(links.toJSON())));
    expect(dropped).toBe(false);
    expect(back.toJSON()).toEqual(links.toJSON());
  });
});
