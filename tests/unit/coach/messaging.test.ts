import { describe, expect, it, vi } from 'vitest';
import { contentScriptSender, createCoachRouter, MAX_DRAFT_CHARS, type CoachAnalysis } from '../../../lib/messaging';

const EXT = 'abcdefghijklmnop';
const fromTab = { id: EXT, url: 'https://mail.google.com/mail/u/0/', frameId: 0, tab: { id: 7, windowId: 3 } };

const RESULT = { analysis: {}, elementLabels: {}, gapPrompts: [] } as unknown as CoachAnalysis;

function router() {
  const analyze = vi.fn(() => ({ ok: true as const, result: RESULT }));
  const link = vi.fn(() => ({ ok: true as const }));
  const warm = vi.fn(() => ({ ok: true as const }));
  return { analyze, warm, route: createCoachRouter({ 'coach/analyze': analyze, 'coach/link-draft': link, 'coach/warm': warm }, EXT) };
}

describe('coach messages', () => {
  it('routes a valid message from our content script with its tab', async () => {
    const { warm, route } = router();
    await expect(route({ type: 'coach/warm' }, fromTab)).resolves.toEqual({ ok: true });
    expect(warm).toHaveBeenCalledWith({ type: 'coach/warm' }, { tabId: 7, windowId: 3, frameId: 0 });
  });

  it('routes the bare warm-up request, and refuses one that carries anything', async () => {
    const { warm, route } = router();
    await expect(route({ type: 'coach/warm' }, fromTab)).resolves.toEqual({ ok: true });
    await expect(route({ type: 'coach/warm', text: 'x' }, fromTab)).resolves.toEqual({ ok: false, reason: 'malformed' });
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('calls the handler synchronously, so a user gesture survives', () => {
    const { warm, route } = router();
    void route({ type: 'coach/warm' }, fromTab);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another extension', { ...fromTab, id: 'someone-else' }],
    ['no tab (not a content script)', { id: EXT, url: 'https://mail.google.com/' }],
    ['one of our own pages', { ...fromTab, url: `chrome-extension://${EXT}/popup.html` }],
  ])('rejects a message from %s', async (_name, sender) => {
    const { warm, route } = router();
    await expect(route({ type: 'coach/warm' }, sender)).resolves.toEqual({ ok: false, reason: 'sender-not-allowed' });
    expect(warm).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown coach type', { type: 'coach/read-list' }],
    ['extra fields smuggled in', { type: 'coach/warm', tabId: 99 }],
    ['a draft that is not text', { type: 'coach/analyze', text: { toString: 'x' } }],
    ['a draft beyond the size guard', { type: 'coach/analyze', text: 'a'.repeat(MAX_DRAFT_CHARS + 1) }],
    ['a missing draft', { type: 'coach/analyze' }],
  ])('rejects %s as malformed', async (_name, message) => {
    const { warm, analyze, route } = router();
    await expect(route(message, fromTab)).resolves.toEqual({ ok: false, reason: 'malformed' });
    expect(warm).not.toHaveBeenCalled();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('answers a draft from our content script with its analysis', async () => {
    const { analyze, route } = router();
    await expect(route({ type: 'coach/analyze', text: 'I am sorry.' }, fromTab)).resolves.toEqual({ ok: true, result: RESULT });
    expect(analyze).toHaveBeenCalledWith({ type: 'coach/analyze', text: 'I am sorry.' }, expect.objectContaining({ tabId: 7 }));
  });

  it('leaves messages that are not the coach\'s to other listeners', () => {
    const { route } = router();
    expect(route({ type: 'list/changed' }, fromTab)).toBeUndefined();
    expect(route('coach/warm', fromTab)).toBeUndefined();
    expect(route(null, fromTab)).toBeUndefined();
  });

  it('turns a throwing handler into a clear failure', async () => {
    const route = createCoachRouter(
      { 'coach/warm': () => { throw new Error('no engine'); }, 'coach/analyze': () => ({ ok: true }), 'coach/link-draft': () => ({ ok: true }) },
      EXT,
    );
    await expect(route({ type: 'coach/warm' }, fromTab)).resolves.toEqual({ ok: false, reason: 'no engine' });
  });

  it('reads the sender context', () => {
    expect(contentScriptSender(fromTab, EXT)).toEqual({ tabId: 7, windowId: 3, frameId: 0 });
    expect(contentScriptSender({ ...fromTab, tab: { id: -1 } }, EXT)).toBeNull();
  });
});
