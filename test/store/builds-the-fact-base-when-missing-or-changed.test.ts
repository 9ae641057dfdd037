import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../lib/facts/build';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { ensureFactBase } from '../../lib/store/build';
import { readMeta } from '../../lib/store/read';
import { writeTrust } from '../../lib/store/trust';
import { choicesOn, freshDb } from '../support/store';

describe('ensuring a fact base', () => {
  it('builds and stores the bundled articles on first install', async () => {
    const db = freshDb();
    const result = await ensureFactBase(db, bundledArticles(), bundledCatalog);
    expect(result.outcome).toBe('stored');
    const { factBase, build } = await readMeta(db);
    expect(factBase?.version).toBe(result.version);
    expect(factBase?.counts.sources).toBe(5);
    expect(build).toMatchObject({ status: 'ready', error: null });
  });

  it('leaves an up-to-date fact base alone on the next wake or update', async () => {
    const db = freshDb();
    await ensureFactBase(db, bundledArticles(), bundledCatalog);
    const stored = (await readMeta(db)).factBase;
    expect((await ensureFactBase(db, bundledArticles(), bundledCatalog)).outcome).toBe('unchanged');
    expect((await readMeta(db)).factBase).toEqual(stored);
  });

  it('rebuilds after an update that changes the articles, never touching the reader\'s choices', async () => {
    const indexedDB = new IDBFactory();
    const db = freshDb({ indexedDB });
    const choices = choicesOn(indexedDB);
    const [first, ...rest] = bundledArticles();
    await ensureFactBase(db, rest, bundledCatalog);
    await writeTrust(choices, rest[0]!.id, false);
    const updated = await ensureFactBase(db, [first!, ...rest], bundledCatalog);
    expect(updated.outcome).toBe('stored');
    expect(await db.sources.count()).toBe(5);
    expect((await choices.trust.get(rest[0]!.id))?.trusted).toBe(false);
  });

  it('stores the same version the pipeline computes in Node', async () => {
    const db = freshDb();
    const { version } = await ensureFactBase(db, bundledArticles(), bundledCatalog);
    expect(version).toBe(buildFactBase(bundledArticles(), bundledCatalog).factBase.version);
  });

  it('records a failed build and keeps what was stored', async () => {
    const db = freshDb();
    await ensureFactBase(db, bundledArticles(), bundledCatalog);
    const stored = (await readMeta(db)).factBase;
    // A catalog that is not a catalog: the pipeline cannot even start.
    const broken = { version: 2, entities: null } as unknown as typeof bundledCatalog;
    await expect(ensureFactBase(db, bundledArticles(), broken)).rejects.toThrow(/^Building the fact base failed: /);
    const { factBase, build } = await readMeta(db);
    expect(factBase).toEqual(stored);
    expect(build?.status).toBe('error');
    expect(build?.error).toMatch(/^Building the fact base failed: /);
    expect(await db.claims.count()).toBeGreaterThan(0);
  });
});
