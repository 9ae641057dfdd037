import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { mayMention } from '../../lib/match/may-mention';
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
  it("runs the session script in the asking content script's own tab and frame, and answers with the lexicon's trie", async () => {
    const { handlers, keeper, loaded } = background();
    const trie = await handlers.loadSession(undefined, { tab: { id: 7 }, frameId: 0 });
    expect(loaded).toEqual([[7, 0]]);
    const lexicon = await handlers.getLexicon(undefined);
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

  it('sends the lexicon with a prefilter that tells a page about the story from one about something else', async () => {
    const { handlers, keeper } = background();
    const lexicon = await handlers.getLexicon(undefined);
    expect(mayMention(lexicon.prefilter, 'The jet came down near Aktau.')).toBe(true);
    expect(mayMention(lexicon.prefilter, 'The harbour festival drew record crowds.')).toBe(false);
    // Built once per lexicon: a second answer carries the same prefilter.
    expect((await handlers.getLexicon(undefined)).prefilter).toBe(lexicon.prefilter);
    keeper.db.close();
  });
});
