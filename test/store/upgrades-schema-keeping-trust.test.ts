import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { storeFactBase } from '../../lib/store/build';
import { LATEST_VERSION, type SourcelightDb } from '../../lib/store/db';
import { readMeta } from '../../lib/store/read';
import { readTrust } from '../../lib/store/trust';
import { freshDb, realFactBase } from '../support/store';

/** A database exactly as release 1 left it: its fact base, and trust as one JSON value in `settings`. */
async function releaseOneDatabase(indexedDB: IDBFactory, trust: Record<string, boolean> | null) {
  const v1 = freshDb({ indexedDB, upTo: 1 });
  await storeFactBase(v1, realFactBase());
  if (trust) await v1.table('settings').put({ key: 'trust', value: trust });
  v1.close();
}

describe('upgrading the schema', () => {
  it('ships more than one version, so the upgrade path is real', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('carries trust from the v1 settings row into the v2 trust table', async () => {
    const indexedDB = new IDBFactory();
    const [a, b, c] = realFactBase().sources.map((s) => s.id);
    await releaseOneDatabase(indexedDB, { [a!]: false, [b!]: true, [c!]: false });

    const db: SourcelightDb = freshDb({ indexedDB });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await readTrust(db)).toEqual({ [a!]: false, [b!]: true, [c!]: false });
    // v1 did not record when a choice was made; the migration says so instead of inventing a time.
    expect((await db.trust.get(a!))?.changedAt).toBeNull();
    expect(db.tables.map((t) => t.name)).not.toContain('settings');
  });

  it('keeps the v1 fact base readable after the upgrade', async () => {
    const indexedDB = new IDBFactory();
    await releaseOneDatabase(indexedDB, null);
    const db = freshDb({ indexedDB });
    expect((await readMeta(db)).factBase?.version).toBe(realFactBase().version);
    expect(await db.entities.where('aliases').equals('Aktau').count()).toBe(1);
    expect(await readTrust(db)).toEqual({});
  });

  it('drops malformed v1 trust values rather than failing the upgrade', async () => {
    const indexedDB = new IDBFactory();
    const [a] = realFactBase().sources.map((s) => s.id);
    const v1 = freshDb({ indexedDB, upTo: 1 });
    await v1.table('settings').put({ key: 'trust', value: { [a!]: false, junk: 'yes', other: null } });
    v1.close();
    const db = freshDb({ indexedDB });
    expect(await readTrust(db)).toEqual({ [a!]: false });
  });
});
