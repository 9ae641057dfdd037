import { lexiconVersion } from 'virtual:sourcelight/bundled-lexicon';
import { createHandlers } from '../lib/background/handlers';
import { keptSwitches } from '../lib/background/kept-switches';
import { prefilterOutlet } from '../lib/background/prefilter-outlet';
import { registerHandlers } from '../lib/background/register';
import { bundledArticles, bundledCatalog } from '../lib/facts/bundled';
import { readSettings, watchSettings } from '../lib/settings';
import { SourcelightDb } from '../lib/store/db';
import { trustChangedAt } from '../lib/trust-signal';

// `main` must stay synchronous: a listener registered after an `await` misses the message that woke the worker.
export default defineBackground(() => {
  const { handlers, keeper } = createHandlers({
    openDb: () => new SourcelightDb(),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    onTrustChanged: () => trustChangedAt.setValue(Date.now()),
    // No "tabs" permission needed to create a tab; getURL gives chrome-extension://<id>/ for the path.
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL('/') + path.replace(/^\//, '') }).then(() => undefined),
    // The session script runs in the content script's own isolated world (the default world of executeScript),
    // where the content script picks it up (entrypoints/session.content.ts).
    // The reader's own stories get a prefilter of their own for pages (lib/background/added-prefilter.ts).
    prefilter: {
      bundledLexicon: lexiconVersion,
      outlet: prefilterOutlet({
        storage: {
          get: (key) => browser.storage.local.get(key),
          set: (items) => browser.storage.local.set(items),
          remove: (key) => browser.storage.local.remove(key),
        },
        scripting: {
          getRegisteredContentScripts: (filter) => browser.scripting.getRegisteredContentScripts(filter),
          registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
          unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
        },
      }),
    },
    switches: keptSwitches(readSettings, watchSettings),
    loadSession: (tabId, frameId) =>
      browser.scripting
        .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/session.js'] })
        .then(() => undefined),
  });
  registerHandlers(handlers, browser.runtime);

  const report = (error: unknown) => console.error('[sourcelight] building the fact base failed:', error);
  // Install and update bring new articles or a new pipeline: build, and store if the version changed.
  browser.runtime.onInstalled.addListener(() => void keeper.build().catch(report));
  // Every wake: check the stored fact base is the bundled one (a hash comparison when it is).
  void keeper.wake().catch(report);
});
