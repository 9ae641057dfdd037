/**
 * The content script every http and https page gets: small, because most pages a reader opens name nothing of
 * the story and should not pay for what marks and cards need. It first checks the page's text against the
 * prefilter that the build computed from the bundled fact base (scripts/build/bundled-prefilter.ts,
 * lib/content/mention-watch.ts): no message, no storage read, so on a page about something else that check is all
 * it does, and it then only watches what the page adds. Once the page may mention the story it reads the switches
 * and, where Sourcelight is on, asks the background to load the page session — matcher, marks, cards — into this
 * frame (entrypoints/session.content.ts, handed over through lib/content/handoff.ts).
 *
 * It is declared in wxt.config.ts, not through `defineContentScript`, so that it runs without WXT's content script
 * context: that context costs every page a few milliseconds (it announces itself to the page with an event and a
 * `postMessage`, and listens for newer copies), and it invalidates itself when the page replays the
 * "content-script-started" event it announced, so a hostile page could switch us off. Our lifetime is ours: we
 * stop only when the extension itself went away (`browser.runtime.id` gone) or a newer copy of this script
 * starts in the same isolated world (`takeOver`), which a page cannot reach.
 *
 * Nothing the page posts reaches the background: there is no `message` listener on the window, and every
 * message we send is built here (and in the session) from the lexicon's answer and the marks' entity ids.
 *
 * Try by hand: `npm start` (the demo page), a live blog (new posts get marked), a site with a dark theme, and a
 * page about something else entirely (nothing loads beyond this script).
 */
import { offeredSession, type LoadedSession } from '../../lib/content/handoff';
import { watchForMentions } from '../../lib/content/mention-watch';
import { LEXICON_BACKOFF_MS, retry } from '../../lib/content/retry';
import prefilter from 'virtual:sourcelight/prefilter';
import { sendMessage, type PrefilteredLexicon } from '../../lib/messages';
import { isEnabledFor, readSettings, watchSettings } from '../../lib/settings';
import { askOnceMore, extensionAlive, takeOver, watchExtension } from './lifetime';

export default defineUnlistedScript(() => {
  void start().catch(report);
});

async function start(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const hostname = location.hostname;
  let enabled = false;
  let lexicon: Promise<PrefilteredLexicon> | null = null;
  let session: Promise<LoadedSession> | null = null;

  const stop = (): void => {
    controller.abort();
    void session?.then((s) => s.stop()).catch(() => undefined);
  };
  takeOver(stop);
  watchExtension(stop, signal);

  const getLexicon = (): Promise<PrefilteredLexicon> =>
    (lexicon ??= retry(() => sendMessage('getLexicon'), {
      delays: LEXICON_BACKOFF_MS,
      signal,
      // While the fact base builds the background keeps the request open; a refusal means it is not up yet.
      shouldRetry: () => extensionAlive(),
    }).catch((error: unknown) => {
      lexicon = null;
      throw error;
    }));

  /** Loads the session into this frame (once) and marks the page. */
  const load = async (): Promise<void> => {
    session ??= (async () => {
      const words = await getLexicon();
      const trie = await askOnceMore(() => sendMessage('loadSession'));
      const startSession = offeredSession();
      if (!startSession) throw new Error('the page session did not load');
      return startSession({ lexicon: words, trie, hostname, report });
    })().catch((error: unknown) => {
      session = null;
      throw error;
    });
    const loaded = await session;
    if (signal.aborted) loaded.stop();
    else if (enabled) await loaded.enable();
  };

  async function apply(on: boolean): Promise<void> {
    if (signal.aborted) return;
    enabled = on;
    if (on) return load();
    (await session)?.disable();
  }

  /** The page may mention the story: from now on the switches decide whether it is marked. */
  async function mayMention(): Promise<void> {
    if (signal.aborted) return;
    signal.addEventListener('abort', watchSettings((settings) => void apply(isEnabledFor(settings, hostname)).catch(report)));
    await apply(isEnabledFor(await readSettings(), hostname));
  }

  // The check comes before the switches, whatever they say: it reads the page's text here, in the page, and
  // nothing leaves it. Reading the switches first costs more, on every page, than the check itself: the first use
  // of the storage API in a page's isolated world sets up its bindings (measured with the bench's light trace:
  // 9.9-22 ms, median 13.5, on the page with no mention, against 6.2-12.7, median 8.6, check first).
  // Sourcelight turned off thus still reads a page's text, and stops there.
  watchForMentions(window, prefilter, { signal, onMayMention: () => void mayMention().catch(report) });
}

function report(error: unknown): void {
  if (extensionAlive()) console.error('[sourcelight]', error);
}
