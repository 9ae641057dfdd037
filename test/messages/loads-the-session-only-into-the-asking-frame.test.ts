import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { freshDb } from '../support/store';

function background() {
  const loaded: [number, number][] = [];
  const { handlers, keeper } = createHandlers({
    openDb: () => freshDb({ indexedDB: new IDBFactory() }),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    loadSession: (tabId, frameId) => void loaded.push([tabId, frameId]),
  });
  return { handlers, keeper, loaded };
}

describe('loading the page session', () => {
  it("runs the session script in the asking content script's own tab and frame, and answers with the lexicon and its trie", async () => {
    const { handlers, keeper, loaded } = background();
    const { lexicon, trie } = await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0 });
    expect(loaded).toEqual([[7, 0]]);
    expect(trie.version).toBe(lexicon.version);
    const matcher = compileMatcher(lexicon, { trie });
    expect(findMentions(matcher, 'Flight J2-8243 came down near Aktau.').map((m) => m.entity)).toEqual(['flight', 'aktau']);
    keeper.db.close();
  });

  it('refuses extension pages, which have no tab, and payloads', async () => {
    const { handlers, keeper, loaded } = background();
    await expect(handlers.loadSession(undefined, {})).rejects.toThrow();
    await expect(handlers.loadSession(undefined, undefined)).rejects.toThrow();
    await expect(handlers.loadSession({ tab: 1 }, { tab: { id: 7 }, frameId: 0 })).rejects.toThrow();
    expect(loaded).toEqual([]);
    keeper.db.close();
  });

  it('gives the matcher the aliases and the figure values the fact base knows', async () => {
    const { handlers, keeper } = background();
    const { lexicon } = await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0 });
    expect(lexicon.entities.find((e) => e.id === 'zelensky')?.aliases).toContain('Zelenskyy');
    expect(lexicon.entities.find((e) => e.id === 'death_toll')?.numbers).toContain(38);
    expect(lexicon.entities.find((e) => e.id === 'aktau')?.numbers).toBeUndefined();
    keeper.db.close();
  });

  it('compiles the trie once per lexicon: a second page gets the same one', async () => {
    const { handlers, keeper } = background();
    const first = await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0 });
    const second = await handlers.loadSession(undefined, { tab: { id: 8 }, frameId: 0 });
    expect(second.trie).toBe(first.trie);
    keeper.db.close();
  });
});
