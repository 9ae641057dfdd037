import { describe, expect, it } from 'vitest';
import { createCardCache } from '../../lib/card-opening/card-cache';
import type { Card } from '../../lib/cards/card';
import type { Trust } from '../../lib/facts/trust';
import { realCard } from '../ui/support/real-card';

/**
 * A background that builds real cards under the trust of the moment it is asked (as the real one reads trust
 * per request), and records every request. `holdNext` delays the answer to the next request only.
 */
function background() {
  const requests: string[][] = [];
  let trust: Trust = {};
  let held: Promise<void> | null = null;
  const fetchCards = async (entities: string[]): Promise<Card[]> => {
    requests.push([...entities]);
    const cards = entities.filter((id) => id !== 'no_such_entity').map((id) => realCard(id, trust));
    const gate = held;
    held = null;
    if (gate) await gate;
    return cards;
  };
  return {
    requests,
    fetchCards,
    setTrust: (next: Trust) => (trust = next),
    holdNext: () => {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('the page card cache', () => {
  it('fetches every entity a scan found in one request, and none again', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    await cache.want(['flight', 'aktau', 'flight', 'death_toll']);
    await cache.want(['aktau', 'flight']);
    expect(bg.requests).toEqual([['flight', 'aktau', 'death_toll']]);
    expect(cache.get('flight')?.entity.id).toBe('flight');
    expect(cache.get('death_toll')?.figures.length).toBeGreaterThan(0);
  });

  it('asks only for what a later scan adds', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    await cache.want(['flight']);
    await cache.want(['flight', 'kremlin']);
    expect(bg.requests).toEqual([['flight'], ['kremlin']]);
  });

  it('lets a card opened before the batch answered wait for that batch rather than ask again', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    const release = bg.holdNext();
    const batch = cache.want(['flight', 'aktau']);
    const opened = cache.load('aktau');
    expect(cache.get('aktau')).toBeUndefined();
    release();
    await batch;
    expect((await opened)?.entity.id).toBe('aktau');
    expect(bg.requests).toEqual([['flight', 'aktau']]);
  });

  it('remembers an entity the background does not know, without asking again', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    expect(await cache.load('no_such_entity')).toBeNull();
    expect(await cache.load('no_such_entity')).toBeNull();
    expect(bg.requests).toEqual([['no_such_entity']]);
  });

  it('fetches every held card again in one request when trust changes, and says which changed', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    await cache.want(['flight', 'death_toll']);
    const before = cache.get('flight')!;
    const first = before.sources[0]!.source.id;
    const updates: string[][] = [];
    cache.onUpdate((ids) => updates.push(ids));

    bg.setTrust({ [first]: false });
    await cache.refresh();
    expect(bg.requests.at(-1)).toEqual(['flight', 'death_toll']);
    expect(updates).toEqual([['flight', 'death_toll']]);
    const after = cache.get('flight')!;
    expect(after.sources.map((s) => s.source.id)).not.toContain(first);
    expect(after.hiddenUntrusted).toBe(before.hiddenUntrusted + 1);
  });

  it('never lets an answer from before a trust change replace one from after it', async () => {
    const bg = background();
    const cache = createCardCache(bg.fetchCards);
    await cache.want(['flight']);
    const first = cache.get('flight')!.sources[0]!.source.id;
    // A slow request made under the old trust...
    const release = bg.holdNext();
    const stale = cache.want(['aktau']);
    // ...answered only after a refresh made under the new trust has been answered.
    bg.setTrust({ [first]: false });
    await cache.refresh();
    expect(bg.requests.at(-1)).toEqual(['flight', 'aktau']);
    const fresh = cache.get('aktau')!;
    release();
    await stale;
    expect(cache.get('aktau')).toBe(fresh);
    expect(fresh.sources.map((s) => s.source.id)).not.toContain(first);
  });

  it('asks again after a failed request', async () => {
    let fail = true;
    const cache = createCardCache(async (ids) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return ids.map((id) => realCard(id));
    });
    await expect(cache.want(['flight'])).rejects.toThrow('Receiving end');
    fail = false;
    expect((await cache.load('flight'))?.entity.id).toBe('flight');
  });
});
