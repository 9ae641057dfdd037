/**
 * Opening a database with failures turned into errors a reader can act on.
 *
 * Dexie retries nothing after a failed open (every later query fails with the first error) and waits forever
 * while an upgrade is blocked, so every handler goes through `openStore` / `openChoices`, which retry the open
 * each time and give up on a blocked upgrade at once.
 */
import type Dexie from 'dexie';
import type { ChoicesDb } from './choices-db';
import type { SourcelightDb } from './db';
import { isStorageFull, STORAGE_FULL } from './storage-full';
import { schemaProblem } from './verify-schema';

/**
 * 10 s: a healthy open takes milliseconds (fake-indexeddb) to a few hundred ms (a cold Chrome profile); past
 * 10 s something holds the database, and a card that waits longer is useless anyway.
 */
export const OPEN_TIMEOUT_MS = 10_000;

/**
 * What kind of failure, which says what fixes it: 'corrupt' and 'newer' are repaired by a reset (rebuild from
 * the articles); 'full' by freeing disk space; 'blocked', 'unavailable' and 'failed' by trying again later.
 */
export type StoreFailure = 'blocked' | 'newer' | 'corrupt' | 'unavailable' | 'full' | 'failed';

export class StoreUnavailableError extends Error {
  constructor(
    readonly failure: StoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** How a database is named in messages, and what to do when it is damaged. */
interface Words {
  name: string;
  repair: string;
}

const FACT_BASE: Words = {
  name: 'The Sourcelight database',
  repair: 'Repair the fact base to rebuild it from the articles; what you chose or added is kept.',
};

const CHOICES: Words = {
  name: 'The database of your Sourcelight choices',
  // Never deleted, not even to repair it: it holds what cannot be rebuilt.
  repair: 'Sourcelight leaves it untouched so nothing in it is lost. Restart the browser and try again.',
};

export function openStore(db: SourcelightDb, timeoutMs = OPEN_TIMEOUT_MS): Promise<SourcelightDb> {
  return openWith(db, timeoutMs, FACT_BASE);
}

export function openChoices(db: ChoicesDb, timeoutMs = OPEN_TIMEOUT_MS): Promise<ChoicesDb> {
  return openWith(db, timeoutMs, CHOICES);
}

async function openWith<D extends Dexie>(db: D, timeoutMs: number, words: Words): Promise<D> {
  if (db.isOpen()) return db;
  let onBlocked = (): void => {};
  const blockedNow = new Promise<never>((_, reject) => (onBlocked = () => reject(blocked(words))));
  db.on('blocked', onBlocked);
  try {
    await within(Promise.race([db.open(), blockedNow]), timeoutMs, `Opening ${lower(words.name)}`);
  } catch (error) {
    throw explainOpenError(error, words);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
  const problem = schemaProblem(db);
  if (problem) {
    // Closed so the next attempt checks again; a reset deletes and recreates the fact base.
    db.close({ disableAutoOpen: false });
    throw new StoreUnavailableError('corrupt', `${words.name} is damaged (${problem}). ${words.repair}`);
  }
  return db;
}

const RESTART = 'Close other Sourcelight pages or restart the browser, then try again.';

/**
 * `work`, or a 'blocked' error once `timeoutMs` passed: IndexedDB queues every open and delete behind an upgrade
 * that another connection holds back, and would keep them waiting for ever.
 */
export async function within<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError('blocked', `${what} took over ${timeoutMs} ms. ${RESTART}`)), timeoutMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function blocked(words: Words): StoreUnavailableError {
  return new StoreUnavailableError(
    'blocked',
    `${words.name} is held open by an older copy of the extension, so it cannot be upgraded. ${RESTART}`,
  );
}

/** Dexie wraps the IndexedDB error; its name says what happened, its message says it in IndexedDB's words. */
export function explainOpenError(error: unknown, words: Words = FACT_BASE): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (isStorageFull(error)) return new StoreUnavailableError('full', STORAGE_FULL);
  if (name === 'VersionError' || inner === 'VersionError') {
    return new StoreUnavailableError(
      'newer',
      `${words.name} was written by a newer version of the extension and cannot be read (${detail}). ${words.repair}`,
    );
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return new StoreUnavailableError(
      'unavailable',
      `The browser does not let Sourcelight use IndexedDB here (private browsing or history turned off?): ${detail}`,
    );
  }
  return new StoreUnavailableError('failed', `${words.name} could not be opened: ${name || 'Error'}: ${detail}`);
}
