/**
 * The content script: wires the page session (lib/content/session.ts) to the extension — the lexicon and
 * cards from the background, the reader's switches and the trust signal from storage.
 *
 * Lifetime is ours, not WXT's. WXT's ContentScriptContext invalidates itself when the page dispatches the
 * "content-script-started" event it announces (the event name carries the extension id and is readable by
 * the page), so a hostile page could switch us off by replaying it. The context is therefore never used: we
 * stop only when the extension itself went away (`browser.runtime.id` gone) or a newer copy of this script
 * starts in the same isolated world (`takeOver`), which a page cannot reach.
 *
 * Nothing the page posts reaches the background: there is no `message` listener on the window, and every
 * message we send is built here from the marks' entity ids.
 *
 * Try by hand: `npm start` (the demo page), a live blog (new posts get marked), a site with a dark theme.
 */
import { compileMatcher, pageMatcher } from '../../lib/match/matcher';
import { sendMessage } from '../../lib/messages';
import { readerPath } from '../../lib/reader-url';
import { createSession } from '../../lib/content/session';
import { LEXICON_BACKOFF_MS, retry } from '../../lib/content/retry';
import { isEnabledFor, readSettings, setSiteEnabled, watchSettings } from '../../lib/settings';
import { trustChangedAt } from '../../lib/trust-signal';
import { askOnceMore, extensionAlive, takeOver, watchExtension } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top frame scans same-origin frames itself (lib/content/frames.ts): one matcher and card cache per tab.
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void start().catch((error: unknown) => console.error('[sourcelight] could not start:', error));
  },
});

async function start(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const hostname = location.hostname;

  const session = createSession(window, {
    async loadMatcher() {
      const lexicon = await retry(() => sendMessage('getLexicon'), {
        delays: LEXICON_BACKOFF_MS,
        signal,
        // While the fact base builds the background keeps the request open; a refusal means it is not up yet.
        shouldRetry: () => extensionAlive(),
      });
      // The fuzzy rescue runs on a bounded set of tokens per text (lib/match/fuzzy.ts), never the whole page,
      // and only once the page has named something of the story exactly (pageMatcher).
      return pageMatcher(compileMatcher(lexicon, { fuzzy: true }));
    },
    fetchCards: (entities) => askOnceMore(() => sendMessage('getCards', { entities })),
    onTurnOffSite: () => void setSiteEnabled(hostname, false),
    quotes: {
      quoteHref: (source, claim) => browser.runtime.getURL('/') + readerPath(source, claim).slice(1),
      // A page may not open an extension page itself; the background opens the reader in a new tab.
      onOpenQuote: (source, claim) => void sendMessage('openReader', { source, claim }).catch(report),
    },
  });

  const stop = (): void => {
    controller.abort();
    session.disable();
  };
  takeOver(stop);
  signal.addEventListener('abort', watchSettings((settings) => apply(isEnabledFor(settings, hostname))));
  signal.addEventListener('abort', trustChangedAt.watch(() => void session.cards.refresh().catch(report)));
  watchExtension(stop, signal);

  function apply(enabled: boolean): void {
    if (signal.aborted) return;
    if (enabled) session.enable().catch(report);
    else session.disable();
  }
  apply(isEnabledFor(await readSettings(), hostname));
}

function report(error: unknown): void {
  if (extensionAlive()) console.error('[sourcelight]', error);
}
