/**
 * Where the unlocked data key is held between pages. The store never writes it to disk;
 * the extension uses a vault on `storage.session` (lib/lock/session-vault.ts: memory only,
 * gone when the browser closes, shared by popup and side panel). Tests and benchmarks use
 * the in-memory vault below.
 */
export interface HeldKey {
  /** The lock's keyId, so a key from an older lock is never used. */
  keyId: string;
  /** Base64 of the raw 256-bit data key. */
  raw: string;
}

export interface KeyVault {
  /** The held key, or null when locked (never unlocked, locked, or timed out). */
  read(): Promise<HeldKey | null>;
  write(key: HeldKey): Promise<void>;
  clear(): Promise<void>;
  /** Called when the held key changes in this page or another one. Returns unwatch. */
  watch(listener: () => void): () => void;
}

/** A vault in this page's memory only: for tests, benchmarks and one-page use. */
export class MemoryKeyVault implements KeyVault {
  private held: HeldKey | null = null;
  private readonly listeners = new Set<() => void>();

  async read(): Promise<HeldKey | null> {
    return this.held;
  }

  async write(key: HeldKey): Promise<void> {
    this.held = { ...key };
    this.notify();
  }

  async clear(): Promise<void> {
    const had = this.held !== null;
    this.held = null;
    if (had) this.notify();
  }

  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
