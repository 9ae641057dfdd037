import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createFactBaseKeeper } from '../../lib/background/fact-base-keeper';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { storeFactBase } from '../../lib/store/build';
import { DB_NAME, LATEST_VERSION } from '../../lib/store/db';
import { readMeta } from '../../lib/store/read';
import { readTrust } from '../../lib/store/trust';
import { freshDb, realFactBase } from '../support/store';

/** A fact-base database exactly as release 1 left it: its fact base, and trust as one JSON value in `settings`. */
async function releaseOneDatabase(indexedDB: IDBFactory, trust: Record<string, unknown> | null) {
  const v1 = freshDb({ indexedDB, upTo: 1 });
  await storeFactBase(v1, realFactBase());
  if (trust) await v1.table('settings').put({ key: 'trust', value: trust });
  v1.close();
}

/** As release 2 left it: one trust row per source in the fact-base database's own `trust` table. */
async function releaseTwoDatabase(indexedDB: IDBFactory, rows: { source: string; trusted: boolean; changedAt: string | null }[]) {
  const v2 = freshDb({ indexedDB, upTo: 2 });
  await storeFactBase(v2, realFactBase());
  await v2.table('trust').bulkPut(rows);
  v2.close();
}

/** The background's keeper starting over `indexedDB`, as the new release's worker does on its first wake. */
function newRelease(indexedDB: IDBFactory) {
  return createFactBaseKeeper({
    openDb: () => freshDb({ indexedDB }),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
  });
}

/** The object stores the fact-base database has on disk, read with plain IndexedDB. */
function storesOnDisk(indexedDB: IDBFactory): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => {
      resolve([...request.result.objectStoreNames]);
      request.result.close();
    };
    request.onerror = () => reject(request.error);
  });
}

const [a, b, c] = realFactBase().sources.map((s) => s.id);

describe('upgrading from a release that kept trust in the fact-base database', () => {
  it('ships more than one fact-base schema, so the upgrade path is real', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('carries v1 trust into the choices database, then the fact base holds only what the articles give', async () => {
    const indexedDB = new IDBFactory();
    await releaseOneDatabase(indexedDB, { [a!]: false, [b!]: true, [c!]: false });
    const keeper = newRelease(indexedDB);
    await keeper.ready();
    expect(await readTrust(keeper.choices)).toEqual({ [a!]: false, [b!]: true, [c!]: false });
    // v1 did not record when a choice was made; the carry-over says so instead of inventing a time.
    expect((await keeper.choices.trust.get(a!))?.changedAt).toBeNull();
    expect(keeper.db.verno).toBe(LATEST_VERSION);
    keeper.db.close();
    expect(await storesOnDisk(indexedDB)).not.toContain('trust');
    expect(await storesOnDisk(indexedDB)).not.toContain('settings');
  });

  it('carries v2 trust rows with the time of each choice', async () => {
    const indexedDB = new IDBFactory();
    await releaseTwoDatabase(indexedDB, [
      { source: a!, trusted: false, changedAt: '2025-01-02T03:04:05.000Z' },
      { source: b!, trusted: true, changedAt: null },
    ]);
    const keeper = newRelease(indexedDB);
    await keeper.ready();
    expect(await keeper.choices.trust.toArray()).toEqual([
      { source: a!, trusted: false, changedAt: '2025-01-02T03:04:05.000Z' },
      { source: b!, trusted: true, changedAt: null },
    ].sort((x, y) => x.source.localeCompare(y.source)));
    expect(await keeper.choices.journal.get('carried')).toMatchObject({ trust: 2 });
  });

  it('builds the older fact base again, stories included, at the same version (schema 4 stores stories)', async () => {
    const indexedDB = new IDBFactory();
    await releaseOneDatabase(indexedDB, null);
    const keeper = newRelease(indexedDB);
    expect((await keeper.build()).outcome).toBe('stored');
    expect((await readMeta(keeper.db)).factBase?.version).toBe(realFactBase().version);
    expect(await keeper.db.stories.toArray()).toEqual(realFactBase().stories);
    expect(await keeper.db.entities.where('aliases').equals('Aktau').count()).toBe(1);
    expect(await readTrust(keeper.choices)).toEqual({});
    // Once stored with its stories, the same fact base is recognised without running the pipeline.
    expect((await keeper.build()).outcome).toBe('unchanged');
  });

  it('drops malformed v1 trust values rather than failing the upgrade', async () => {
    const indexedDB = new IDBFactory();
    await releaseOneDatabase(indexedDB, { [a!]: false, junk: 'yes', other: null });
    const keeper = newRelease(indexedDB);
    await keeper.ready();
    expect(await readTrust(keeper.choices)).toEqual({ [a!]: false });
  });

  it('on a fresh install finds nothing to carry and opens an empty fact base', async () => {
    const indexedDB = new IDBFactory();
    const keeper = newRelease(indexedDB);
    await keeper.openChoices();
    await keeper.open();
    expect(await keeper.choices.journal.get('carried')).toMatchObject({ trust: 0 });
    expect(await readMeta(keeper.db)).toEqual({ factBase: null, build: null });
  });
});
