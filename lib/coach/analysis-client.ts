import { browser } from 'wxt/browser';
import type { CoachAnalysis, CoachMessage, LinkOpening, MessageResult } from '../messaging';

/**
 * The content script's side of 'coach/analyze': the draft's text goes to this extension's
 * background (never the network) and the analysis comes back. Null when the background is
 * gone (extension updated or reloaded): the coach then stays quiet. The field's opaque key
 * goes along so the background can follow a draft the person linked to someone.
 */
export async function requestAnalysis(text: string, draftKey?: string): Promise<CoachAnalysis | null> {
  const message: CoachMessage = draftKey ? { type: 'coach/analyze', text, draftKey } : { type: 'coach/analyze', text };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as MessageResult | undefined;
    if (!reply || reply.ok !== true || !reply.result || typeof reply.result.analysis !== 'object') return null;
    return reply.result;
  } catch {
    return null;
  }
}

/**
 * Tells the background a person is in a field the coach will read, so the engine can get
 * ready before the first analysis. Fire and forget: nothing comes back.
 */
export function warmEngine(): void {
  const message: CoachMessage = { type: 'coach/warm' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // The background is gone (extension updated): the coach stays quiet anyway.
  }
}

/**
 * "This is for…": asks the background to open the side panel, where the person chooses who
 * the draft is for. Must be called synchronously from the click (the message carries the
 * user gesture to the background). The answer says only whether the panel opened, and the
 * shortcut where it cannot be opened from a page; nothing from the list ever comes back.
 */
export async function requestLink(draftKey: string, text: string): Promise<LinkOpening | null> {
  const message: CoachMessage = { type: 'coach/link-draft', draftKey, text };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as MessageResult | undefined;
    if (!reply || reply.ok !== true || !reply.opening) return null;
    const { opened, shortcut } = reply.opening;
    return { opened: opened === true, shortcut: typeof shortcut === 'string' ? shortcut.slice(0, 40) : null };
  } catch {
    return null;
  }
}
