import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PanelDraft } from '@/lib/messaging';
import type { DraftLinkClient, DraftLinkState } from '@/lib/ui/draft-link-client';

/**
 * The draft waiting in (or linked from) this window's active tab, for every part of the
 * side panel (issue 5). Without a provider (the popup, tests of other views) there is no
 * draft and linking does nothing.
 */
export interface DraftLink extends DraftLinkState {
  available: boolean;
  /** The person said "Not now" to choosing for this draft: the picker stays away until the next one. */
  pickerSetAside: boolean;
  link(draft: PanelDraft, personId: string): void;
  /** Unlinks; `choose` brings the picker back at once ("This is for someone else"). */
  unlink(draft: PanelDraft, choose?: boolean): void;
  setPickerAside(draft: PanelDraft): void;
}

const NONE: DraftLink = {
  draft: null,
  problem: null,
  available: false,
  pickerSetAside: false,
  link: () => undefined,
  unlink: () => undefined,
  setPickerAside: () => undefined,
};

/** One "This is for…" click: the same field clicked again is a new request. */
const requestId = (draft: PanelDraft) => `${draft.tabId}:${draft.draftKey}:${draft.at}`;
const DraftLinkContext = createContext<DraftLink>(NONE);

export function DraftLinkProvider({ client, children }: { client: DraftLinkClient | null; children: ReactNode }) {
  const [state, setState] = useState<DraftLinkState>({ draft: null, problem: null });
  const [aside, setAside] = useState<string | null>(null);
  useEffect(() => (client ? client.subscribe(setState) : undefined), [client]);
  const value: DraftLink = client
    ? {
        ...state,
        available: true,
        pickerSetAside: !!state.draft && aside === requestId(state.draft),
        link: (d, id) => client.link(d, id),
        unlink: (d, choose = false) => {
          setAside(choose ? null : requestId(d));
          client.unlink(d);
        },
        setPickerAside: (d) => setAside(requestId(d)),
      }
    : NONE;
  return <DraftLinkContext.Provider value={value}>{children}</DraftLinkContext.Provider>;
}

export function useDraftLink(): DraftLink {
  return useContext(DraftLinkContext);
}
