/**
 * Sourcelight on one page: marks in the top document and same-origin frames, kept current as the page changes,
 * the cards they open, and the switch that takes it all away. Plain DOM; the matcher, cards and settings come in
 * through the options, so it runs in a test page as in a tab. Marks never change the page's DOM
 * (lib/page/paint.ts), so turning off leaves the page as it was; a card that turned the site off keeps its undo.
 */
import { createCardCache, type CardCache } from '../card-opening/card-cache';
import { createCardLayer, type CardActions, type CardLayer, type CardLayerOptions } from '../card-opening/card-layer';
import type { Card } from '../cards/card';
import { chooseMarks, type MarkChoice } from '../page/choice';
import { installHighlightStyle, removeHighlightStyle } from '../page/highlight-style';
import type { MentionIndex } from '../page/mention-index';
import type { PageMention } from '../page/mentions';
import { markPage, type PageMarks, type PageMarksOptions } from '../page/page-marks';
import { browserHighlights } from '../page/paint';
import { StoryEvidence, type EntityEvidence } from '../page/relevance';
import { yieldToEventLoop, type MatchFn } from '../page/scanner';
import { watchFrames } from './frames';
import { watchHistory } from './history';

/** The reader's marking choices, as the session applies them. */
export interface Marking {
  /** Mark every mention, not only the first of each entity per section. */
  markEvery: boolean;
  /** Whether the reader said this mention's words are not its entity, on this site. */
  notThis(mention: PageMention): boolean;
}

export interface SessionOptions {
  /** Compiles the matcher; called once, at the first `enable`, and kept (a failure is retried at the next). */
  loadMatcher: () => Promise<MatchFn>;
  /** The ids of every entity the matcher may find: the stylesheet has a rule for each. */
  entities: readonly string[];
  /** What the lexicon says of an entity: its stories and how much naming it tells (lib/page/relevance.ts). */
  evidence: (entity: string) => EntityEvidence | undefined;
  /** The reader's marking choices; `setMarking` brings changes. */
  marking: Marking;
  /** Which mentions of a document are marked; default: chooseMarks with the options above. For tests. */
  choice?: (index: MentionIndex, sectionOf: (block: Element) => string, doc: Document) => MarkChoice;
  /** Cards for a batch of entity ids (one request to the background). */
  fetchCards: (entities: string[]) => Promise<Card[]>;
  /** What the card's own controls do. */
  actions: CardActions;
  /** Claims in cards link to the source reader (see CardLayerOptions.claimLinks). */
  claimLinks?: CardLayerOptions['claimLinks'];
  /** Something failed that the reader cannot act on (logged by the caller). */
  onError?: (error: unknown) => void;
  /**
   * How a document is painted: default, the browser's Custom Highlight API with our stylesheet installed, or not at
   * all where the browser has none. Injectable for tests in a DOM without it.
   */
  paintIn?: (doc: Document) => Pick<PageMarksOptions, 'highlights' | 'window'> | null;
}

export interface Session {
  readonly enabled: boolean;
  /** Cards held for this page; `refresh` after a trust change. */
  readonly cards: CardCache;
  /** Starts marking (no-op when on). Resolves once the first scan of the top document has started. */
  enable(): Promise<void>;
  /** Takes every mark and card off the page (no-op when off). */
  disable(): void;
  /** The reader's marking choices changed: every document chooses again. */
  setMarking(marking: Marking): void;
  /** Resolves when no scan is running or waiting (tests, and the screenshots of `npm start`). */
  idle(): Promise<void>;
}

interface Running {
  controller: AbortController;
  pages: Map<Document, PageMarks>;
}

export function createSession(win: Window, options: SessionOptions): Session {
  const cards = createCardCache(options.fetchCards);
  const report = options.onError ?? ((error: unknown) => console.error('[sourcelight]', error));
  let marking = options.marking;
  /** What the tab names of each story: its documents decide together what it is about. */
  let stories = new StoryEvidence(options.evidence);
  const choose =
    options.choice ??
    ((_index: MentionIndex, sectionOf: (block: Element) => string, doc: Document) =>
      chooseMarks({
        evidence: options.evidence,
        stories,
        onStoriesChanged: () => queueMicrotask(() => rechooseAll(doc)),
        markEvery: () => marking.markEvery,
        notThis: (mention) => marking.notThis(mention),
        sectionOf,
      }));

  /** Every document but `except` chooses again (the tab's stories changed, or a setting did). */
  function rechooseAll(except?: Document): void {
    for (const [doc, marks] of running?.pages ?? []) if (doc !== except) marks.rechoose();
  }
  let matcher: Promise<MatchFn> | null = null;
  let running: Running | null = null;
  let starting: Promise<void> | null = null;
  let wanted = false;
  /** The card layer lives as long as the session is on, or a card still offers its undo. */
  let layer: { layer: CardLayer; controller: AbortController } | null = null;

  function cardLayer(): CardLayer {
    if (layer) {
      layer.layer.onUndoSettled = null;
      return layer.layer;
    }
    const controller = new AbortController();
    const created = createCardLayer(win, { cards, signal: controller.signal, actions: options.actions, claimLinks: options.claimLinks, onError: report });
    layer = { layer: created, controller };
    return created;
  }

  function dropLayer(): void {
    const current = layer;
    if (!current) return;
    layer = null;
    current.layer.destroy();
    current.controller.abort();
  }

  /** The browser's highlights, with the stylesheet for our entities; none where the browser cannot paint them. */
  function browserPaint(doc: Document): Pick<PageMarksOptions, 'highlights'> | null {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const highlights = view ? browserHighlights(view) : null;
    // A browser without the Custom Highlight API gets no marks rather than marks that change the page.
    return highlights && installHighlightStyle(doc, options.entities) ? { highlights } : null;
  }

  function markDocument(run: Running, doc: Document, match: MatchFn): void {
    if (run.pages.has(doc)) return;
    const paint = (options.paintIn ?? browserPaint)(doc);
    if (!paint) return;
    const marks = markPage(doc, {
      match,
      ...paint,
      choice: (index, sectionOf) => choose(index, sectionOf, doc),
      signal: run.controller.signal,
      onError: report,
      onScan(summary) {
        if (summary.entities.size > 0) cards.want(summary.entities).catch(report);
      },
      onMarksChanged: () => layer?.layer.marksChanged(),
    });
    run.pages.set(doc, marks);
    cardLayer().watch(marks);
  }

  /** Starts over on the whole page: for a single-page app's navigation, which may swap what was read. */
  function rescan(run: Running, match: MatchFn): void {
    layer?.layer.close();
    stories = new StoryEvidence(options.evidence);
    for (const [doc, marks] of [...run.pages]) {
      layer?.layer.unwatch(marks);
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
    const run: Running = { controller, pages: new Map() };
    stories = new StoryEvidence(options.evidence);
    running = run;
    cardLayer();
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
      for (const marks of run.pages.values()) layer?.layer.unwatch(marks);
      run.controller.abort();
      for (const doc of run.pages.keys()) removeHighlightStyle(doc);
      // A card offering to undo turning the site off stays until its time runs out or the reader undoes it.
      if (layer?.layer.holdingUndo) layer.layer.onUndoSettled = () => !wanted && dropLayer();
      else dropLayer();
    },
    setMarking(next) {
      marking = next;
      rechooseAll();
    },
    async idle() {
      if (starting) await starting.catch(() => undefined);
      const run = running;
      if (!run) return;
      await Promise.all([...run.pages.values()].map((marks) => marks.idle()));
    },
  };
}
