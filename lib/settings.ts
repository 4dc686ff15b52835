/**
 * The coach's settings, in extension storage (never the page's). The popup writes them; the
 * content script reads and watches them. Values are checked on the way out, so a damaged or
 * outdated entry falls back to the default instead of breaking the coach.
 */
import { storage } from 'wxt/utils/storage';
import { FLAG_IDS, type FlagId } from './analysis/types';

export const coachPausedItem = storage.defineItem<boolean>('local:coachPaused', { fallback: false });
/** Origins (e.g. "https://mail.google.com") where the person turned the coach off. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
/** Kinds of hint the person turned off everywhere. */
export const disabledRulesItem = storage.defineItem<FlagId[]>('local:disabledRules', { fallback: [] });

export interface CoachSettings {
  paused: boolean;
  disabledSites: string[];
  disabledRules: FlagId[];
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = { paused: false, disabledSites: [], disabledRules: [] };

const FLAGS = new Set<string>(FLAG_IDS);

export function sanitizeRules(value: unknown): FlagId[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is FlagId => typeof v === 'string' && FLAGS.has(v)))];
}

export function sanitizeOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map((v) => (typeof v === 'string' ? originOf(v) : null)).filter((v): v is string => !!v))];
}

/** The origin of an http(s) URL, or null (extension pages, file:, about: have none to turn off). */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Whether the coach should run on a page of `origin`. */
export function coachRunsOn(settings: CoachSettings, origin: string | null): boolean {
  if (settings.paused) return false;
  return !(origin && settings.disabledSites.includes(origin));
}

export async function readCoachSettings(): Promise<CoachSettings> {
  const [paused, sites, rules] = await Promise.all([
    coachPausedItem.getValue(),
    disabledSitesItem.getValue(),
    disabledRulesItem.getValue(),
  ]);
  return { paused: paused === true, disabledSites: sanitizeOrigins(sites), disabledRules: sanitizeRules(rules) };
}

/** Calls `onChange` with the full settings whenever any of them changes. Returns an unwatch. */
export function watchCoachSettings(onChange: (settings: CoachSettings) => void): () => void {
  const reread = () => void readCoachSettings().then(onChange);
  const unwatchers = [coachPausedItem.watch(reread), disabledSitesItem.watch(reread), disabledRulesItem.watch(reread)];
  return () => unwatchers.forEach((unwatch) => unwatch());
}

export async function setCoachPaused(paused: boolean): Promise<void> {
  await coachPausedItem.setValue(paused);
}

export async function setCoachOnSite(origin: string, on: boolean): Promise<void> {
  const clean = originOf(origin);
  if (!clean) throw new Error(`Not a web page origin: ${origin}`);
  const current = sanitizeOrigins(await disabledSitesItem.getValue());
  const next = on ? current.filter((o) => o !== clean) : [...new Set([...current, clean])];
  await disabledSitesItem.setValue(next);
}

export async function setRuleOn(rule: FlagId, on: boolean): Promise<void> {
  if (!FLAGS.has(rule)) throw new Error(`Unknown kind of hint: ${rule}`);
  const current = sanitizeRules(await disabledRulesItem.getValue());
  const next = on ? current.filter((r) => r !== rule) : [...new Set([...current, rule])];
  await disabledRulesItem.setValue(next);
}
