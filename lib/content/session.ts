/**
 * Sourcelight on one page: marks kept current in the top document and in same-origin frames, cards that open
 * on them, and the switch that takes all of it away again. Plain DOM; the extension's side (the lexicon, the
 * cards, the settings) arrives through the options, so this runs in a test page as it runs in a tab.
 *
 * Turning off (`disable`) stops every observer, closes the card and removes every mark, the mark stylesheet and
 * the card host, leaving the page's DOM as it was; turning on (`enable`) scans again from scratch.
 */
import type { Card } from '../facts/cards';
import { installMarkStyle } from '../page/mark-style';
import { unmarkAll } from '../page/marks';
import { observe, type Observation } from '../page/observer';
import { yieldToEventLoop, type MatchFn } from '../page/scanner';
import { restoreMovedTitles } from '../page/title-tooltip';
import { createCardCache, type CardCache } from './card-cache';
import { createCardLayer, type CardLayer, type CardLayerOptions } from './card-layer';
import { watchFrames } from './frames';
import { watchHistory } from './history';
import { armour, repairArmour } from './mark-armour';

export interface SessionOptions {
  /** Compiles the matcher; called once, at the first `enable`, and kept (a failure is retried at the next). */
  loadMatcher: () => Promise<MatchFn>;
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
  /** Starts marking (no-op when on). Resolves once the first scan of the top document is done. */
  enable(): Promise<void>;
  /** Removes every mark and our UI (no-op when off). */
  disable(): void;
  /** Resolves when no scan is running or waiting (tests, and the screenshots of `npm start`). */
  idle(): Promise<void>;
}

interface Running {
  controller: AbortController;
  observations: Map<Document, Observation>;
  layer: CardLayer;
  removeStyles: (() => void)[];
}

export function createSession(win: Window, options: SessionOptions): Session {
  const cards = createCardCache(options.fetchCards);
  const report = options.onError ?? ((error: unknown) => console.error('[sourcelight]', error));
  let matcher: Promise<MatchFn> | null = null;
  let running: Running | null = null;
  let starting: Promise<void> | null = null;

  /** Asks for the cards of the entities a scan marked that the cache does not hold yet (one request). */
  function wantCards(entities: Set<string>): void {
    if (entities.size > 0) cards.want(entities).catch(report);
  }

  function observeDocument(run: Running, doc: Document, match: MatchFn, onFirstScan?: () => void): void {
    if (run.observations.has(doc)) return;
    run.removeStyles.push(installMarkStyle(doc));
    const observation = observe(doc, match, {
      signal: run.controller.signal,
      onError: report,
      prepareMark: armour,
      repairMark: repairArmour,
      onScan(summary, reason) {
        wantCards(summary.entities);
        run.layer.marksChanged();
        if (reason === 'initial') onFirstScan?.();
      },
    });
    run.observations.set(doc, observation);
  }

  /** Starts over on the whole page: for a single-page app's navigation, which may swap what we scanned. */
  function rescan(run: Running, match: MatchFn): void {
    run.layer.close();
    // A copy: observeDocument adds each document back to the map being walked.
    for (const [doc, observation] of [...run.observations]) {
      observation.stop();
      run.observations.delete(doc);
      observeDocument(run, doc, match);
    }
  }

  async function start(): Promise<void> {
    matcher ??= options.loadMatcher().catch((error: unknown) => {
      matcher = null;
      throw error;
    });
    const match = await matcher;
    // Compiling the matcher was a task's worth of work: let the page have a turn before scanning starts.
    await yieldToEventLoop();
    if (running || !wanted) return;
    const controller = new AbortController();
    const signal = controller.signal;
    const layer = createCardLayer(win, {
      cards,
      signal,
      onTurnOffSite: options.onTurnOffSite,
      quotes: options.quotes,
      onError: report,
    });
    const run: Running = { controller, observations: new Map(), layer, removeStyles: [] };
    running = run;
    const firstScan = new Promise<void>((resolve) => observeDocument(run, win.document, match, resolve));
    watchFrames(win, {
      signal,
      onFrame(frame) {
        const frameDoc = frame.document;
        if (frameDoc === win.document || run.observations.has(frameDoc)) return;
        observeDocument(run, frameDoc, match);
        layer.watchFrame(frame);
      },
    });
    watchHistory(win, { signal, onChange: () => rescan(run, match) });
    await firstScan;
  }

  let wanted = false;

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
      run.controller.abort();
      run.layer.destroy();
      for (const doc of run.observations.keys()) {
        unmarkAll(doc);
        restoreMovedTitles(doc);
      }
      for (const remove of run.removeStyles) remove();
    },
    async idle() {
      if (starting) await starting.catch(() => undefined);
      const run = running;
      if (!run) return;
      await Promise.all([...run.observations.values()].map((o) => o.idle()));
    },
  };
}
