/**
 * Asking again after a failure, with growing pauses. The background may not answer at once: on install it is
 * still building the fact base, and a service worker Chrome stopped takes a moment to wake. Pure: the clock is
 * injectable, so tests run without waiting.
 */

/**
 * Pauses between attempts at the lexicon, ms: quick at first (a worker waking answers within a few hundred ms),
 * then doubling up to half a minute, so a background that stays broken costs a tab almost nothing.
 */
export const LEXICON_BACKOFF_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000, 16_000, 30_000];

export interface RetryOptions {
  /** Pause before each retry; the last one repeats for every retry after it. */
  delays: readonly number[];
  /** Retries after the first attempt; default: no limit (until `signal` aborts or `shouldRetry` says no). */
  retries?: number;
  /** Stops retrying (the returned promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Whether an error is worth another attempt (default: every error is). */
  shouldRetry?: (error: unknown) => boolean;
  /** Told of each failure before its pause, e.g. to log it once. */
  onFailure?: (error: unknown, attempt: number) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export async function retry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let tried = 0; ; tried++) {
    options.signal?.throwIfAborted();
    try {
      return await attempt();
    } catch (error) {
      options.signal?.throwIfAborted();
      const limit = options.retries ?? Number.POSITIVE_INFINITY;
      if (tried >= limit || (options.shouldRetry && !options.shouldRetry(error))) throw error;
      options.onFailure?.(error, tried + 1);
      const delays = options.delays;
      await sleep(delays[Math.min(tried, delays.length - 1)] ?? 0, options.signal);
    }
  }
}

/** A pause that ends early, rejecting, when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
