/** Reading and writing trust, which lives with the reader's other choices (choices-db.ts), never in the fact base. */
import type { Trust } from '../facts/trust';
import type { ChoicesDb, TrustRow } from './choices-db';
import { explainWriteError } from './storage-full';

export async function readTrust(choices: ChoicesDb): Promise<Trust> {
  const rows = await choices.trust.toArray();
  return Object.fromEntries(rows.map((r) => [r.source, r.trusted]));
}

export async function writeTrust(choices: ChoicesDb, source: string, trusted: boolean): Promise<TrustRow> {
  const row: TrustRow = { source, trusted, changedAt: new Date().toISOString() };
  await choices.trust.put(row).catch((error: unknown) => {
    throw explainWriteError(error);
  });
  return row;
}
