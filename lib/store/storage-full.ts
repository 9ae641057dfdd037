/**
 * A full disk or a used-up storage quota, recognised however IndexedDB and Dexie wrap it, and said in words a
 * reader can act on. A write that fails this way is a transaction that aborted: nothing stored before it is lost.
 */

export const STORAGE_FULL =
  'The disk is full (or the browser’s storage for Sourcelight is used up), so this was not saved. Nothing stored ' +
  'before was lost. Free some disk space, or clear data other sites keep in the browser, then try again.';

/**
 * Chrome reports a full quota as `QuotaExceededError` and a full disk as an aborted transaction whose error says
 * `FILE_ERROR_NO_SPACE`; Firefox says `QuotaExceededError` or "NS_ERROR_FILE_NO_DEVICE_SPACE". Dexie puts the
 * browser's error in `inner` (an `AbortError` around it), and our own errors keep theirs in `cause`.
 */
const FULL_WORDS = /QuotaExceeded|FILE_ERROR_NO_SPACE|NO_DEVICE_SPACE|no space left/i;

/** Wrapping is never deeper than a few layers; the bound only keeps a cyclic `cause` from looping. */
const MAX_DEPTH = 5;

export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && current !== null && typeof current === 'object'; depth += 1) {
    const { name, message, inner, cause } = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && FULL_WORDS.test(message)) return true;
    current = inner ?? cause;
  }
  return false;
}

/** `error` as the reader should see it: the full-disk sentence when that is what it is, else unchanged. */
export function explainWriteError(error: unknown): unknown {
  return isStorageFull(error) ? new StorageFullError(error) : error;
}

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL, { cause });
    this.name = 'StorageFullError';
  }
}
