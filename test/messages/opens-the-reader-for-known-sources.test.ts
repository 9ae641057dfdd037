import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { readerTarget } from '../../lib/reader-url';
import { freshDb, realFactBase } from '../support/store';

const opened: string[] = [];
const indexedDB = new IDBFactory();
const { handlers, keeper } = createHandlers({
  openDb: () => freshDb({ indexedDB }),
  bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
  openTab: (path) => void opened.push(path),
});

afterEach(() => {
  opened.length = 0;
});

const source = realFactBase().sources[2]!.id;

describe('openReader: a page card\'s quote opens the source reader through the background', () => {
  it('opens the reader at the sentence asked for', async () => {
    await handlers.openReader({ source, claim: 3 });
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!, 'chrome-extension://x/');
    expect(url.pathname).toBe('/reader.html');
    expect(readerTarget(url.search, url.hash)).toEqual({ sourceId: source, claimIndex: 3 });
  });

  it('opens it at the top without a sentence', async () => {
    await handlers.openReader({ source });
    expect(opened).toEqual([`/reader.html?source=${source}`]);
  });

  it('opens nothing for a source the fact base does not hold, or a payload that is not one', async () => {
    await expect(handlers.openReader({ source: 'https://evil.example/' })).rejects.toThrow(/no source/);
    await expect(handlers.openReader({ source, claim: -1 })).rejects.toThrow(/whole number/);
    await expect(handlers.openReader({ source, claim: 1.5 })).rejects.toThrow(/whole number/);
    await expect(handlers.openReader({ source, url: 'x' })).rejects.toThrow();
    expect(opened).toEqual([]);
  });

  it('is refused where the background cannot open tabs', async () => {
    const bare = createHandlers({
      openDb: () => freshDb({ indexedDB }),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    });
    await expect(bare.handlers.openReader({ source })).rejects.toThrow('This background cannot open tabs.');
    bare.keeper.db.close();
    keeper.db.close();
  });
});
