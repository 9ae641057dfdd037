/** Runs the background's handlers behind the real messaging layer on WXT's fake browser. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { registerHandlers } from '../../lib/background/register';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { trustChangedAt } from '../../lib/trust-signal';
import { freshDb } from './store';

/**
 * The fake browser delivers `runtime.sendMessage` to `runtime.onMessage` in the same context but leaves the
 * sender empty; Chrome fills in `sender.id` with the extension's id. This does what Chrome does, so messages
 * sent from "our" pages look like ours; anything else the tests trigger by hand keeps the sender they give.
 */
export function deliverAsThisExtension(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback?: (r: unknown) => void) => {
    let respond: (response: unknown) => void = () => {};
    const answered = new Promise((resolve) => (respond = resolve));
    const delivered = fakeBrowser.runtime.onMessage
      .trigger(message, { id: fakeBrowser.runtime.id }, respond)
      .then((results: unknown[]) => (results.some((r) => r === true) ? answered : undefined));
    if (callback) void delivered.then(callback);
    return delivered;
  }) as typeof fakeBrowser.runtime.sendMessage);
}

/** A background as `entrypoints/background.ts` wires it, over its own database. Call `stop` to "stop the worker". */
export function startBackground(indexedDB: IDBFactory = new IDBFactory()) {
  const background = createHandlers({
    openDb: () => freshDb({ indexedDB }),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    onTrustChanged: () => trustChangedAt.setValue(Date.now()),
  });
  const unregister = registerHandlers(background.handlers, fakeBrowser.runtime);
  return {
    ...background,
    indexedDB,
    stop() {
      unregister();
      background.keeper.db.close();
      background.keeper.choices.close();
    },
  };
}

/**
 * For a test file that talks to the background through messaging: before each test a reset fake browser and a
 * fresh background (`current`), stopped after it. `restart` stops the worker and wakes a new one over the same
 * database, as Chrome does to an idle service worker.
 */
export function backgroundPerTest() {
  let current: ReturnType<typeof startBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    deliverAsThisExtension();
    current = startBackground();
  });
  afterEach(() => current.stop());
  return {
    get current() {
      return current;
    },
    restart() {
      current.stop();
      current = startBackground(current.indexedDB);
    },
  };
}
