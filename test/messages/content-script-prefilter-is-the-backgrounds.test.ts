import { IDBFactory } from 'fake-indexeddb';
import bundled, { entities } from 'virtual:sourcelight/prefilter';
import { describe, expect, it } from 'vitest';
import { prefilterModule } from '../../scripts/build/bundled-prefilter';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { mayMention } from '../../lib/match/may-mention';
import { buildPrefilter } from '../../lib/match/prefilter';
import { freshDb } from '../support/store';

describe("the content script's prefilter, computed at build time", () => {
  it('is the one of the lexicon the background serves from the fact base it stores, with the same entities', async () => {
    const { handlers, keeper } = createHandlers({
      openDb: () => freshDb({ indexedDB: new IDBFactory() }),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
      loadSession: () => undefined,
    });
    const { lexicon } = await handlers.loadSession(undefined, { tab: { id: 1 }, frameId: 0 });
    keeper.db.close();
    const prefilter = buildPrefilter(lexicon);
    expect([...entities]).toEqual(lexicon.entities.map((e) => e.id));
    // The module's word sets are a getter over a JSON string: compare as plain data.
    expect(JSON.parse(JSON.stringify({ ...bundled, byKey: bundled.byKey }))).toEqual(prefilter);
    expect(Object.keys(prefilter.byKey).length).toBeGreaterThan(50);
  });

  it('ships its word sets as a string parsed only when a page holds a key', async () => {
    const source = prefilterModule({ byKey: { aktau: [['aktau']] }, pattern: 'aktau', others: { aktau: [] }, always: false, reach: 40 }, ['aktau']);
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: typeof bundled };
    expect(source).toContain('JSON.parse');
    expect(mayMention(module.default, 'The jet came down near Aktau.')).toBe(true);
    expect(mayMention(module.default, 'The harbour festival drew record crowds.')).toBe(false);
  });
});
