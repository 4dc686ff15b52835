import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { FLAG_IDS, type FlagId } from '@/lib/analysis/types';
import { RULE_NAMES } from '@/lib/coach/rule-names';
import {
  coachRunsOn,
  readCoachSettings,
  setCoachOnSite,
  setCoachPaused,
  setRuleOn,
  watchCoachSettings,
  type CoachSettings as Settings,
} from '@/lib/settings';
import { addedSites, siteStateFor, type Site, type SiteState } from '@/lib/site-access';
import {
  coachBuiltInHosts,
  currentTab,
  grantedOrigins,
  reloadTab,
  stopCoachOnSite,
  waitForSiteScript,
  watchGrantedOrigins,
  type PageTab,
} from '@/lib/site-access-browser';
import './CoachSettings.css';

const reason = (error: unknown) => (error instanceof Error && error.message ? ` (${error.message})` : '');

/** How a site is named to the person: its host, with the scheme only when it is not https. */
export function siteName(site: Site): string {
  return site.scheme === 'https' ? site.host : `http://${site.host}`;
}

/** The origins the browser has granted, kept current (null until first read). */
function useGrantedOrigins(): string[] | null {
  const [granted, setGranted] = useState<string[] | null>(null);
  const reread = useCallback(() => {
    void grantedOrigins().then(setGranted, () => setGranted([]));
  }, []);
  useEffect(() => {
    reread();
    return watchGrantedOrigins(reread);
  }, [reread]);
  return granted;
}

/** What happened after the person's last click on a site button, said once. */
type Outcome =
  | { kind: 'started'; site: Site }
  | { kind: 'needs-reload'; site: Site }
  | { kind: 'refused'; site: Site }
  | { kind: 'stopped'; site: Site };

/**
 * The coach's controls in the popup: pause everywhere, the coach on the current site (on/off
 * for a built-in host; add or stop for any other web site), and each kind of hint on or off
 * (folded away). Changes apply at once in every open tab.
 */
export function CoachSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<PageTab | null | undefined>(undefined);
  const granted = useGrantedOrigins();
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const rulesId = useId();

  useEffect(() => {
    let live = true;
    void readCoachSettings().then((s) => live && setSettings(s));
    void currentTab().then((t) => live && setTab(t));
    const unwatch = watchCoachSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = (change: Promise<void>) =>
    change.then(
      () => setProblem(null),
      (error: unknown) => setProblem(`That setting wasn't saved${reason(error)}. Please try again.`),
    );

  /** Must run straight from the click: browsers only show the permission prompt in a user gesture. */
  function turnOnHere(site: Site) {
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [site.pattern] });
    } catch (error) {
      asked = Promise.reject(error);
    }
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    asked
      .then(async (yes) => {
        if (!yes) return setOutcome({ kind: 'refused', site });
        // The background registers the coach and starts it in the open pages of this site.
        setOutcome({ kind: (await waitForSiteScript(site)) ? 'started' : 'needs-reload', site });
      })
      .catch((error: unknown) =>
        setProblem(`The coach couldn't be turned on for ${siteName(site)}${reason(error)}. Nothing has changed.`),
      )
      .finally(() => setBusy(false));
  }

  function turnOffHere(site: Site, origin: string) {
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    stopCoachOnSite(site, [origin])
      .then((removed) => {
        if (removed) setOutcome({ kind: 'stopped', site });
        else
          setProblem(
            `Your browser kept its permission for ${siteName(site)}, so the coach is still on there. You can take it back in the browser's settings for this extension.`,
          );
      })
      .catch((error: unknown) => setProblem(`The coach couldn't be turned off for ${siteName(site)}${reason(error)}. Please try again.`))
      .finally(() => setBusy(false));
  }

  function reload() {
    if (tab) reloadTab(tab).then(() => setOutcome(null), (error: unknown) => setProblem(`The page didn't reload${reason(error)}.`));
  }

  if (!settings || tab === undefined || granted === null) return null;
  const state: SiteState = siteStateFor(tab?.url, granted, coachBuiltInHosts());

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
      <div className="coach-settings__site" data-site-state={state.kind}>
        {state.kind === 'built-in' ? (
          <label className="coach-settings__row">
            <input
              type="checkbox"
              checked={coachRunsOn({ ...settings, paused: false }, state.origin)}
              disabled={settings.paused}
              onChange={(e) => void save(setCoachOnSite(state.origin, e.currentTarget.checked))}
            />
            <span>Use the coach on {state.site.host}</span>
          </label>
        ) : state.kind === 'added' ? (
          <>
            <p className="coach-settings__note">The coach is on for {siteName(state.site)}, because you added it.</p>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => turnOffHere(state.site, state.origin)}
            >
              Stop using the coach here
            </button>
          </>
        ) : state.kind === 'not-added' ? (
          <>
            <p className="coach-settings__note">The coach isn’t on for {siteName(state.site)}.</p>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => turnOnHere(state.site)}
            >
              Use the coach on this site
            </button>
            <p className="coach-settings__hint">
              Your browser will ask whether Amends Companion may read and change pages on {siteName(state.site)}.
              The coach only looks at what you write in message boxes there, and nothing leaves this computer.
            </p>
          </>
        ) : (
          <p className="coach-settings__note">The coach works in message boxes on web pages; it can’t run on this page.</p>
        )}
        <div role="status">
          <OutcomeNote outcome={outcome} paused={settings.paused} onReload={tab?.id !== undefined ? reload : undefined} />
        </div>
      </div>
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

function OutcomeNote({ outcome, paused, onReload }: { outcome: Outcome | null; paused: boolean; onReload?: () => void }) {
  if (!outcome) return null;
  const name = siteName(outcome.site);
  switch (outcome.kind) {
    case 'started':
      return (
        <p className="coach-settings__outcome">
          {paused
            ? 'It is paused everywhere just now, and starts here when you resume it.'
            : 'It has started on this page; anything you have already written stays as it is.'}
        </p>
      );
    case 'needs-reload':
      return (
        <div className="coach-settings__outcome">
          <p>
            The coach is allowed on {name}, but hasn’t started on this page yet. Reloading the page starts it; if you
            are in the middle of writing, save your draft first.
          </p>
          {onReload ? (
            <button type="button" className="button button--small" onClick={onReload}>
              Reload this page
            </button>
          ) : null}
        </div>
      );
    case 'refused':
      return (
        <p className="coach-settings__outcome">
          The browser’s permission wasn’t given, so the coach stays off on {name}. Nothing has changed.
        </p>
      );
    case 'stopped':
      return (
        <p className="coach-settings__outcome">
          The coach is off for {name} and has left this page.
        </p>
      );
  }
}

/**
 * "Sites you added", for the side panel's settings: every site the person turned the coach on
 * for, each with a way to stop it there, without having to visit it.
 */
export function AddedSites() {
  const granted = useGrantedOrigins();
  const [problem, setProblem] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (granted === null) return null;
  const sites = addedSites(granted, coachBuiltInHosts());

  function remove(site: Site) {
    setBusy(true);
    setProblem(null);
    setStopped(null);
    stopCoachOnSite(site)
      .then((removed) =>
        removed
          ? setStopped(`The coach is off for ${siteName(site)}.`)
          : setProblem(`Your browser kept its permission for ${siteName(site)}, so the coach is still on there.`),
      )
      .catch((error: unknown) => setProblem(`The coach couldn't be turned off for ${siteName(site)}${reason(error)}. Please try again.`))
      .finally(() => setBusy(false));
  }

  return (
    <section className="added-sites" aria-labelledby={headingId} data-testid="added-sites">
      <h2 id={headingId}>Sites you added for the coach</h2>
      <p>
        The coach runs on the usual mail and chat sites by itself. On any other site, choose “Use the coach on this
        site” in the toolbar popup while you are on it.
      </p>
      {sites.length === 0 ? (
        <p className="coach-settings__note">You haven’t added any sites.</p>
      ) : (
        <ul className="added-sites__list">
          {sites.map((site) => (
            <li key={site.pattern} className="added-sites__item">
              <span>{siteName(site)}</span>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                aria-label={`Stop using the coach on ${siteName(site)}`}
                onClick={() => remove(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="coach-settings__outcome" role="status">
        {stopped ?? ''}
      </p>
      {problem ? (
        <p className="coach-settings__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
