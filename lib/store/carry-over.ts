/**
 * Moving the reader's choices out of the fact-base database, where releases before its schema 3 kept them (trust:
 * the v2 `trust` table, or v1's `settings` row), into the choices database. Runs once, before the fact-base
 * database is opened at v3 (which drops that table) and before any reset deletes it.
 *
 * Safe to stop at any point: the copy and the journal entry that says it is done commit in one transaction, so a
 * stop before that commit leaves the old database untouched and the next start copies again; a stop after it
 * leaves the copy done, and nothing reads the old table again.
 */
import Dexie from 'dexie';
import type { ChoicesDb, TrustRow } from './choices-db';
import { DB_NAME, trustFromV1Settings, type SettingsRowV1, type StoreOptions } from './db';
import { OPEN_TIMEOUT_MS, StoreUnavailableError, within } from './open';
import { explainWriteError } from './storage-full';
import type { OnStep } from './steps';

/** How many trust choices were copied, or null when an earlier start had already carried them over. */
export async function carryChoicesOver(
  choices: ChoicesDb,
  factBase: StoreOptions,
  onStep?: OnStep,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<number | null> {
  if (await choices.journal.get('carried')) return null;
  onStep?.('carry:read');
  const trust = await within(readOldTrust(factBase), timeoutMs, 'Reading the trust choices an older version kept');
  try {
    await choices.transaction('rw', choices.trust, choices.journal, async () => {
      // A choice already in the choices database is newer than anything the old one holds.
      const existing = new Set(await choices.trust.toCollection().primaryKeys());
      await choices.trust.bulkPut(trust.filter((row) => !existing.has(row.source)));
      onStep?.('carry:write');
      await choices.journal.put({ key: 'carried', at: new Date().toISOString(), trust: trust.length });
    });
  } catch (error) {
    throw explainWriteError(error);
  }
  return trust.length;
}

/**
 * Reads trust with Dexie's dynamic mode (no schema declared), which opens a database of any version as it is and
 * upgrades nothing: the `trust` table of v2, or the `settings` row of v1. No database at all is a fresh install.
 */
async function readOldTrust({ indexedDB, IDBKeyRange }: StoreOptions): Promise<TrustRow[]> {
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
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchDatabaseError') return [];
    // Not knowing what the old database holds, nothing may delete it: the reader's trust could be in it.
    throw new StoreUnavailableError(
      'failed',
      `Sourcelight could not read the trust choices its older version kept (${error instanceof Error ? error.message : String(error)}), ` +
        'so it changed nothing. Restart the browser and try again.',
    );
  } finally {
    raw.close();
  }
}
