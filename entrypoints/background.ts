import { browser } from 'wxt/browser';
import { coachAnalysis, warmEngineSoon } from '../lib/coach/engine-bridge';
import { createCoachRouter } from '../lib/messaging';
import { startSiteAccess } from '../lib/background/site-access';
import { createDraftLinkService } from '../lib/background/draft-link-browser';

export default defineBackground(() => {
  // Sites the person added: keep the coach registered on exactly those (lib/background/site-access).
  startSiteAccess();
  // Linking a draft to a person (issue 5): the side panel's port, tab events, storage.session.
  const drafts = createDraftLinkService();
  // Message routing lives in lib/messaging; this file only wires it up.
  const routeCoach = createCoachRouter(
    {
      'coach/analyze': (message, { tabId }) => {
        const result = coachAnalysis(message.text);
        drafts.draftSeen(tabId, message.draftKey, message.text, result);
        return { ok: true, result };
      },
      'coach/warm': () => {
        warmEngineSoon();
        return { ok: true };
      },
      // Opens the side panel synchronously inside the handler (the click's gesture), then records.
      'coach/link-draft': (message, context) => drafts.requestLink(message, context),
    },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener((message: unknown, sender) => routeCoach(message, sender));
});
