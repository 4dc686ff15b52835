import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  coachRunsOn,
  DEFAULT_COACH_SETTINGS,
  originOf,
  readCoachSettings,
  setCoachOnSite,
  setCoachPaused,
  setRuleOn,
  watchCoachSettings,
} from '../../../lib/settings';

describe('coach settings', () => {
  it('starts with the coach on everywhere and no rule off', async () => {
    await expect(readCoachSettings()).resolves.toEqual(DEFAULT_COACH_SETTINGS);
  });

  it('pauses everywhere', async () => {
    await setCoachPaused(true);
    const settings = await readCoachSettings();
    expect(settings.paused).toBe(true);
    expect(coachRunsOn(settings, 'https://mail.google.com')).toBe(false);
  });

  it('turns the coach off and on for one site by origin', async () => {
    await setCoachOnSite('https://mail.google.com/mail/u/0/#inbox', false);
    let settings = await readCoachSettings();
    expect(settings.disabledSites).toEqual(['https://mail.google.com']);
    expect(coachRunsOn(settings, 'https://mail.google.com')).toBe(false);
    expect(coachRunsOn(settings, 'https://outlook.live.com')).toBe(true);
    await setCoachOnSite('https://mail.google.com', true);
    settings = await readCoachSettings();
    expect(settings.disabledSites).toEqual([]);
  });

  it('refuses a site that is not a web page', async () => {
    await expect(setCoachOnSite('chrome://settings', false)).rejects.toThrow(/Not a web page/);
    expect(originOf('about:blank')).toBeNull();
  });

  it('turns a kind of hint off and on', async () => {
    await setRuleOn('but', false);
    await setRuleOn('but', false);
    expect((await readCoachSettings()).disabledRules).toEqual(['but']);
    await setRuleOn('but', true);
    expect((await readCoachSettings()).disabledRules).toEqual([]);
  });

  it('falls back to safe values when stored data is damaged', async () => {
    await fakeBrowser.storage.local.set({
      coachPaused: 'yes',
      disabledSites: ['https://a.example/x', 42, 'not a url'],
      disabledRules: ['but', 'made-up', null],
    });
    await expect(readCoachSettings()).resolves.toEqual({
      paused: false,
      disabledSites: ['https://a.example'],
      disabledRules: ['but'],
    });
  });

  it('tells a watcher the full settings after each change', async () => {
    const seen = vi.fn();
    const unwatch = watchCoachSettings(seen);
    await setRuleOn('excuse', false);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ paused: false, disabledSites: [], disabledRules: ['excuse'] }));
    unwatch();
    seen.mockClear();
    await setCoachPaused(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
  });
});
