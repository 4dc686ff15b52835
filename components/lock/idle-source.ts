import { readIdleMinutes } from '@/lib/lock/settings';
import { SessionKeyVault } from '@/lib/lock/session-vault';

/** What the gate's idle timer needs: the shared activity time, and a way to move it. */
export interface IdleSource {
  read(): Promise<{ lastActiveAt: number; idleMs: number } | null>;
  touch(at: number): Promise<void>;
}

let shared: SessionKeyVault | null = null;

/** The extension's session vault: the one getRepository() holds the key in. */
export function sessionVault(): SessionKeyVault {
  shared ??= new SessionKeyVault(readIdleMinutes);
  return shared;
}

let sharedIdle: IdleSource | null = null;

/** One source per page, so the gate's effect is not restarted on every render. */
export function sessionIdleSource(): IdleSource {
  if (sharedIdle) return sharedIdle;
  const vault = sessionVault();
  return (sharedIdle = {
    async read() {
      const entry = await vault.entry();
      return entry ? { lastActiveAt: entry.lastActiveAt, idleMs: entry.idleMs } : null;
    },
    touch: (at) => vault.touch(at),
  });
}
