import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { FLAG_IDS, type FlagId } from '@/lib/analysis/types';
import { RULE_NAMES } from '@/lib/coach/rule-names';
import { BUILT_IN_HOSTS } from '@/lib/coach/sites';
import {
  coachRunsOn,
  originOf,
  readCoachSettings,
  setCoachOnSite,
  setCoachPaused,
  setRuleOn,
  watchCoachSettings,
  type CoachSettings as Settings,
} from '@/lib/settings';
import './CoachSettings.css';

/** Where the coach runs without asking: the built-in hosts (and loopback in the test build). */
function coachHasSite(origin: string): boolean {
  const host = new URL(origin).hostname;
  if ((BUILT_IN_HOSTS as readonly string[]).includes(host)) return true;
  return import.meta.env.MODE === 'test' && (host === '127.0.0.1' || host === 'localhost');
}

/** The active tab's origin. The popup sees the URL through `activeTab` (no `tabs` permission). */
async function activeTabOrigin(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return originOf(tab?.url);
  } catch {
    return null;
  }
}

/**
 * The coach's controls in the popup: pause everywhere, on/off for the current site, and each
 * kind of hint on or off (folded away). Changes apply at once in every open tab.
 */
export function CoachSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [origin, setOrigin] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rulesId = useId();

  useEffect(() => {
    let live = true;
    void readCoachSettings().then((s) => live && setSettings(s));
    void activeTabOrigin().then((o) => live && setOrigin(o));
    const unwatch = watchCoachSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = (change: Promise<void>) =>
    change.then(
      () => setProblem(null),
      (error: unknown) =>
        setProblem(`That setting wasn't saved${error instanceof Error ? ` (${error.message})` : ''}. Please try again.`),
    );

  if (!settings) return null;
  const site = origin ? new URL(origin).hostname : null;
  const siteOn = origin ? coachRunsOn({ ...settings, paused: false }, origin) : false;

  return (
    <section className="coach-settings" aria-labelledby={`${rulesId}-title`}>
      <h2 id={`${rulesId}-title`} className="coach-settings__title">
        Writing coach
      </h2>
      <label className="coach-settings__row">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void save(setCoachPaused(e.currentTarget.checked))}
        />
        <span>Pause the coach everywhere</span>
      </label>
      {origin && site && coachHasSite(origin) ? (
        <label className="coach-settings__row">
          <input
            type="checkbox"
            checked={siteOn}
            disabled={settings.paused}
            onChange={(e) => void save(setCoachOnSite(origin, e.currentTarget.checked))}
          />
          <span>Use the coach on {site}</span>
        </label>
      ) : site ? (
        <p className="coach-settings__note">The coach doesn’t run on {site}.</p>
      ) : null}
      <details className="coach-settings__rules">
        <summary>Kinds of hint</summary>
        <ul>
          {FLAG_IDS.map((rule: FlagId) => (
            <li key={rule}>
              <label className="coach-settings__row">
                <input
                  type="checkbox"
                  checked={!settings.disabledRules.includes(rule)}
                  onChange={(e) => void save(setRuleOn(rule, e.currentTarget.checked))}
                />
                <span>{RULE_NAMES[rule]}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
      {problem ? (
        <p className="coach-settings__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
