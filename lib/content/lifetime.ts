/**
 * When the content script stops, decided by things a page cannot fake: the extension itself went away (its
 * runtime id is gone), or a newer copy of the script started in the same isolated world, which a page cannot reach.
 * WXT's content-script context is not used: it announces itself to the page, and a page replaying its start event
 * could switch us off.
 */
import { retry } from './retry';

/**
 * How often to check that the extension is still there. An extension reloaded or removed leaves its content
 * scripts running with `browser.runtime.id` gone; within this time they take their marks off the page. Only pages
 * that may mention a story are checked this way: the first read binds the API in the page's world (about 1 ms).
 */
export const ALIVE_CHECK_MS = 5000;
/** Pause before the one retry of a failed message: long enough for a stopped service worker to be started. */
export const RETRY_AFTER_MS = 300;

/** A key on the isolated world's global, which the page cannot see: how a newer copy finds an older one. */
const INSTANCE_KEY = Symbol.for('sourcelight.content-script');

type Global = typeof globalThis & { [INSTANCE_KEY]?: () => void };

/**
 * Stops an older copy of this script in the same frame (an update re-injected us, or a developer reloaded)
 * and registers `stop` for the next copy to call.
 */
export function takeOver(stop: () => void): void {
  const global = globalThis as Global;
  const previous = global[INSTANCE_KEY];
  global[INSTANCE_KEY] = stop;
  if (previous && previous !== stop) previous();
}

/** Calls `stop` once `alive` says the extension went away; checks every ALIVE_CHECK_MS until `signal` aborts. */
export function watchExtension(alive: () => boolean, stop: () => void, signal: AbortSignal): void {
  const timer = setInterval(() => {
    if (!alive()) stop();
  }, ALIVE_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/**
 * Sends a message, and once more after a short pause if it failed: the first message to a stopped service
 * worker starts it, and on a slow machine that first attempt can fail ("Receiving end does not exist").
 * Does not retry once the extension is gone.
 */
export function askOnceMore<T>(send: () => Promise<T>, alive: () => boolean): Promise<T> {
  return retry(send, { delays: [RETRY_AFTER_MS], retries: 1, shouldRetry: () => alive() });
}
