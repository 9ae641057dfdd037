/**
 * The cards on a page: the wiring between the reader's pointer and keys, the painted mentions, the hover-intent
 * machine and the card cache. DOM and Preact only; what a card says comes from the cache, and what "turn off on
 * this site" does is the caller's. The open card's mention is painted `sourcelight-ui-active`, the keyboard's
 * `sourcelight-ui-focus` (paint.ts), and the page's `title` tooltip steps aside meanwhile (title-tooltip.ts).
 */
import type { Card as CardData } from '../cards/card';
import type { PageMarks } from '../page/page-marks';
import type { PageMention } from '../page/mentions';
import { Card, type CardProps } from '../ui/Card';
import type { PageFigure } from '../ui/card-text';
import { themeFromColors, type Theme } from '../ui/theme';
import { CARD_CSS } from '../ui/card-style';
import type { CardCache } from './card-cache';
import { HoverIntent, type HideReason } from './hover-intent';
import { installKeyboard, type Extent } from './keyboard';
import { placeCard, type Point } from './place';
import { watchCard, watchPointer } from './pointer';
import { referenceFor } from './reference';
import { ShadowHost } from './shadow-host';
import { suppressTitle } from './title-tooltip';

/** What the card's own controls do (as Page Previews keep an off switch in the preview). */
export interface CardActions {
  /** "Not this": the reader says this mention does not name the entity. */
  notThis(mention: PageMention, entityName: string): void;
  /** Turn Sourcelight off on this site; the card stays a few seconds with an undo. */
  turnOffSite(): void;
  undoTurnOff(): void;
  /** The site's name, for "Sourcelight is off on news.example". */
  site: string;
}

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
  const watched = new Map<Document, { marks: PageMarks; listening: AbortController }>();
  let shown: Shown | null = null;
  /** Ends the host's listeners when it leaves the page. */
  let hostListening: AbortController | null = null;
  let pointer: Point | null = null;
  /** Where the keyboard walk stands, and where focus was before it moved into a card. */
  let walk: PageMention | null = null;
  let returnFocus: Element | null = null;
  let focusOnDraw = false;
  let holdingUndo = false;
  let onUndoSettled: (() => void) | null = null;

  const marksOf = (mention: PageMention): PageMarks | undefined => watched.get(mention.startNode.ownerDocument)?.marks;

  /** The page's own palette around the mention, so the card reads as part of the page (light or dark). */
  function themeAt(mention: PageMention): Theme {
    const view = mention.startNode.ownerDocument.defaultView;
    const backgrounds: string[] = [];
    let text: string | undefined;
    for (let element = mention.startNode.parentElement; element && view; element = element.parentElement) {
      const style = view.getComputedStyle(element);
      text ??= style.color;
      backgrounds.push(style.backgroundColor);
    }
    return themeFromColors(backgrounds, text);
  }

  const intent = new HoverIntent<PageMention>({
    prefetch(mention) {
      void cards.want([mention.entity]).catch(() => undefined);
    },
    show(mention, via) {
      shown = { mention, restoreTitle: suppressTitle(mention.startNode.parentElement), stopPlacing: null };
      marksOf(mention)?.painter.setUi('active', mention);
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
    hide(mention, reason) {
      hideCard(mention, reason);
    },
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
    const { actions } = options;
    host.show(
      <Card
        card={card}
        theme={themeAt(mention)}
        pageFigure={pageFigureOf(mention, card)}
        onClose={() => intent.reset()}
        onNotThis={() => {
          actions.notThis(mention, card.entity.name);
          intent.reset();
        }}
        onTurnOffSite={() => {
          holdingUndo = true;
          actions.turnOffSite();
        }}
        onUndoTurnOff={() => {
          holdingUndo = false;
          actions.undoTurnOff();
        }}
        onTurnOffSettled={() => intent.reset()}
        site={actions.site}
        {...options.claimLinks}
      />,
    );
    shown.stopPlacing ??= placeCard(referenceFor(mention, doc), host, at);
    if (focusOnDraw) {
      focusOnDraw = false;
      focusCard();
      host.announce(`Sourcelight card: ${card.entity.name}`);
    }
  }

  function focusCard(): void {
    const target = host.shadowRoot.querySelector<HTMLElement>('[role="dialog"], button, [href], [tabindex]:not([tabindex="-1"])');
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'dialog') target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  function focusIsInCard(): boolean {
    return host.isShowing && (host.host.contains(doc.activeElement) || doc.activeElement === host.host);
  }

  function hideCard(mention: PageMention, reason: HideReason): void {
    if (holdingUndo) {
      holdingUndo = false;
      const settled = onUndoSettled;
      onUndoSettled = null;
      queueMicrotask(() => settled?.());
    }
    if (shown?.mention === mention) {
      shown.stopPlacing?.();
      shown.restoreTitle();
      shown = null;
    }
    marksOf(mention)?.painter.setUi('active', null);
    // Switching to another mention's card: the host stays, with focus in it, for the next card to draw into.
    if (reason === 'switch') return;
    focusOnDraw = false;
    const hadFocus = focusIsInCard();
    hostListening?.abort();
    hostListening = null;
    host.hide();
    // Focus that was in the card goes back where the reader was before the walk, not to the top of the page.
    if (hadFocus) giveFocusBack();
  }

  function giveFocusBack(): void {
    const target = returnFocus;
    returnFocus = null;
    if (target && target.isConnected && 'focus' in target) (target as HTMLElement).focus({ preventScroll: true });
  }

  function walkTo(mention: PageMention): void {
    const marks = marksOf(mention);
    if (!marks) return;
    if (walk && walk !== mention) marksOf(walk)?.painter.setUi('focus', null);
    walk = mention;
    marks.painter.setUi('focus', mention);
    const active = doc.activeElement;
    if (!focusIsInCard() && active && active !== doc.body) returnFocus = active;
    scrollIntoView(mention);
    focusOnDraw = true;
    intent.activate(mention);
    if (host.isShowing && shown?.mention === mention) {
      focusOnDraw = false;
      focusCard();
    }
  }

  const extentOf =
    options.extentOf ??
    ((mention: PageMention): Extent | null => {
      const box = referenceFor(mention, doc).getBoundingClientRect();
      return box.width === 0 && box.height === 0 ? null : { top: box.top, bottom: box.bottom };
    });

  function scrollIntoView(mention: PageMention): void {
    const extent = extentOf(mention);
    if (!extent) return;
    const height = win.innerHeight;
    if (extent.top >= 0 && extent.bottom <= height) return;
    mention.startNode.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const after = extentOf(mention);
    if (after) win.scrollBy({ top: (after.top + after.bottom) / 2 - height / 2 });
  }

  const stopUpdates = cards.onUpdate((entities) => {
    if (!shown || !entities.includes(shown.mention.entity)) return;
    draw(shown.mention, cards.get(shown.mention.entity) ?? null, undefined);
  });
  signal.addEventListener('abort', stopUpdates, { once: true });

  function allMarked(): PageMention[] {
    const out: PageMention[] = [];
    for (const { marks } of watched.values()) out.push(...marks.marked());
    return out;
  }

  function isStillMarked(mention: PageMention): boolean {
    return marksOf(mention)?.isMarked(mention) ?? false;
  }

  /** The page's own element with focus: where a walk starts when it stands on no mention yet. */
  function focusedOnPage(): Element | null {
    const active = doc.activeElement;
    if (!active || active === doc.body || active === doc.documentElement || focusIsInCard()) return null;
    const frameActive = (active as HTMLIFrameElement).contentDocument?.activeElement;
    return active.localName === 'iframe' && frameActive && frameActive !== frameActive.ownerDocument.body ? frameActive : active;
  }

  const keyboard = {
    mentions: allMarked,
    current: () => (walk && isStillMarked(walk) ? walk : null),
    focused: focusedOnPage,
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
      if (watched.has(marks.doc)) return;
      const listening = new AbortController();
      signal.addEventListener('abort', () => listening.abort(), { once: true, signal: listening.signal });
      watched.set(marks.doc, { marks, listening });
      const view = marks.doc.defaultView as Window;
      const top = view === win;
      watchPointer(view, {
        signal: listening.signal,
        intent,
        top,
        mentionAt: (x, y) => marks.mentionAt(x, y),
        onPoint: (point) => {
          pointer = point;
        },
      });
      // Escape in the top window is the layer's own (below): it must close a card that outlives the page's marks.
      installKeyboard(view, win, { ...keyboard, onEscape: top ? undefined : keyboard.onEscape, signal: listening.signal });
    },
    unwatch(marks) {
      const entry = watched.get(marks.doc);
      if (!entry || entry.marks !== marks) return;
      // A card offering to undo turning the site off stays while the marks go.
      if (shown && marksOf(shown.mention) === marks && !holdingUndo) intent.reset();
      if (walk && marksOf(walk) === marks) walk = null;
      entry.listening.abort();
      watched.delete(marks.doc);
    },
    marksChanged() {
      if (shown && !holdingUndo && !isStillMarked(shown.mention)) intent.reset();
      if (walk && !isStillMarked(walk)) {
        marksOf(walk)?.painter.setUi('focus', null);
        walk = null;
      }
    },
    close() {
      intent.reset();
    },
    get holdingUndo() {
      return holdingUndo;
    },
    get onUndoSettled() {
      return onUndoSettled;
    },
    set onUndoSettled(callback) {
      onUndoSettled = callback;
    },
    destroy() {
      intent.reset();
      if (walk) marksOf(walk)?.painter.setUi('focus', null);
      walk = null;
      for (const { listening } of watched.values()) listening.abort();
      watched.clear();
    },
  };
}

/** The number the marked words carry ("29 survivors"), for the card to set beside the sources' own. */
function pageFigureOf(mention: PageMention, card: CardData): PageFigure | null {
  const value = mention.found.number;
  const measure = card.figures[0]?.measure;
  return value === undefined || measure === undefined ? null : { measure, value };
}
