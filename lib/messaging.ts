/**
 * Messages between the coach (content script) and the background, in one place. Every
 * message is validated with a schema and its sender checked before anything acts on it:
 * it must come from this extension's own content script in a tab. Pages cannot reach
 * `runtime.onMessage` at all (there is no `externally_connectable`), and this router
 * ignores window messages entirely. List data never travels toward the page: no message
 * here carries anything from the amends list.
 *
 * The content script imports only the types (`import type`), so zod never loads into
 * webmail pages.
 */
import { z } from 'zod';
import type { Analysis, ElementId, Prompt } from './analysis/types';

/** Longest draft the coach sends for analysis (far beyond any letter; a guard, not a limit). */
export const MAX_DRAFT_CHARS = 200_000;

/**
 * An opaque key the content script makes up for one field (random, nothing from the page or
 * the list), so the background can tell which draft in a tab was linked to a person.
 */
export const DRAFT_KEY_PATTERN = /^[0-9a-f]{32}$/;
const draftKey = z.string().regex(DRAFT_KEY_PATTERN);

export const coachMessageSchema = z.discriminatedUnion('type', [
  // The draft's text (quoted replies and signatures already blanked out), for the engine.
  z.object({ type: z.literal('coach/analyze'), text: z.string().max(MAX_DRAFT_CHARS), draftKey: draftKey.optional() }).strict(),
  // The person is in a field the coach will read: start compiling the engine's patterns now,
  // in small slices, so the first analysis does not wait for it. Carries nothing.
  z.object({ type: z.literal('coach/warm') }).strict(),
  // The person clicked "This is for…" in the coach panel (issue 5): open the side panel, where
  // they choose who this draft is for. Only the draft goes out; nothing about the list comes back.
  z.object({ type: z.literal('coach/link-draft'), draftKey, text: z.string().max(MAX_DRAFT_CHARS) }).strict(),
]);

export type CoachMessage = z.infer<typeof coachMessageSchema>;
export type CoachMessageType = CoachMessage['type'];

/** What the background answers to 'coach/analyze': the analysis and the words the panel needs. */
export interface CoachAnalysis {
  analysis: Analysis;
  /** Checklist labels of the seven elements. */
  elementLabels: Record<ElementId, string>;
  /** Starters for every missing element (for a draft the person asked to coach). */
  gapPrompts: Prompt[];
}

/**
 * What the background answers to 'coach/link-draft': whether the side panel opened, and
 * where it cannot be opened from a page (Firefox), the keyboard shortcut that opens it.
 */
export interface LinkOpening {
  opened: boolean;
  shortcut: string | null;
}

export type MessageResult =
  | { ok: true; result?: CoachAnalysis; opening?: LinkOpening }
  | { ok: false; reason: string };

/** The parts of `runtime.MessageSender` the checks look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number };
}

export interface SenderContext {
  tabId: number;
  windowId: number | undefined;
  frameId: number;
}

/** A sender is trusted only if it is this extension's content script running in a tab. */
export function contentScriptSender(sender: SenderLike, extensionId: string): SenderContext | null {
  if (!sender || sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  // A content script runs in a web page; a sender URL of our own pages is not one.
  if (typeof sender.url === 'string' && /^(chrome|moz)-extension:/.test(sender.url)) return null;
  return { tabId, windowId: sender.tab?.windowId, frameId: typeof sender.frameId === 'number' ? sender.frameId : 0 };
}

export type CoachHandlers = {
  [K in CoachMessageType]: (
    message: Extract<CoachMessage, { type: K }>,
    context: SenderContext,
  ) => MessageResult | Promise<MessageResult>;
};

/** True for anything that claims to be a coach message (so other listeners keep theirs). */
function claimsCoach(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    typeof (raw as { type?: unknown }).type === 'string' &&
    (raw as { type: string }).type.startsWith('coach/')
  );
}

/**
 * Builds the `runtime.onMessage` listener for coach messages. Handlers run synchronously in
 * the listener (Chrome's `sidePanel.open` must be called before any `await` to keep the
 * click's user gesture). Returns undefined for messages that are not the coach's.
 */
export function createCoachRouter(handlers: CoachHandlers, extensionId: string) {
  return (raw: unknown, sender: SenderLike): Promise<MessageResult> | undefined => {
    if (!claimsCoach(raw)) return undefined;
    const context = contentScriptSender(sender, extensionId);
    if (!context) return Promise.resolve({ ok: false, reason: 'sender-not-allowed' });
    const parsed = coachMessageSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, reason: 'malformed' });
    const message = parsed.data;
    const handler = handlers[message.type] as (m: CoachMessage, c: SenderContext) => MessageResult | Promise<MessageResult>;
    try {
      return Promise.resolve(handler(message, context));
    } catch (error) {
      return Promise.resolve({ ok: false, reason: error instanceof Error ? error.message : 'failed' });
    }
  };
}

// ── The side panel's port to the background (issue 5: linking a draft to a person) ─────────

/** The name the side panel's `runtime.connect` uses; any other port is not ours. */
export const DRAFT_PORT_NAME = 'amends/draft-link';

const tabId = z.int().min(0).max(2 ** 31);
const personId = z.string().min(1).max(100);

/** What the side panel (an extension page) sends over the port. */
export const panelMessageSchema = z.discriminatedUnion('type', [
  // Show me the draft waiting in this window's active tab, now and whenever it changes.
  z.object({ type: z.literal('draft/watch'), windowId: z.int().min(0).max(2 ** 31) }).strict(),
  // The person chose who the draft is for (typed and chosen in the side panel, never the page).
  z.object({ type: z.literal('draft/link'), tabId, draftKey, personId }).strict(),
  // Not linked to anyone any more (the picker shows again).
  z.object({ type: z.literal('draft/unlink'), tabId, draftKey }).strict(),
]);

export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** The draft a side panel sees: the page's text and its analysis, and who it is for. */
export interface PanelDraft {
  tabId: number;
  draftKey: string;
  /** Null while the draft waits for the person to choose. */
  personId: string | null;
  text: string;
  analysis: CoachAnalysis | null;
  /** When "This is for…" was clicked. */
  at: number;
}

/** What the background sends the side panel over the port. */
export type BackgroundToPanel =
  | { type: 'draft/state'; draft: PanelDraft | null }
  | { type: 'draft/problem'; reason: 'unknown-draft' };

/**
 * A port is trusted only if it comes from one of this extension's own pages (the side panel,
 * or the popup): same extension id, and a URL on the extension's origin. A content script's
 * sender URL is the web page's, so it never passes.
 */
export function extensionPageSender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): { tabId: number | null } | null {
  if (!sender || sender.id !== extensionId) return null;
  if (typeof sender.url !== 'string' || !extensionOrigin || !sender.url.startsWith(extensionOrigin)) return null;
  const tab = sender.tab?.id;
  return { tabId: typeof tab === 'number' && tab >= 0 ? tab : null };
}

/** Validates one message from the side panel's port; null for anything malformed. */
export function parsePanelMessage(raw: unknown): PanelMessage | null {
  const parsed = panelMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
