import { IDBFactory } from 'fake-indexeddb';
import bundled from 'virtual:sourcelight/prefilter';
import { describe, expect, it } from 'vitest';
import { prefilterModule } from '../../scripts/build/bundled-prefilter';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { mayMention } from '../../lib/match/may-mention';
import { freshDb } from '../support/store';

describe("the content script's prefilter, computed at build time", () => {
  it('is the one the background derives from the fact base it stores', async () => {
    const { handlers, keeper } = createHandlers({
      openDb: () => freshDb({ indexedDB: new IDBFactory() }),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    });
    const { prefilter } = await handlers.getLexicon(undefined);
    keeper.db.close();
    // The module's word sets are a getter over a JSON string: compare as plain data.
    expect(JSON.parse(JSON.stringify({ ...bundled, byKey: bundled.byKey }))).toEqual(prefilter);
    expect(Object.keys(prefilter.byKey).length).toBeGreaterThan(50);
  });

  it('ships its word sets as a string parsed only when a page holds a key', async () => {
    const source = prefilterModule({ byKey: { aktau: [['aktau']] }, pattern: 'aktau', others: { aktau: [] }, always: false, reach: 40 });
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: typeof bundled };
    expect(source).toContain('JSON.parse');
    expect(mayMention(module.default, 'The jet came down near Aktau.')).toBe(true);
    expect(mayMention(module.default, 'The harbour festival drew record crowds.')).toBe(false);
  });
});
