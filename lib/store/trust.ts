/** Reading and writing trust. Only the user's choices live here; the fact base never writes this table. */
import type { Trust } from '../facts/trust';
import type { SourcelightDb, TrustRow } from './db';

export async function readTrust(db: SourcelightDb): Promise<Trust> {
  const rows = await db.trust.toArray();
  return Object.fromEntries(rows.map((r) => [r.source, r.trusted]));
}

export async function writeTrust(db: SourcelightDb, source: string, trusted: boolean): Promise<TrustRow> {
  const row: TrustRow = { source, trusted, changedAt: new Date().toISOString() };
  await db.trust.put(row);
  return row;
}
