/**
 * The content script every http and https page gets: small, because most pages a reader opens name nothing of
 * the story and should not pay for what marks and cards need. It reads the switches, asks the background for the
 * lexicon and checks the page's text against the lexicon's prefilter (lib/content/mention-watch.ts). Only when
 * the page may mention the story does it ask the background to load the page session — matcher, marks, cards —
 * into this frame (entrypoints/session.content.ts, handed over through lib/content/handoff.ts). Until then it
 * watches what the page adds.
 *
 * Lifetime is ours, not WXT's. WXT's ContentScriptContext invalidates itself when the page dispatches the
 * "content-script-started" event it announces (the event name carries the extension id and is readable by
 * the page), so a hostile page could switch us off by replaying it. The context is therefore never used: we
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
import { sendMessage, type PrefilteredLexicon } from '../../lib/messages';
import { isEnabledFor, readSettings, watchSettings } from '../../lib/settings';
import { askOnceMore, extensionAlive, takeOver, watchExtension } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top frame scans same-origin frames itself (lib/content/frames.ts): one matcher and card cache per tab.
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void start().catch(report);
  },
});

async function start(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const hostname = location.hostname;
  let enabled = false;
  let lexicon: Promise<PrefilteredLexicon> | null = null;
  let session: Promise<LoadedSession> | null = null;
  let watching: AbortController | null = null;

  const stop = (): void => {
    controller.abort();
    watching?.abort();
    void session?.then((s) => s.stop()).catch(() => undefined);
  };
  takeOver(stop);
  signal.addEventListener('abort', watchSettings((settings) => void apply(isEnabledFor(settings, hostname)).catch(report)));
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
    if (!on) {
      watching?.abort();
      watching = null;
      (await session)?.disable();
      return;
    }
    if (session) return load();
    if (watching) return;
    const watch = new AbortController();
    watching = watch;
    signal.addEventListener('abort', () => watch.abort(), { once: true });
    const { prefilter } = await getLexicon();
    if (watch.signal.aborted) return;
    watchForMentions(window, prefilter, {
      signal: watch.signal,
      onMayMention: () => {
        watching = null;
        void load().catch(report);
      },
    });
  }

  await apply(isEnabledFor(await readSettings(), hostname));
}

function report(error: unknown): void {
  if (extensionAlive()) console.error('[sourcelight]', error);
}
