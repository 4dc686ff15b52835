import type { ChangeEvent } from './repository-api';

/**
 * Change announcements. After a write commits, the repository tells its own subscribers at
 * once and every other extension page (popup, side panel, options) over BroadcastChannel.
 * Views then re-read what they show; events carry ids only, never personal data.
 */

export const CHANGE_CHANNEL_NAME = 'amends-changes';

interface WireMessage {
  /** Which database changed, so test databases and the real one never mix. */
  db: string;
  event: ChangeEvent;
}

type Listener = (event: ChangeEvent) => void;

export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private channel: BroadcastChannel | null = null;

  constructor(private readonly dbName: string) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.ensureChannel();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Announces a committed change here and to every other page. */
  announce(event: ChangeEvent): void {
    this.deliver(event);
    this.ensureChannel()?.postMessage({ db: this.dbName, event } satisfies WireMessage);
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
    this.listeners.clear();
  }

  private deliver(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken view must not stop the others from updating.
        console.error('A change listener failed', error);
      }
    }
  }

  private ensureChannel(): BroadcastChannel | null {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(CHANGE_CHANNEL_NAME);
    this.channel.onmessage = (message: MessageEvent) => {
      const event = readWireMessage(message.data, this.dbName);
      if (event) this.deliver(event);
    };
    return this.channel;
  }
}

/** The event in a message from another page, or null if it is not one of ours. */
export function readWireMessage(data: unknown, dbName: string): ChangeEvent | null {
  if (!data || typeof data !== 'object') return null;
  const { db, event } = data as Partial<WireMessage>;
  if (db !== dbName || !event || typeof event !== 'object') return null;
  if (event.kind === 'reset') return { kind: 'reset' };
  if (event.kind !== 'put' && event.kind !== 'delete') return null;
  const ids = (event as { ids?: unknown }).ids;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  return { kind: event.kind, ids: [...ids] };
}
