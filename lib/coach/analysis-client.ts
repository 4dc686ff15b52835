import { browser } from 'wxt/browser';
import type { CoachAnalysis, CoachMessage, MessageResult } from '../messaging';

/**
 * The content script's side of 'coach/analyze': the draft's text goes to this extension's
 * background (never the network) and the analysis comes back. Null when the background is
 * gone (extension updated or reloaded): the coach then stays quiet.
 */
export async function requestAnalysis(text: string): Promise<CoachAnalysis | null> {
  const message: CoachMessage = { type: 'coach/analyze', text };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as MessageResult | undefined;
    if (!reply || reply.ok !== true || !reply.result || typeof reply.result.analysis !== 'object') return null;
    return reply.result;
  } catch {
    return null;
  }
}
