/**
 * The page session: the matcher, the marks and the cards, wired to the extension. Not run on every page: the
 * content script (page-check) checks each page against the prefilter first and has the background run this script
 * in its frame only when the page may mention a story (lib/content/handoff.ts). `registration: 'runtime'` keeps it
 * out of the manifest's content scripts; its matches become the host permissions `scripting.executeScript` needs.
 */
import { askOnceMore } from '../lib/content/lifetime';
import { offerSession, type LoadedSession, type SessionInput } from '../lib/content/handoff';
import { createSession } from '../lib/content/session';
import { extensionAlive } from '../lib/extension-alive';
import { compileMatcher, pageMatcher } from '../lib/match/matcher';
import { sendMessage } from '../lib/messages';
import { readerPath } from '../lib/reader-url';
import { setSiteEnabled } from '../lib/settings';
import { trustChangedAt } from '../lib/trust-signal';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // The page need not learn that a script of ours started: no postMessage to it.
  noScriptStartedPostMessage: true,
  main() {
    offerSession(startSession);
  },
});

function startSession({ lexicon, trie, hostname, report }: SessionInput): LoadedSession {
  const session = createSession(window, {
    // The fuzzy rescue runs on a bounded set of tokens per text (lib/match/fuzzy.ts), never the whole page,
    // and only once the page has named something of the story exactly (pageMatcher).
    loadMatcher: async () => pageMatcher(compileMatcher(lexicon, { fuzzy: true, trie })),
    entities: lexicon.entities.map((e) => e.id),
    fetchCards: (entities) => askOnceMore(() => sendMessage('getCards', { entities }), extensionAlive),
    onTurnOffSite: () => void setSiteEnabled(hostname, false),
    quotes: {
      quoteHref: (source, claim) => browser.runtime.getURL('/') + readerPath(source, claim).slice(1),
      // A page may not open an extension page itself; the background opens the reader in a new tab.
      onOpenQuote: (source, claim) => void sendMessage('openReader', { source, claim }).catch(report),
    },
    onError: report,
  });
  const stopWatchingTrust = trustChangedAt.watch(() => void session.cards.refresh().catch(report));
  return {
    enable: () => session.enable(),
    disable: () => session.disable(),
    stop() {
      session.disable();
      // With the extension gone, removing a storage listener throws: the page is already clean.
      try {
        stopWatchingTrust();
      } catch {
        // nothing left to stop
      }
    },
  };
}
