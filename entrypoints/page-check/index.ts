/**
 * The content script every page gets, declared in wxt.config.ts rather than with `defineContentScript` so it runs
 * without WXT's content-script context (lib/content/lifetime.ts says why). It wires lib/content/page-check.ts to
 * the extension: the built-in prefilter (or the added stories', lib/added-prefilter.ts), the switches, the session.
 * Try by hand: `npm start`, a live blog (new posts get marked), a dark-themed site, a page about something else.
 */
import bundled, { entities as bundledEntities } from 'virtual:sourcelight/prefilter';
import { addedPrefilterRead } from '../../lib/added-prefilter';
import { offeredSession } from '../../lib/content/session-start';
import { startPageCheck } from '../../lib/content/page-check';
import { sendMessage } from '../../lib/messages';
import { readSettings, watchSettings } from '../../lib/settings';
import { extensionAlive } from '../../lib/extension-alive';
import type { Prefilter } from '../../lib/match/prefilter';

export default defineUnlistedScript(() => {
  // With the reader's own stories, their prefilter (started reading by the flag script); else the one built in.
  const added = addedPrefilterRead(globalThis);
  if (!added) return start(bundled, bundledEntities);
  void added.then((published) => (published ? start(published.prefilter, published.entities) : start(bundled, bundledEntities)));
});

function start(prefilter: Prefilter, entities: readonly string[]): void {
  startPageCheck(window, {
    prefilter,
    entities,
    alive: extensionAlive,
    loadSession: () => sendMessage('loadSession'),
    offeredSession,
    readSettings,
    watchSettings,
    report,
  });
}

function report(error: unknown): void {
  if (extensionAlive()) console.error('[sourcelight]', error);
}
