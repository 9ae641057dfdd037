/**
 * The content script every http and https page gets, small because most pages name nothing of a story: it checks
 * the page's text against the built-in prefilter (mention-watch.ts), with no message and no storage read. Once the
 * page may mention a story it installs the marks' stylesheet first (lib/page/highlight-style.ts: cheapest before
 * anything is painted) and has the background load the page session here (session-start.ts), which the background
 * does only where the switches let the site be marked; the page reads and watches them too.
 * There is no `message` listener on the window: nothing the page posts reaches the background.
 */
import type { Prefilter } from '../match/prefilter';
import { unpackMatcherInput, type SessionAnswer } from '../messages';
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
  /** Has the background load the session into this frame: what the matcher needs, or that the site is off. */
  loadSession(): Promise<SessionAnswer>;
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
  /** The session asked for; it comes to null where the background found the site turned off. */
  let session: Promise<LoadedSession | null> | null = null;
  /** Switch changes applied so far, and how many had been when the session was last asked for. */
  let changes = 0;
  let askedAt = 0;
  let resolveApplied: () => void = () => {};
  const applied = new Promise<void>((resolve) => (resolveApplied = resolve));

  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort();
    if (session) void session.then((s) => s?.stop()).catch(() => undefined);
    else removeHighlightStyle(win.document);
  };
  takeOver(stop);

  /** Asks the background to load the session into this frame, once at a time. */
  const ask = (): Promise<LoadedSession | null> => {
    if (session) return session;
    askedAt = changes;
    const asking = (async () => {
      // While the fact base builds the background keeps the request open; a refusal means it is not up yet.
      const answer = await retry(() => options.loadSession(), {
        delays: LEXICON_BACKOFF_MS,
        signal,
        shouldRetry: () => options.alive(),
        sleep: options.sleep,
      });
      if ('off' in answer) return null;
      const startSession = options.offeredSession();
      if (!startSession) throw new Error('the page session did not load');
      return startSession({ ...unpackMatcherInput(answer), hostname, report: options.report });
    })().then(
      (loaded) => {
        // Nothing loaded (the site is off) or a failure: the next ask goes to the background again.
        if (!loaded && session === asking) session = null;
        return loaded;
      },
      (error: unknown) => {
        if (session === asking) session = null;
        throw error;
      },
    );
    session = asking;
    return asking;
  };

  /** Has the session loaded and marks the page, where the background did not find the site turned off. */
  const load = async (): Promise<void> => {
    const pending = ask();
    const asked = askedAt;
    const loaded = await pending;
    if (signal.aborted) return loaded?.stop();
    if (loaded) {
      if (enabled) await loaded.enable();
      return;
    }
    // Turned off when the background looked; a switch turned on since then asks again.
    if (enabled && changes > asked) return load();
    removeHighlightStyle(win.document);
  };

  async function apply(on: boolean): Promise<void> {
    if (signal.aborted) return;
    changes++;
    enabled = on;
    if (on) return load();
    const loaded = session ? await session : null;
    if (loaded) loaded.disable();
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
    // Asked for before the switches are read here: the background reads them too and loads nothing where they say
    // off, and reading them in this world first delayed the request (docs/performance.md). The page then goes by
    // its own read and the changes after it, in case a switch flipped between the two reads.
    void ask().catch(() => undefined);
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
