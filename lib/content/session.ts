/**
 * Sourcelight on one page: marks painted in the top document and in same-origin frames, kept current as the page
 * changes, cards that open on them, and the switch that takes all of it away again. Plain DOM; the extension's
 * side (the matcher, the cards, the settings) arrives through the options, so this runs in a test page as in a tab.
 *
 * Marks never change the page's DOM (lib/page/paint.ts): turning off takes the highlights and the stylesheet out
 * of the page's registries and closes the card, and the page is as it was.
 */
import type { Card } from '../facts/cards';
import { createCardCache, type CardCache } from '../card-opening/card-cache';
import { createCardLayer, type CardLayer, type CardLayerOptions } from '../card-opening/card-layer';
import { markEveryMention, type MarkChoice } from '../page/choice';
import { installHighlightStyle, removeHighlightStyle } from '../page/highlight-style';
import type { MentionIndex } from '../page/mention-index';
import { markPage, type PageMarks } from '../page/page-marks';
import { browserHighlights } from '../page/paint';
import { yieldToEventLoop, type MatchFn } from '../page/scanner';
import { watchFrames } from './frames';
import { watchHistory } from './history';

export interface SessionOptions {
  /** Compiles the matcher; called once, at the first `enable`, and kept (a failure is retried at the next). */
  loadMatcher: () => Promise<MatchFn>;
  /** The ids of every entity the matcher may find: the stylesheet has a rule for each. */
  entities: readonly string[];
  /** Which mentions of a document are marked; default every one. */
  choice?: (index: MentionIndex, doc: Document) => MarkChoice;
  /** Cards for a batch of entity ids (one request to the background). */
  fetchCards: (entities: string[]) => Promise<Card[]>;
  /** The card's "turn off on this site". */
  onTurnOffSite: () => void;
  /** Quotes in cards link to the source reader (see CardLayerOptions.quotes). */
  quotes?: CardLayerOptions['quotes'];
  /** Something failed that the reader cannot act on (logged by the caller). */
  onError?: (error: unknown) => void;
}

export interface Session {
  readonly enabled: boolean;
  /** Cards held for this page; `refresh` after a trust change. */
  readonly cards: CardCache;
  /** Starts marking (no-op when on). Resolves once the first scan of the top document has started. */
  enable(): Promise<void>;
  /** Takes every mark and card off the page (no-op when off). */
  disable(): void;
  /** The marking choice changed (a setting): every document chooses again. */
  rechoose(): void;
  /** Resolves when no scan is running or waiting (tests, and the screenshots of `npm start`). */
  idle(): Promise<void>;
}

interface Running {
  controller: AbortController;
  pages: Map<Document, PageMarks>;
  layer: CardLayer;
}

export function createSession(win: Window, options: SessionOptions): Session {
  const cards = createCardCache(options.fetchCards);
  const report = options.onError ?? ((error: unknown) => console.error('[sourcelight]', error));
  const choose = options.choice ?? ((index: MentionIndex) => markEveryMention(index));
  let matcher: Promise<MatchFn> | null = null;
  let running: Running | null = null;
  let starting: Promise<void> | null = null;
  let wanted = false;

  function markDocument(run: Running, doc: Document, match: MatchFn): void {
    if (run.pages.has(doc)) return;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const highlights = view ? browserHighlights(view) : null;
    // A browser without the Custom Highlight API gets no marks rather than marks that change the page.
    if (!highlights || !installHighlightStyle(doc, options.entities)) return;
    const marks = markPage(doc, {
      match,
      highlights,
      choice: (index) => choose(index, doc),
      signal: run.controller.signal,
      onError: report,
      onScan(summary) {
        if (summary.entities.size > 0) cards.want(summary.entities).catch(report);
      },
      onMarksChanged: () => run.layer.marksChanged(),
    });
    run.pages.set(doc, marks);
    run.layer.watch(marks);
  }

  /** Starts over on the whole page: for a single-page app's navigation, which may swap what was read. */
  function rescan(run: Running, match: MatchFn): void {
    run.layer.close();
    for (const [doc, marks] of [...run.pages]) {
      run.layer.unwatch(marks);
      marks.stop();
      run.pages.delete(doc);
      markDocument(run, doc, match);
    }
  }

  async function start(): Promise<void> {
    matcher ??= options.loadMatcher().catch((error: unknown) => {
      matcher = null;
      throw error;
    });
    const match = await matcher;
    // Compiling the matcher was a task's worth of work: let the page have a turn before reading starts.
    await yieldToEventLoop();
    if (running || !wanted) return;
    const controller = new AbortController();
    const { signal } = controller;
    const layer = createCardLayer(win, { cards, signal, onTurnOffSite: options.onTurnOffSite, quotes: options.quotes, onError: report });
    const run: Running = { controller, pages: new Map(), layer };
    running = run;
    markDocument(run, win.document, match);
    watchFrames(win, {
      signal,
      onFrame(frame) {
        if (frame.document !== win.document) markDocument(run, frame.document, match);
      },
    });
    watchHistory(win, { signal, onChange: () => rescan(run, match) });
  }

  return {
    get enabled() {
      return wanted;
    },
    cards,
    enable() {
      wanted = true;
      if (running) return Promise.resolve();
      starting ??= start().finally(() => {
        starting = null;
      });
      return starting;
    },
    disable() {
      wanted = false;
      const run = running;
      if (!run) return;
      running = null;
      run.layer.destroy();
      run.controller.abort();
      for (const doc of run.pages.keys()) removeHighlightStyle(doc);
    },
    rechoose() {
      for (const marks of running?.pages.values() ?? []) marks.rechoose();
    },
    async idle() {
      if (starting) await starting.catch(() => undefined);
      const run = running;
      if (!run) return;
      await Promise.all([...run.pages.values()].map((marks) => marks.idle()));
    },
  };
}
