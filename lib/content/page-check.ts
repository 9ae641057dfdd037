/**
 * The content script every http and https page gets, small because most pages name nothing of a story: it checks
 * the page's text against the built-in prefilter (mention-watch.ts), with no message and no storage read. Once the
 * page may mention a story it installs the marks' stylesheet first (lib/page/highlight-style.ts: cheapest before
 * anything is painted), reads the switches and has the background load the page session here (session-start.ts).
 * There is no `message` listener on the window: nothing the page posts reaches the background.
 */
import type { Prefilter } from '../match/prefilter';
import type { Lexicon } from '../match/lexicon';
import type { PackedTrie } from '../match/packed-trie';
import { installHighlightStyle, removeHighlightStyle } from '../page/highlight-style';
import type { Settings } from '../settings';
import { isEnabledFor } from '../settings';
import type { LoadedSession, StartSession } from './session-start';
import { takeOver, watchExtension } from './lifetime';
import { watchForMentions } from './mention-watch';
import { LEXICON_BACKOFF_MS, retry } from './retry';

export interface PageCheckOptions {
  prefilter: Prefilter;
  /** Every entity id the prefilter stands for: the stylesheet installed early has a rule for each. */
  entities: readonly string[];
  /** Whether the extension is still there (its runtime id). */
  alive(): boolean;
  /** Has the background load the session into this frame; answers with what the matcher needs. */
  loadSession(): Promise<{ lexicon: Lexicon; trie: PackedTrie }>;
  /** The session's start function, once the background ran its script in this world. */
  offeredSession(): StartSession | undefined;
  readSettings(): Promise<Settings>;
  /** Calls back with the settings on every change; returns the function that stops it. */
  watchSettings(onChange: (settings: Settings) => void): () => void;
  report(error: unknown): void;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface PageCheck {
  /** Resolves once the page was found to mention a story and the switches were applied (tests). */
  readonly applied: Promise<void>;
  stop(): void;
}

export function startPageCheck(win: Window, options: PageCheckOptions): PageCheck {
  const controller = new AbortController();
  const { signal } = controller;
  const hostname = win.location.hostname;
  let enabled = false;
  let session: Promise<LoadedSession> | null = null;
  let resolveApplied: () => void = () => {};
  const applied = new Promise<void>((resolve) => (resolveApplied = resolve));

  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort();
    if (session) void session.then((s) => s.stop()).catch(() => undefined);
    else removeHighlightStyle(win.document);
  };
  takeOver(stop);

  /** Loads the session into this frame (once) and marks the page. */
  const load = async (): Promise<void> => {
    session ??= (async () => {
      // While the fact base builds the background keeps the request open; a refusal means it is not up yet.
      const { lexicon, trie } = await retry(() => options.loadSession(), {
        delays: LEXICON_BACKOFF_MS,
        signal,
        shouldRetry: () => options.alive(),
        sleep: options.sleep,
      });
      const startSession = options.offeredSession();
      if (!startSession) throw new Error('the page session did not load');
      return startSession({ lexicon, trie, hostname, report: options.report });
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
    if (session) (await session).disable();
    else removeHighlightStyle(win.document);
  }

  /** The page may mention a story: from now on the switches decide whether it is marked. */
  async function mayMention(): Promise<void> {
    if (signal.aborted) return;
    if (!options.alive()) return stop();
    // Only now, with marks possible, is the extension asked every few seconds whether it is still there: a page
    // about something else never touches its API (the mention watch asks at the page's changes).
    watchExtension(options.alive, stop, signal);
    installHighlightStyle(win.document, options.entities);
    signal.addEventListener('abort', options.watchSettings((settings) => void apply(isEnabledFor(settings, hostname)).catch(options.report)));
    await apply(isEnabledFor(await options.readSettings(), hostname));
    resolveApplied();
  }

  // The check comes before the switches, whatever they say: it reads the page's text here, in the page, and
  // nothing leaves it; the first use of the storage API in a page's world costs more than the check itself.
  watchForMentions(win, options.prefilter, {
    signal,
    onMayMention: () => void mayMention().catch(options.report),
    alive: options.alive,
    onGone: stop,
  });
  return { applied, stop };
}
