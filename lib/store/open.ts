/**
 * Opening the database with failures turned into errors a reader can act on.
 *
 * Dexie retries nothing after a failed open (every later query fails with the first error) and waits forever
 * while an upgrade is blocked, so every handler goes through `openStore`, which retries the open each time and
 * gives up on a blocked upgrade at once.
 */
import type { SourcelightDb } from './db';
import { schemaProblem } from './verify-schema';

/**
 * 10 s: a healthy open takes milliseconds (fake-indexeddb) to a few hundred ms (a cold Chrome profile); past
 * 10 s something holds the database, and a card that waits longer is useless anyway.
 */
export const OPEN_TIMEOUT_MS = 10_000;

export type StoreFailure = 'blocked' | 'newer' | 'corrupt' | 'unavailable' | 'failed';

export class StoreUnavailableError extends Error {
  constructor(
    readonly failure: StoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export async function openStore(db: SourcelightDb, timeoutMs = OPEN_TIMEOUT_MS): Promise<SourcelightDb> {
  if (db.isOpen()) return db;
  let onBlocked = (): void => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    onBlocked = () => reject(blocked());
    timer = setTimeout(
      () => reject(new StoreUnavailableError('blocked', `Opening the Sourcelight database took over ${timeoutMs} ms. ${RESTART}`)),
      timeoutMs,
    );
  });
  db.on('blocked', onBlocked);
  try {
    await Promise.race([db.open(), stuck]);
  } catch (error) {
    throw explainOpenError(error);
  } finally {
    clearTimeout(timer);
    db.on('blocked').unsubscribe(onBlocked);
  }
  const problem = schemaProblem(db);
  if (problem) {
    // Closed so the next attempt checks again; a reset deletes and recreates it.
    db.close({ disableAutoOpen: false });
    throw new StoreUnavailableError(
      'corrupt',
      `The Sourcelight database is damaged (${problem}). Rebuild the fact base to start a fresh database; trust choices are kept where they can be read.`,
    );
  }
  return db;
}

const RESTART = 'Close other Sourcelight pages or restart the browser, then try again.';

function blocked(): StoreUnavailableError {
  return new StoreUnavailableError(
    'blocked',
    `The Sourcelight database is held open by an older copy of the extension, so it cannot be upgraded. ${RESTART}`,
  );
}

/** Dexie wraps the IndexedDB error; its name says what happened, its message says it in IndexedDB's words. */
export function explainOpenError(error: unknown): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'VersionError' || inner === 'VersionError') {
    return new StoreUnavailableError(
      'newer',
      `The Sourcelight database was written by a newer version of the extension and cannot be read (${detail}). Rebuild the fact base to start a fresh database.`,
    );
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return new StoreUnavailableError(
      'unavailable',
      `The browser does not let Sourcelight use IndexedDB here (private browsing or history turned off?): ${detail}`,
    );
  }
  return new StoreUnavailableError('failed', `The Sourcelight database could not be opened: ${name || 'Error'}: ${detail}`);
}
