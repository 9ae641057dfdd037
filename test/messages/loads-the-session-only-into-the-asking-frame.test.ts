import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { compileMatcher, compileTrie, findMentions } from '../../lib/match/matcher';
import type { Settings } from '../../lib/settings';
import { freshDb } from '../support/store';
import { loadedAnswer, pageSender } from '../support/session-answer';

// Counted, not replaced: the background compiles its trie with this.
vi.mock('../../lib/match/matcher', async (original) => {
  const matcher = await original<typeof import('../../lib/match/matcher')>();
  return { ...matcher, compileTrie: vi.fn(matcher.compileTrie) };
});

function background(settings: Settings = { enabled: true, disabledSites: [] }) {
  const loaded: [number, number][] = [];
  const switches = { settings, reads: 0 };
  const { handlers, keeper } = createHandlers({
    openDb: () => freshDb({ indexedDB: new IDBFactory() }),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    loadSession: (tabId, frameId) => void loaded.push([tabId, frameId]),
    switches: async () => (switches.reads++, switches.settings),
  });
  return { handlers, keeper, loaded, switches };
}

describe('loading the page session', () => {
  it("runs the session script in the asking content script's own tab and frame, and answers with the lexicon and its trie", async () => {
    const { handlers, keeper, loaded } = background();
    const { lexicon, trie } = loadedAnswer(await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' }));
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

  it('loads nothing into a page of a site the reader turned off, or anywhere with Sourcelight off, and says so', async () => {
    const { handlers, keeper, loaded, switches } = background({ enabled: true, disabledSites: ['news.example'] });
    expect(await handlers.loadSession(undefined, pageSender(7, 'https://www.news.example/world/a-story'))).toEqual({ off: true });
    expect(loaded).toEqual([]);
    // Read at each request: a site turned back on loads at the next one, other sites meanwhile.
    loadedAnswer(await handlers.loadSession(undefined, pageSender(8, 'https://other.example/')));
    switches.settings = { enabled: true, disabledSites: [] };
    loadedAnswer(await handlers.loadSession(undefined, pageSender(7, 'https://www.news.example/world/a-story')));
    expect(loaded).toEqual([[8, 0], [7, 0]]);
    switches.settings = { enabled: false, disabledSites: [] };
    expect(await handlers.loadSession(undefined, pageSender(9, 'https://other.example/'))).toEqual({ off: true });
    expect(loaded).toHaveLength(2);
    // An off site is read twice (kept, then fresh): 2 + 1 + 1 + 2.
    expect(switches.reads).toBe(6);
    keeper.db.close();
  });

  it('reads the switches again before it says off: a page may have seen a site turned on before the background did', async () => {
    const loaded: [number, number][] = [];
    const asked: string[] = [];
    const stored: Settings = { enabled: true, disabledSites: [] };
    const kept: Settings = { enabled: true, disabledSites: ['news.example'] };
    const { handlers, keeper } = createHandlers({
      openDb: () => freshDb({ indexedDB: new IDBFactory() }),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
      loadSession: (tabId, frameId) => void loaded.push([tabId, frameId]),
      switches: async (options) => (asked.push(options?.fresh ? 'fresh' : 'kept'), options?.fresh ? stored : kept),
    });
    loadedAnswer(await handlers.loadSession(undefined, pageSender(7)));
    expect(asked).toEqual(['kept', 'fresh']);
    // Where what is kept says on, nothing is read again.
    loadedAnswer(await handlers.loadSession(undefined, pageSender(8, 'https://other.example/')));
    expect(asked).toEqual(['kept', 'fresh', 'kept']);
    expect(loaded).toEqual([[7, 0], [8, 0]]);
    keeper.db.close();
  });

  it('loads nothing for a sender without a web address', async () => {
    const { handlers, keeper, loaded } = background();
    expect(await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0 })).toEqual({ off: true });
    expect(await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0, url: 'not an address' })).toEqual({ off: true });
    expect(loaded).toEqual([]);
    keeper.db.close();
  });

  it('gives the matcher the aliases and the figure values the fact base knows', async () => {
    const { handlers, keeper } = background();
    const { lexicon } = loadedAnswer(await handlers.loadSession(undefined, pageSender(7)));
    expect(lexicon.entities.find((e) => e.id === 'zelensky')?.aliases).toContain('Zelenskyy');
    expect(lexicon.entities.find((e) => e.id === 'death_toll')?.numbers).toContain(38);
    expect(lexicon.entities.find((e) => e.id === 'aktau')?.numbers).toBeUndefined();
    keeper.db.close();
  });

  it('compiles the trie once per lexicon: a second page gets the same one', async () => {
    const { handlers, keeper } = background();
    const before = vi.mocked(compileTrie).mock.calls.length;
    const first = loadedAnswer(await handlers.loadSession(undefined, pageSender(7)));
    const second = loadedAnswer(await handlers.loadSession(undefined, pageSender(8)));
    expect(second.trie).toEqual(first.trie);
    expect(vi.mocked(compileTrie).mock.calls.length - before).toBe(1);
    keeper.db.close();
  });

  it('answers with the matcher input as one string: Firefox clones a string into a page far faster than objects', async () => {
    const { handlers, keeper } = background();
    const answer = await handlers.loadSession(undefined, pageSender(7));
    expect(Object.values(answer).map((value) => typeof value)).toEqual(['string']);
    keeper.db.close();
  });
});
