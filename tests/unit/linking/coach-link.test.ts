/**
 * The coach's side of "This is for…" (issue 5): the button shows for a draft that reads as
 * amends (never for ordinary mail), each field has its own opaque key that goes with its
 * analysis, a page's fake click does nothing, and what the panel says afterwards.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoachManager } from '../../../lib/coach/coach-manager';
import { coachAnalysis } from '../../../lib/coach/engine-bridge';
import { linkNote, newDraftKey } from '../../../lib/coach/link-note';
import { DRAFT_KEY_PATTERN } from '../../../lib/messaging';
import { GENERIC_SITE } from '../../../lib/coach/sites';

const AMENDS = "I'm sorry I lied to you about the money. I was wrong, and I will pay it back by June.";
const ORDINARY = 'Sorry for the late reply, the report is attached. Can we meet Friday?';

// The engine's one-time pattern warm-up, outside the tests' own time.
beforeAll(() => void coachAnalysis(AMENDS), 30_000);

let manager: CoachManager | null = null;
afterEach(() => {
  manager?.stop();
  manager = null;
  document.body.innerHTML = '';
});

function start(linkDraft = vi.fn(async () => ({ opened: true, shortcut: null }))) {
  const idle: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const analyze = vi.fn((text: string, _key: string) => Promise.resolve(coachAnalysis(text)));
  manager = new CoachManager(document, {
    site: GENERIC_SITE,
    analyze,
    linkDraft,
    disabledRules: () => [],
    turnRuleOff: () => undefined,
    idle: { request: (fn) => idle.push(fn), cancel: () => undefined },
    frames: { request: (fn) => frames.push(fn), cancel: () => undefined },
    timers: { setTimeout: (fn) => timers.push(fn), clearTimeout: () => undefined },
  });
  manager.start();
  const run = (q: (() => void)[]) => q.splice(0).forEach((fn) => fn());
  const settle = async () => {
    for (let i = 0; i < 2; i++) {
      run(timers);
      run(idle);
      await new Promise((r) => setTimeout(r, 0));
      run(frames);
    }
  };
  return { analyze, linkDraft, settle };
}

function type(field: HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

const root = () => document.querySelector('amends-coach')!.shadowRoot!;

describe('"This is for…" in the coach panel', { timeout: 20_000 }, () => {
  it('is offered for a draft that reads as amends, and not for ordinary mail', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const { settle } = start();
    const field = document.getElementById('a') as HTMLTextAreaElement;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    type(field, ORDINARY);
    await settle();
    manager!.coachFor(field)!.openPanel(false);
    expect(root().querySelector('[data-link]')).toBeNull();
    type(field, AMENDS);
    await settle();
    const button = root().querySelector<HTMLButtonElement>('[data-link]');
    expect(button?.textContent).toBe('This is for\u2026');
  });

  it('gives each field its own opaque key, sent with every analysis of that field', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    const { analyze, settle } = start();
    const a = document.getElementById('a') as HTMLTextAreaElement;
    const b = document.getElementById('b') as HTMLTextAreaElement;
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    b.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    type(a, AMENDS);
    type(b, ORDINARY);
    await settle();
    const keyA = manager!.coachFor(a)!.draftKey;
    const keyB = manager!.coachFor(b)!.draftKey;
    expect(keyA).toMatch(DRAFT_KEY_PATTERN);
    expect(keyB).toMatch(DRAFT_KEY_PATTERN);
    expect(keyA).not.toBe(keyB);
    expect(analyze).toHaveBeenCalledWith(AMENDS, keyA);
    expect(analyze).toHaveBeenCalledWith(ORDINARY, keyB);
    expect(analyze.mock.calls.every(([, key]) => key === keyA || key === keyB)).toBe(true);
  });

  it('ignores a page script\'s fake click', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const { settle, linkDraft } = start();
    const field = document.getElementById('a') as HTMLTextAreaElement;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    type(field, AMENDS);
    await settle();
    manager!.coachFor(field)!.openPanel(false);
    root().querySelector<HTMLButtonElement>('[data-link]')!.click();
    await settle();
    expect(linkDraft).not.toHaveBeenCalled();
    expect(root().querySelector('[data-link-note]')).toBeNull();
  });
});

describe('what the panel says after "This is for…"', () => {
  it('points to the open list, the Firefox shortcut, the toolbar, or says the list could not be reached', () => {
    expect(linkNote({ opened: true, shortcut: null }, false)).toMatch(/open beside this page/);
    const firefox = linkNote({ opened: false, shortcut: 'Alt+Shift+L' }, true);
    expect(firefox).toMatch(/Firefox doesn’t let a page open the list/);
    expect(firefox).toMatch(/Press Alt\+Shift\+L/);
    expect(firefox).toMatch(/your draft will be waiting there/);
    expect(linkNote({ opened: false, shortcut: null }, true)).toMatch(/toolbar/);
    expect(linkNote({ opened: false, shortcut: null }, false)).toMatch(/couldn’t open from here/);
    expect(linkNote(null, false)).toMatch(/nothing was changed/);
  });

  it('makes keys of 32 hex characters, different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, newDraftKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(DRAFT_KEY_PATTERN);
  });
});
