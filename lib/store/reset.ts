/**
 * The way out of a database that cannot be opened (written by a newer release, or broken): delete it and start
 * a fresh one, carrying over the user's trust choices from whatever schema the old one has.
 */
import Dexie from 'dexie';
import { DB_NAME, trustFromV1Settings, type SettingsRowV1, type SourcelightDb, type TrustRow } from './db';
import { openStore } from './open';

export interface ResetResult {
  /** The fresh database to use from now on. */
  db: SourcelightDb;
  /** How many trust choices were carried into it. */
  keptTrust: number;
}

/**
 * `openDb` must make a new instance: a Dexie instance that opened a damaged database has adapted its idea of
 * the schema to it, and would create the fresh database in the same damaged shape.
 */
export async function resetStore(damaged: SourcelightDb, openDb: () => SourcelightDb): Promise<ResetResult> {
  const trust = await salvageTrust(damaged).catch(() => [] as TrustRow[]);
  damaged.close();
  const db = openDb();
  await db.delete();
  await openStore(db);
  await db.trust.bulkPut(trust);
  return { db, keptTrust: trust.length };
}

/**
 * Reads trust with Dexie's dynamic mode (no schema declared), which opens a database of any version as it is:
 * the `trust` table of v2 and later, or the `settings` row of v1.
 */
async function salvageTrust(db: SourcelightDb): Promise<TrustRow[]> {
  const { indexedDB, IDBKeyRange } = db.storeOptions;
  const raw = new Dexie(DB_NAME, {
    ...(indexedDB ? { indexedDB } : {}),
    ...(IDBKeyRange ? { IDBKeyRange } : {}),
  });
  try {
    await raw.open();
    const names = raw.tables.map((t) => t.name);
    if (names.includes('trust')) {
      const rows = (await raw.table('trust').toArray()) as Partial<TrustRow>[];
      return rows.flatMap((r) =>
        typeof r.source === 'string' && typeof r.trusted === 'boolean'
          ? [{ source: r.source, trusted: r.trusted, changedAt: typeof r.changedAt === 'string' ? r.changedAt : null }]
          : [],
      );
    }
    if (names.includes('settings')) {
      const row = (await raw.table('settings').get('trust')) as SettingsRowV1 | undefined;
      return trustFromV1Settings(row?.value);
    }
    return [];
  } finally {
    raw.close();
  }
}
