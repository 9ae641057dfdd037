/**
 * The way out of a fact base that cannot be used (damaged, written by a newer release, inconsistent): delete the
 * fact-base database, and let the next build make it afresh from the articles. What the reader chose or added
 * lives in the choices database, which a reset never touches; choices an older release kept in the fact-base
 * database are carried over before anything is deleted.
 *
 * A reset is written to the journal before it starts and taken out only once the database is gone, so a worker
 * stopped half-way finishes the reset at its next start (`finishReset`) instead of opening the damaged database.
 */
import Dexie from 'dexie';
import { carryChoicesOver } from './carry-over';
import type { ChoicesDb } from './choices-db';
import { DB_NAME, type StoreOptions } from './db';
import { OPEN_TIMEOUT_MS, within } from './open';
import { explainWriteError } from './storage-full';
import type { OnStep } from './steps';

export async function beginReset(choices: ChoicesDb, onStep?: OnStep): Promise<void> {
  onStep?.('reset:journal');
  await choices.journal.put({ key: 'reset', at: new Date().toISOString() }).catch((error: unknown) => {
    throw explainWriteError(error);
  });
}

export async function resetPending(choices: ChoicesDb): Promise<boolean> {
  return (await choices.journal.get('reset')) !== undefined;
}

/**
 * Carries the reader's choices over (if an older release left any), deletes the fact-base database and takes the
 * reset out of the journal. Every step may run twice: carrying over is done once, deleting a database that is
 * gone does nothing.
 */
export async function finishReset(
  choices: ChoicesDb,
  factBase: StoreOptions,
  onStep?: OnStep,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<void> {
  await carryChoicesOver(choices, factBase, onStep, timeoutMs);
  onStep?.('reset:delete');
  await deleteFactBase(factBase, timeoutMs);
  onStep?.('reset:unjournal');
  await choices.journal.delete('reset');
}

/** Deletes the fact-base database; every Dexie connection to it closes itself when asked (on "versionchange"). */
async function deleteFactBase({ indexedDB, IDBKeyRange }: StoreOptions, timeoutMs: number): Promise<void> {
  const raw = new Dexie(DB_NAME, {
    ...(indexedDB ? { indexedDB } : {}),
    ...(IDBKeyRange ? { IDBKeyRange } : {}),
  });
  await within(raw.delete(), timeoutMs, 'Deleting the Sourcelight database to repair it');
}
