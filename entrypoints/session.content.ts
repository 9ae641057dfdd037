/**
 * The page session: the matcher, the marks and the cards, wired to the extension. Not run on every page: the
 * content script (page-check) checks each page against the prefilter first and has the background run this script
 * in its frame only when the page may mention a story (lib/content/session-start.ts). `registration: 'runtime'` keeps it
 * out of the manifest's content scripts; its matches become the host permissions `scripting.executeScript` needs.
 */
import { askOnceMore } from '../lib/content/lifetime';
import { offerSession, type LoadedSession, type SessionInput } from '../lib/content/session-start';
import { createSession } from '../lib/content/session';
import { extensionAlive } from '../lib/extension-alive';
import { compileMatcher, pageMatcher } from '../lib/match/matcher';
import { sendMessage } from '../lib/messages';
import { evidenceOf } from '../lib/match/evidence';
import { readerPath } from '../lib/reader-url';
import { addNotThis, isNotThis, readMarking, setSiteEnabled, siteOf, watchMarking, type MarkingChoices } from '../lib/settings';
import { trustChangedAt } from '../lib/trust-signal';
import type { Marking } from '../lib/content/session';

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
  const marking = (choices: MarkingChoices): Marking => ({
    markEvery: choices.markEvery,
    notThis: (mention) => isNotThis(choices.notThis, hostname, mention.wording, mention.entity),
  });
  const choicesRead = readMarking();
  const session = createSession(window, {
    // The fuzzy rescue runs on a bounded set of tokens per text (lib/match/fuzzy.ts), never the whole page,
    // and only once the page has named something of the story exactly (pageMatcher). The marking choices are
    // read meanwhile, so the first scan applies them.
    loadMatcher: async () => {
      session.setMarking(marking(await choicesRead.catch(() => ({ markEvery: false, notThis: [] }))));
      return pageMatcher(compileMatcher(lexicon, { fuzzy: true, trie }));
    },
    entities: lexicon.entities.map((e) => e.id),
    evidence: evidenceOf(lexicon),
    marking: marking({ markEvery: false, notThis: [] }),
    fetchCards: (entities) => askOnceMore(() => sendMessage('getCards', { entities }), extensionAlive),
    actions: {
      notThis: (mention, entityName) => void addNotThis(hostname, mention.wording, mention.entity, entityName).catch(report),
      turnOffSite: () => void setSiteEnabled(hostname, false).catch(report),
      undoTurnOff: () => void setSiteEnabled(hostname, true).catch(report),
      site: siteOf(hostname),
    },
    claimLinks: {
      claimHref: (source, claim) => browser.runtime.getURL('/') + readerPath(source, claim).slice(1),
      // A page may not open an extension page itself; the background opens the reader in a new tab.
      onOpenClaim: (source, claim) => void sendMessage('openReader', { source, claim }).catch(report),
    },
    onError: report,
  });
  const stopWatchingTrust = trustChangedAt.watch(() => void session.cards.refresh().catch(report));
  const stopWatchingMarking = watchMarking((choices) => session.setMarking(marking(choices)));
  return {
    enable: () => session.enable(),
    disable: () => session.disable(),
    stop() {
      session.disable();
      // With the extension gone, removing a storage listener throws: the page is already clean.
      try {
        stopWatchingTrust();
        stopWatchingMarking();
      } catch {
        // nothing left to stop
      }
    },
  };
}
