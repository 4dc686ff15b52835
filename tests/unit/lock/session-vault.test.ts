import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionKeyVault, sessionKeyItem } from '../../../lib/lock/session-vault';

describe('the session key vault', () => {
  it('holds the key in storage.session only (never local or sync)', async () => {
    const vault = new SessionKeyVault(async () => 15, () => 1_000);
    await vault.write({ keyId: 'k1', raw: 'AAAA' });
    expect(await vault.read()).toEqual({ keyId: 'k1', raw: 'AAAA' });
    expect(await fakeBrowser.storage.session.get(null)).toHaveProperty('lockKey');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('treats a key idle past its time as gone, and clears it', async () => {
    let now = 1_000;
    const vault = new SessionKeyVault(async () => 5, () => now);
    await vault.write({ keyId: 'k1', raw: 'AAAA' });
    now += 4 * 60_000;
    await vault.touch();
    now += 4 * 60_000;
    expect(await vault.read()).not.toBeNull(); // the touch moved the deadline
    now += 5 * 60_000;
    expect(await vault.read()).toBeNull();
    expect(await sessionKeyItem.getValue()).toBeNull();
  });

  it('a shorter idle time applies to the key already held', async () => {
    let now = 0;
    const vault = new SessionKeyVault(async () => 60, () => now);
    await vault.write({ keyId: 'k1', raw: 'AAAA' });
    await vault.setIdleMs(60_000);
    now = 61_000;
    expect(await vault.read()).toBeNull();
  });

  it('tells watchers when the key comes or goes, not on every activity touch', async () => {
    const vault = new SessionKeyVault(async () => 15, () => 5);
    const seen = vi.fn();
    vault.watch(seen);
    await vault.write({ keyId: 'k1', raw: 'AAAA' });
    await vault.touch(10);
    await vault.clear();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
  });

  it('ignores a damaged entry', async () => {
    await fakeBrowser.storage.session.set({ lockKey: { keyId: 3 }, lockLastActive: Date.now() });
    expect(await new SessionKeyVault().read()).toBeNull();
  });
});

describe('the session key vault and a racing "Lock now"', () => {
  it('an activity touch that was already under way cannot bring the key back', async () => {
    const vault = new SessionKeyVault(async () => 15, () => 1_000);
    await vault.write({ keyId: 'k1', raw: 'AAAA' });
    // The click's pointerdown starts a touch; the click itself locks before the touch lands.
    const touching = vault.touch(2_000);
    await vault.clear();
    await touching;
    expect(await vault.read()).toBeNull();
  });
});
