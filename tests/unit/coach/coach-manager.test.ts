import { afterEach, describe, expect, it } from 'vitest';
import { CoachManager } from '../../../lib/coach/coach-manager';
import { coachAnalysis } from '../../../lib/coach/engine-bridge';
import type { FrameScheduler, IdleScheduler, TimerScheduler } from '../../../lib/coach/schedule';
import { GENERIC_SITE } from '../../../lib/coach/sites';

/** Schedulers the test runs by hand: nothing happens until it says so. */
function manualScheduling() {
  const idle: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((fn) => fn());
  return {
    idle: { request: (fn) => idle.push(fn), cancel: () => undefined } satisfies IdleScheduler,
    frames: { request: (fn) => frames.push(fn), cancel: () => undefined } satisfies FrameScheduler,
    timers: { setTimeout: (fn) => timers.push(fn), clearTimeout: () => undefined } satisfies TimerScheduler,
    /** Let the person pause, the page go idle, the engine answer, and a frame draw. */
    async settle() {
      run(timers);
      run(idle);
      await new Promise((r) => setTimeout(r, 0));
      run(frames);
    },
  };
}

const AMENDS = "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.";
const ORDINARY = 'Sorry for the late reply, the report is attached. Can we meet Friday?';

let manager: CoachManager | null = null;
afterEach(() => {
  manager?.stop();
  manager = null;
  document.body.innerHTML = '';
});

function start() {
  const s = manualScheduling();
  manager = new CoachManager(document, {
    site: GENERIC_SITE,
    analyze: (text) => Promise.resolve(coachAnalysis(text)),
    disabledRules: () => [],
    turnRuleOff: () => undefined,
    ...s,
  });
  manager.start();
  return s;
}

function badge(): HTMLElement | null {
  return document.querySelector('amends-coach')?.shadowRoot?.querySelector('[data-state]') ?? null;
}

function typeInto(field: HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

describe('CoachManager', () => {
  it('asks the engine to get ready once, when the first field is picked up (not before)', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    const s = manualScheduling();
    let warmed = 0;
    manager = new CoachManager(document, {
      site: GENERIC_SITE,
      analyze: (text) => Promise.resolve(coachAnalysis(text)),
      warm: () => warmed++,
      disabledRules: () => [],
      turnRuleOff: () => undefined,
      ...s,
    });
    manager.start();
    await s.settle();
    expect(warmed).toBe(0);
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await s.settle();
    expect(manager.size).toBe(2);
    expect(warmed).toBe(1);
  });

  it('attaches one coach when a message field gets focus, under one host, and none to an input', async () => {
    document.body.innerHTML = '<input id="search" type="search"><textarea id="a"></textarea><textarea id="b"></textarea>';
    const s = start();
    document.getElementById('search')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(manager!.size).toBe(0);
    expect(document.querySelector('amends-coach')).toBeNull();
    const a = document.getElementById('a')!;
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await s.settle();
    expect(manager!.size).toBe(2);
    expect(document.querySelectorAll('amends-coach')).toHaveLength(1);
    expect(document.querySelector('amends-coach')!.shadowRoot!.querySelectorAll('[data-state]')).toHaveLength(2);
  });

  it('stays quiet for ordinary mail and wakes with hints for an amends draft', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const s = start();
    const field = document.getElementById('a') as HTMLTextAreaElement;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    typeInto(field, ORDINARY);
    await s.settle();
    expect(badge()!.getAttribute('data-state')).toBe('quiet');
    typeInto(field, AMENDS);
    await s.settle();
    await s.settle();
    expect(badge()!.getAttribute('data-state')).toBe('hints');
    expect(Number(badge()!.getAttribute('data-count'))).toBeGreaterThanOrEqual(3);
  });

  it('never changes the editor: same markup and attributes after coaching', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true" spellcheck="true"><p>I\'m sorry if you were hurt, but I was stressed.</p></div>';
    const editor = document.getElementById('ed')!;
    const before = editor.outerHTML;
    const s = start();
    editor.querySelector('p')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await s.settle();
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await s.settle();
    expect(manager!.size).toBe(1);
    expect(editor.outerHTML).toBe(before);
  });

  it('removes a field\'s coach when the field leaves the page, and everything on stop', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const s = start();
    const field = document.getElementById('a')!;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await s.settle();
    expect(manager!.size).toBe(1);
    field.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(manager!.size).toBe(0);
    expect(document.querySelector('amends-coach')!.shadowRoot!.querySelectorAll('[data-state]')).toHaveLength(0);
    manager!.stop();
    expect(document.querySelector('amends-coach')).toBeNull();
  });
});
