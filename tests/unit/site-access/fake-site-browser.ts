/**
 * A working stand-in for the parts of the browser that "Use the coach on this site" needs and
 * fakeBrowser does not implement: permissions (with a prompt the test answers), scripting
 * registrations (rejecting duplicate and unknown ids, as Chrome does), executeScript, and the
 * manifest. Events fire asynchronously, as in the browser.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ManifestContentScript, SiteScript } from '../../../lib/site-access';

/** The built-in coach entry of the Chrome MV3 build. */
export const CHROME_COACH_ENTRY: ManifestContentScript = {
  js: ['content-scripts/coach.js'],
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
  run_at: 'document_idle',
};

type Answer = boolean | Error;
type Listener = (permissions: { origins?: string[]; permissions?: string[] }) => void;

export interface FakeSiteBrowser {
  granted: Set<string>;
  scripts: Map<string, SiteScript>;
  /** What the permission prompt answers next (true: Allow; false: the person declines). */
  answer: Answer;
  requests: string[][];
  executed: { tabId: number; files: string[] }[];
  tabs: { id: number; url?: string }[];
  /** Patterns whose registration the browser refuses. */
  refuseRegistration: Set<string>;
  /** Makes each registration call take a turn of the event loop, as a real browser call does. */
  slow: boolean;
  /** Lets queued events and promise chains run. */
  settle(): Promise<void>;
}

export function installFakeSiteBrowser(
  opts: { granted?: string[]; manifest?: ManifestContentScript[]; tabs?: { id: number; url?: string }[] } = {},
): FakeSiteBrowser {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const fire = (listeners: Set<Listener>, origins: string[]) =>
    setTimeout(() => listeners.forEach((l) => l({ origins, permissions: [] })), 0);
  const state: FakeSiteBrowser = {
    granted: new Set(opts.granted ?? []),
    scripts: new Map(),
    answer: true,
    requests: [],
    executed: [],
    tabs: opts.tabs ?? [],
    refuseRegistration: new Set(),
    slow: false,
    async settle() {
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    },
  };
  const p = fakeBrowser.permissions;
  vi.spyOn(p, 'getAll').mockImplementation(async () => ({ origins: [...state.granted], permissions: [] }));
  vi.spyOn(p, 'contains').mockImplementation(async (q) => (q.origins ?? []).every((o) => state.granted.has(o)));
  vi.spyOn(p, 'request').mockImplementation((q) => {
    const origins = q.origins ?? [];
    state.requests.push(origins);
    const answer = state.answer;
    if (answer instanceof Error) return Promise.reject(answer);
    if (!answer) return Promise.resolve(false);
    const fresh = origins.filter((o) => !state.granted.has(o));
    fresh.forEach((o) => state.granted.add(o));
    if (fresh.length > 0) fire(added, fresh);
    return Promise.resolve(true);
  });
  vi.spyOn(p, 'remove').mockImplementation(async (q) => {
    const origins = (q.origins ?? []).filter((o) => state.granted.has(o));
    origins.forEach((o) => state.granted.delete(o));
    if (origins.length > 0) fire(removed, origins);
    return true;
  });
  vi.spyOn(p.onAdded, 'addListener').mockImplementation((l) => void added.add(l as Listener));
  vi.spyOn(p.onAdded, 'removeListener').mockImplementation((l) => void added.delete(l as Listener));
  vi.spyOn(p.onRemoved, 'addListener').mockImplementation((l) => void removed.add(l as Listener));
  vi.spyOn(p.onRemoved, 'removeListener').mockImplementation((l) => void removed.delete(l as Listener));

  const s = fakeBrowser.scripting;
  const turn = () => (state.slow ? new Promise((r) => setTimeout(r, 0)) : Promise.resolve());
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  vi.spyOn(s, 'getRegisteredContentScripts').mockImplementation(async (filter?: { ids?: string[] }) => {
    await turn();
    return [...state.scripts.values()].filter((x) => !filter?.ids || filter.ids.includes(x.id)).map(copy) as never;
  });
  vi.spyOn(s, 'registerContentScripts').mockImplementation(async (scripts) => {
    await turn();
    for (const script of scripts) {
      if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      if (script.matches?.some((m) => state.refuseRegistration.has(m))) throw new Error(`Invalid url pattern '${script.matches}'`);
    }
    for (const script of scripts) state.scripts.set(script.id, copy(script) as SiteScript);
  });
  vi.spyOn(s, 'unregisterContentScripts').mockImplementation(async (filter) => {
    await turn();
    const ids = filter?.ids ?? [...state.scripts.keys()];
    for (const id of ids) if (!state.scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
    ids.forEach((id) => state.scripts.delete(id));
  });
  vi.spyOn(s, 'executeScript').mockImplementation(async (injection) => {
    const { tabId } = injection.target;
    state.executed.push({ tabId, files: [...((injection as { files?: string[] }).files ?? [])] });
    return [];
  });
  vi.spyOn(s, 'insertCSS').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => state.tabs.map((t) => ({ ...t })) as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(
    () => ({ manifest_version: 3, name: 'Amends Companion', version: '0.1.0', content_scripts: opts.manifest ?? [CHROME_COACH_ENTRY] }) as never,
  );
  return state;
}
