/**
 * The cards on a page: the wiring between the reader's pointer and keys, the painted mentions, the hover-intent
 * machine and the card cache. DOM and Preact only; what a card says comes from the cache, and what "turn off on
 * this site" does is the caller's. The open card's mention is painted `sourcelight-ui-active`, the keyboard's
 * `sourcelight-ui-focus` (paint.ts), and the page's `title` tooltip steps aside meanwhile (title-tooltip.ts).
 */
import type { Card as CardData } from '../cards/card';
import type { PageMarks } from '../page/page-marks';
import type { PageMention } from '../page/mentions';
import type { CardProps } from '../ui/Card';
import { CARD_CSS } from '../ui/card-style';
import type { CardCache } from './card-cache';
import { CardFocus, focusedOnPage, focusInto } from './card-focus';
import { cardView, type CardActions } from './card-view';
import { HoverIntent, type HideReason } from './hover-intent';
import { installKeyboard, type Extent } from './keyboard';
import { placeCard, type Point } from './place';
import { watchCard, watchPointer } from './pointer';
import { referenceFor } from './reference';
import { measuredExtent, scrollToMention } from './scroll-to-mention';
import { ShadowHost } from './shadow-host';
import { suppressTitle } from './title-tooltip';
import { createUndoHold } from './undo-hold';
import { WalkPosition } from './walk-position';
import { WatchedDocuments } from './watched-documents';

export type { CardActions } from './card-view';

export interface CardLayerOptions {
  cards: CardCache;
  actions: CardActions;
  /** Where claims link (the source reader at a sentence) and what following one does: see Card's props. */
  claimLinks?: Pick<CardProps, 'claimHref' | 'onOpenClaim'>;
  /** A card could not be loaded (the background did not answer). */
  onError?: (error: unknown) => void;
  /** Removes every listener; `destroy` also takes the card off the page. */
  signal: AbortSignal;
  /** A mention's extent in the top window's viewport; default: measured (injectable for tests without layout). */
  extentOf?: (mention: PageMention) => Extent | null;
}

export interface CardLayer {
  /** The mention whose card is shown, if any. */
  readonly current: PageMention | null;
  /** Opens cards for the mentions of `marks`' document (the top one, or a same-origin frame's). */
  watch(marks: PageMarks): void;
  /** Stops opening cards for a document (a frame that went, or a rescan from scratch). */
  unwatch(marks: PageMarks): void;
  /** Marked mentions changed: close a card whose mention is no longer marked. */
  marksChanged(): void;
  /** Close the card, if one is open. */
  close(): void;
  /** Whether the open card is offering to undo turning the site off: it outlives the page's marks until then. */
  readonly holdingUndo: boolean;
  /** Called once the card that held an undo closes. */
  onUndoSettled: (() => void) | null;
  /** Close, and forget every document (Sourcelight turned off, or the extension went away). */
  destroy(): void;
}

interface Shown {
  mention: PageMention;
  restoreTitle: () => void;
  stopPlacing: (() => void) | null;
}

export function createCardLayer(win: Window, options: CardLayerOptions): CardLayer {
  const { cards, signal } = options;
  const doc = win.document;
  const host = new ShadowHost(doc, { css: CARD_CSS });
  const watched = new WatchedDocuments();
  const walk = new WalkPosition(watched);
  const focus = new CardFocus();
  const undo = createUndoHold();
  let shown: Shown | null = null;
  /** Ends the host's listeners when it leaves the page. */
  let hostListening: AbortController | null = null;
  let pointer: Point | null = null;
  const extentOf = options.extentOf ?? measuredExtent(doc);
  const focusIsInCard = (): boolean => host.isShowing && (host.host.contains(doc.activeElement) || doc.activeElement === host.host);

  const intent = new HoverIntent<PageMention>({
    prefetch(mention) {
      void cards.want([mention.entity]).catch(() => undefined);
    },
    show(mention, via) {
      shown = { mention, restoreTitle: suppressTitle(mention.startNode.parentElement), stopPlacing: null };
      watched.marksOf(mention)?.painter.setUi('active', mention);
      const at = via === 'pointer' ? (pointer ?? undefined) : undefined;
      const held = cards.get(mention.entity);
      if (held !== undefined) {
        draw(mention, held, at);
        return;
      }
      cards.load(mention.entity).then(
        (card) => {
          if (shown?.mention === mention) draw(mention, card, at);
        },
        (error: unknown) => {
          if (shown?.mention === mention) intent.reset();
          options.onError?.(error);
        },
      );
    },
    hide: hideCard,
  });

  function draw(mention: PageMention, card: CardData | null, at: Point | undefined): void {
    if (!card || !shown || shown.mention !== mention) {
      // The background knows no such entity (a lexicon newer than the fact base): nothing to show.
      if (!card) intent.reset();
      return;
    }
    if (!hostListening) {
      hostListening = new AbortController();
      watchCard(host.host, intent, hostListening.signal);
    }
    host.show(cardView(mention, card, { actions: options.actions, claimLinks: options.claimLinks, undo, close: () => intent.reset() }));
    shown.stopPlacing ??= placeCard(referenceFor(mention, doc), host, at);
    if (focus.takeIntoCard()) {
      focusInto(host.shadowRoot);
      host.announce(`Sourcelight card: ${card.entity.name}`);
    }
  }

  function hideCard(mention: PageMention, reason: HideReason): void {
    undo.cardClosed();
    if (shown?.mention === mention) {
      shown.stopPlacing?.();
      shown.restoreTitle();
      shown = null;
    }
    watched.marksOf(mention)?.painter.setUi('active', null);
    // Switching to another mention's card: the host stays, with focus in it, for the next card to draw into.
    if (reason === 'switch') return;
    focus.cancelIntoCard();
    const hadFocus = focusIsInCard();
    hostListening?.abort();
    hostListening = null;
    host.hide();
    if (hadFocus) focus.giveBack();
  }

  function walkTo(mention: PageMention): void {
    if (!walk.moveTo(mention)) return;
    focus.walked(doc, focusIsInCard());
    scrollToMention(win, mention, extentOf);
    intent.activate(mention);
    if (host.isShowing && shown?.mention === mention) {
      focus.cancelIntoCard();
      focusInto(host.shadowRoot);
    }
  }

  const stopUpdates = cards.onUpdate((entities) => {
    if (!shown || !entities.includes(shown.mention.entity)) return;
    draw(shown.mention, cards.get(shown.mention.entity) ?? null, undefined);
  });
  signal.addEventListener('abort', stopUpdates, { once: true });

  const keyboard = {
    mentions: () => watched.allMarked(),
    current: () => walk.current,
    focused: () => focusedOnPage(doc, focusIsInCard()),
    walkTo,
    onEscape: () => intent.escape(),
    extentOf,
  };

  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !intent.escape()) return;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

  return {
    get current() {
      return intent.current;
    },
    watch(marks) {
      const listening = watched.add(marks, signal);
      if (!listening) return;
      const view = marks.doc.defaultView as Window;
      const top = view === win;
      watchPointer(view, {
        signal: listening,
        intent,
        top,
        mentionAt: (x, y) => marks.mentionAt(x, y),
        onPoint: (point) => {
          pointer = point;
        },
      });
      // Escape in the top window is the layer's own (above): it must close a card that outlives the page's marks.
      installKeyboard(view, win, { ...keyboard, onEscape: top ? undefined : keyboard.onEscape, signal: listening });
    },
    unwatch(marks) {
      if (!watched.has(marks)) return;
      // A card offering to undo turning the site off stays while the marks go.
      if (shown && watched.marksOf(shown.mention) === marks && !undo.holding) intent.reset();
      walk.leave(marks);
      watched.remove(marks);
    },
    marksChanged() {
      if (shown && !undo.holding && !watched.isMarked(shown.mention)) intent.reset();
      walk.marksChanged();
    },
    close() {
      intent.reset();
    },
    get holdingUndo() {
      return undo.holding;
    },
    get onUndoSettled() {
      return undo.onSettled;
    },
    set onUndoSettled(callback) {
      undo.onSettled = callback;
    },
    destroy() {
      intent.reset();
      walk.clear();
      watched.clear();
    },
  };
}
