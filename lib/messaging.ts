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

export const coachMessageSchema = z.discriminatedUnion('type', [
  // The draft's text (quoted replies and signatures already blanked out), for the engine.
  z.object({ type: z.literal('coach/analyze'), text: z.string().max(MAX_DRAFT_CHARS) }).strict(),
  // The person clicked "This is for…" in the coach panel (issue 5): open the side panel.
  z.object({ type: z.literal('coach/open-side-panel') }).strict(),
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

export type MessageResult = { ok: true; result?: CoachAnalysis } | { ok: false; reason: string };

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
