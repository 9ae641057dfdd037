import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { DB_NAME, LATEST_VERSION } from '../../lib/store/db';
import { openStore, StoreUnavailableError } from '../../lib/store/open';
import { readTrust } from '../../lib/store/trust';
import { freshDb, realFactBase } from '../support/store';

/** Opens the database with plain IndexedDB, as another program (or another release) would. */
function rawOpen(
  indexedDB: IDBFactory,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * A database Dexie can open but not repair: `claims` keyed by an auto-increment number instead of the claim id
 * (as a broken development build could leave it), with the reader's trust, as an older release kept it, beside it.
 */
async function damagedDatabase(indexedDB: IDBFactory, distrusted: string): Promise<void> {
  const raw = await rawOpen(indexedDB, (LATEST_VERSION + 1) * 10, (db, tx) => {
    db.createObjectStore('trust', { keyPath: 'source' });
    db.createObjectStore('claims', { autoIncrement: true });
    tx.objectStore('trust').put({ source: distrusted, trusted: false, changedAt: '2025-01-02T03:04:05.000Z' });
  });
  raw.close();
}

const bundle = () => ({ articles: bundledArticles(), catalog: bundledCatalog });

describe('a database that cannot be used', () => {
  it('opens a compatible database left by a newer release, trust and all', async () => {
    const indexedDB = new IDBFactory();
    const raw = await rawOpen(indexedDB, (LATEST_VERSION + 10) * 10, (db, tx) => {
      db.createObjectStore('trust', { keyPath: 'source' });
      db.createObjectStore('somethingNew', { keyPath: 'id' });
      tx.objectStore('trust').put({ source: 's1', trusted: false, changedAt: null });
    });
    raw.close();
    const { handlers, keeper } = createHandlers({ openDb: () => freshDb({ indexedDB }), bundle });
    expect((await handlers.getStatus(undefined)).state).not.toBe('error');
    expect(await readTrust(keeper.choices)).toEqual({ s1: false });
  });

  it('says in words that a database it cannot use is damaged', async () => {
    const indexedDB = new IDBFactory();
    await damagedDatabase(indexedDB, 'x');
    const error = await openStore(freshDb({ indexedDB })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).failure).toBe('corrupt');
    expect((error as Error).message).toMatch(/damaged \(table claims is keyed by null, not "id"\).*Repair the fact base/);
  });

  it('reports an error status, and a reset rebuilds it keeping the user\'s trust', async () => {
    const indexedDB = new IDBFactory();
    const distrusted = realFactBase().sources[2]!.id;
    await damagedDatabase(indexedDB, distrusted);
    const { handlers } = createHandlers({ openDb: () => freshDb({ indexedDB }), bundle });

    const broken = await handlers.getStatus(undefined);
    expect(broken).toMatchObject({ state: 'error', fix: 'repair' });
    expect(broken.error).toMatch(/damaged/);
    await expect(handlers.getCards({ entities: ['aktau'] })).rejects.toThrow(/damaged/);

    const repaired = await handlers.rebuild({ reset: true });
    expect(repaired).toMatchObject({ state: 'ready', error: null, version: realFactBase().version });
    expect((await handlers.getSources(undefined)).find((s) => s.id === distrusted)).toMatchObject({
      trusted: false,
      trustChangedAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('keeps trust through a reset of a database of the current schema', async () => {
    const indexedDB = new IDBFactory();
    const { handlers, keeper } = createHandlers({ openDb: () => freshDb({ indexedDB }), bundle });
    const source = realFactBase().sources[0]!.id;
    await handlers.setTrust({ source, trusted: false });
    expect(await handlers.rebuild({ reset: true })).toMatchObject({ state: 'ready', error: null });
    expect(await readTrust(keeper.choices)).toEqual({ [source]: false });
  });

  it('gives up at once with a clear error when an old connection blocks the upgrade', async () => {
    const indexedDB = new IDBFactory();
    const v1 = freshDb({ indexedDB, upTo: 1 });
    await v1.open();
    v1.close();
    // A connection that ignores "versionchange" (an old worker that never closes) holds the upgrade back.
    const holder = await rawOpen(indexedDB);

    const db = freshDb({ indexedDB });
    const error = await openStore(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).failure).toBe('blocked');
    expect((error as Error).message).toMatch(/held open by an older copy.*restart the browser/);

    const { handlers } = createHandlers({ openDb: () => db, bundle, openTimeoutMs: 200 });
    expect(await handlers.getStatus(undefined)).toMatchObject({ state: 'error', fix: 'retry' });

    holder.close();
    await openStore(db);
    expect(db.verno).toBe(LATEST_VERSION);
  });
});
