import { afterEach, describe, expect, it, vi } from 'vitest';
import { setStatus } from '../../../lib/amends';
import type { ChangeEvent } from '../../../lib/store';
import { CHANGE_CHANNEL_NAME, readWireMessage } from '../../../lib/store/changes';
import { closeAll, freshDbName, testRepository } from './helpers';

afterEach(closeAll);

/** Resolves with the next event a subscriber sees (or fails the test after 1 s). */
function nextEvent(subscribe: (l: (e: ChangeEvent) => void) => () => void): Promise<ChangeEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no change event within 1 s')), 1000);
    const off = subscribe((event) => {
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

describe('change broadcast', () => {
  it('BroadcastChannel exists in the test environment', () => {
    expect(typeof BroadcastChannel).toBe('function');
  });

  it('tells same-page subscribers after each committed write', async () => {
    const repo = testRepository();
    const events: ChangeEvent[] = [];
    repo.subscribe((e) => events.push(e));
    const p = await repo.add({ name: 'A' });
    await repo.update(p.id, (x) => setStatus(x, 'willing', 5));
    await repo.remove(p.id);
    await repo.deleteEverything();
    expect(events).toEqual([
      { kind: 'put', ids: [p.id] },
      { kind: 'put', ids: [p.id] },
      { kind: 'delete', ids: [p.id] },
      { kind: 'reset' },
    ]);
  });

  it('a write through one repository reaches the other repository on the same database', async () => {
    const name = freshDbName();
    const popup = testRepository(name);
    const panel = testRepository(name);
    const seen = nextEvent((l) => panel.subscribe(l));
    const added = await popup.add({ name: 'Seen across pages' });
    expect(await seen).toEqual({ kind: 'put', ids: [added.id] });
    // The other side re-reads and finds the new person.
    expect((await panel.get(added.id))?.name).toBe('Seen across pages');

    const back = nextEvent((l) => popup.subscribe(l));
    await panel.update(added.id, (p) => setStatus(p, 'willing', 9));
    expect(await back).toEqual({ kind: 'put', ids: [added.id] });
    expect((await popup.get(added.id))?.status).toBe('willing');
  });

  it('does not announce a write that failed', async () => {
    const name = freshDbName();
    const writer = testRepository(name);
    const reader = testRepository(name);
    const p = await writer.add({ name: 'A' });
    const local = vi.fn();
    const remote = vi.fn();
    writer.subscribe(local);
    reader.subscribe(remote);
    await expect(writer.update(p.id, () => { throw new Error('no'); })).rejects.toThrow();
    // A later successful write proves the channel works; only that one arrives.
    const arrived = nextEvent((l) => reader.subscribe(l));
    await writer.update(p.id, (x) => ({ ...x, relationship: 'friend' }));
    await arrived;
    expect(local).toHaveBeenCalledTimes(1);
    expect(remote).toHaveBeenCalledTimes(1);
  });

  it('ignores changes to a different database', async () => {
    const other = testRepository();
    const mine = testRepository();
    const listener = vi.fn();
    mine.subscribe(listener);
    const control = nextEvent((l) => mine.subscribe(l));
    await other.add({ name: 'Elsewhere' });
    await mine.add({ name: 'Here' });
    await control;
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const repo = testRepository();
    const listener = vi.fn();
    const off = repo.subscribe(listener);
    await repo.add({ name: 'A' });
    off();
    await repo.add({ name: 'B' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reads only well-formed messages from other pages', () => {
    expect(readWireMessage({ db: 'x', event: { kind: 'put', ids: ['a'] } }, 'x')).toEqual({ kind: 'put', ids: ['a'] });
    expect(readWireMessage({ db: 'x', event: { kind: 'reset' } }, 'x')).toEqual({ kind: 'reset' });
    expect(readWireMessage({ db: 'y', event: { kind: 'reset' } }, 'x')).toBeNull();
    expect(readWireMessage({ db: 'x', event: { kind: 'put', ids: [1] } }, 'x')).toBeNull();
    expect(readWireMessage({ db: 'x', event: { kind: 'drop-table' } }, 'x')).toBeNull();
    expect(readWireMessage('junk', 'x')).toBeNull();
    expect(CHANGE_CHANNEL_NAME).toBe('amends-changes');
  });
});
