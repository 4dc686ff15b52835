import { CoachManager } from '../../lib/coach/coach-manager';
import { warmEngine, requestAnalysis, requestLink } from '../../lib/coach/analysis-client';
import { BUILT_IN_MATCHES, siteFor } from '../../lib/coach/sites';
import {
  coachRunsOn,
  DEFAULT_COACH_SETTINGS,
  readCoachSettings,
  setRuleOn,
  watchCoachSettings,
  type CoachSettings,
} from '../../lib/settings';

/**
 * The coach, wired into a page. Isolated world only (the WXT default): the page cannot reach
 * this script's objects, and nothing is added to the page's globals. The logic lives in
 * lib/coach; this file only decides whether to run and hands over the settings.
 */
export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  runAt: 'document_idle',
  // Rich editors keep their body in an iframe (TinyMCE, CKEditor 4), often about:blank.
  allFrames: true,
  matchAboutBlank: true,
  // Chrome only: Firefox MV2 has no such key.
  matchOriginAsFallback: { chrome: true },
  // Don't announce the script to the page's message listeners.
  noScriptStartedPostMessage: true,
  // An anonymous IIFE: not even a global name in the isolated world.
  globalName: false,
  main(ctx) {
    // A same-origin frame is coached from its parent's script (one host, one UI per page).
    if (window !== window.top && window.frameElement) return;

    let settings: CoachSettings = DEFAULT_COACH_SETTINGS;
    const ancestors = location.ancestorOrigins;
    const pageOrigin = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1]! : location.origin;
    const manager = new CoachManager(document, {
      site: siteFor(location.hostname),
      // The engine runs in the background: the draft's text goes there, never to the network.
      analyze: requestAnalysis,
      warm: warmEngine,
      // "This is for…": the side panel opens; who the draft is for is chosen there, not here.
      linkDraft: requestLink,
      firefox: import.meta.env.FIREFOX,
      disabledRules: () => settings.disabledRules,
      turnRuleOff: (rule) => {
        settings = { ...settings, disabledRules: [...settings.disabledRules, rule] };
        void setRuleOn(rule, false);
      },
    });
    const apply = (next: CoachSettings) => {
      settings = next;
      if (coachRunsOn(next, pageOrigin)) {
        manager.start();
        manager.refresh();
      } else {
        manager.stop();
      }
    };
    void readCoachSettings().then(apply);
    const unwatch = watchCoachSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      manager.stop();
    });
  },
});
