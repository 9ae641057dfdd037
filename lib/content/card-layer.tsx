/**
 * The cards on a page: one shadow-root host, one hover-intent machine, and the wiring between the reader's
 * pointer and keys, the marks, and the card cache. DOM and Preact only; what a card says comes from the cache
 * and what "turn off on this site" does is the caller's.
 *
 * Page-facing choices:
 * - Listeners sit on the window in the capture phase (card-triggers.ts, keyboard-nav.ts), so a page that stops
 *   propagation cannot blind them.
 * - The page's `title` tooltip is moved aside while a card shows (title-tooltip.ts), so the two never stack.
 * - The shown mark carries `data-sourcelight-active` (its stronger look, see mark-armour.ts) only while shown.
 */
import { Card, type CardProps } from '../ui/Card';
import { CARD_CSS } from '../ui/card-style';
import { placeCard, type Point } from '../ui/place';
import { ShadowHost } from '../ui/shadow-host';
import { markOf, watchCard, watchMarks } from '../page/card-triggers';
import { HoverIntent, type HideReason } from '../page/hover-intent';
import { focusMark, installKeyboardNav } from '../page/keyboard-nav';
import { ENTITY_ATTR } from '../page/marks';
import { suppressTitle } from '../page/title-tooltip';
import type { Card as CardData } from '../facts/cards';
import type { CardCache } from './card-cache';
import { referenceFor } from './frame-reference';
import { setActive } from './mark-armour';

export interface CardLayerOptions {
  cards: CardCache;
  /** The card's own off switch (as Page Previews have): turn Sourcelight off on this site. */
  onTurnOffSite: () => void;
  /** Where quotes link (the source reader at a sentence) and what following one does: see Card's props. */
  quotes?: Pick<CardProps, 'quoteHref' | 'onOpenQuote'>;
  /** A card could not be loaded (the background did not answer). */
  onError?: (error: unknown) => void;
  /** Removes every listener; `destroy` also takes the host off the page. */
  signal: AbortSignal;
}

export interface CardLayer {
  /** The mark whose card is shown, if any. */
  readonly current: Element | null;
  /** Also open cards for marks in this (same-origin) frame's document. */
  watchFrame(frame: Window): void;
  /** Marks changed: close a card whose mark the page took away. */
  marksChanged(): void;
  /** Close the card, if one is open. */
  close(): void;
  /** Close, and take the host off the page (Sourcelight turned off, or the extension went away). */
  destroy(): void;
}

interface Shown {
  mark: Element;
  restoreTitle: () => void;
  stopPlacing: (() => void) | null;
}

export function createCardLayer(win: Window, options: CardLayerOptions): CardLayer {
  const { cards, signal } = options;
  const doc = win.document;
  const host = new ShadowHost(doc, { css: CARD_CSS, name: 'card' });
  let shown: Shown | null = null;
  let pointer: Point | undefined;

  const intent = new HoverIntent<Element>({
    prefetch(mark) {
      const entity = mark.getAttribute(ENTITY_ATTR);
      if (entity) void cards.want([entity]).catch(() => undefined);
    },
    show(mark, via) {
      shown = { mark, restoreTitle: suppressTitle(mark), stopPlacing: null };
      setActive(mark, true);
      const at = via === 'pointer' ? pointer : undefined;
      const entity = mark.getAttribute(ENTITY_ATTR) ?? '';
      const held = cards.get(entity);
      if (held !== undefined) {
        draw(mark, held, at);
        return;
      }
      cards.load(entity).then(
        (card) => {
          if (shown?.mark === mark) draw(mark, card, at);
        },
        (error: unknown) => {
          if (shown?.mark === mark) intent.reset();
          options.onError?.(error);
        },
      );
    },
    hide(mark, reason) {
      hideCard(mark, reason);
    },
  });

  function draw(mark: Element, card: CardData | null, at: Point | undefined): void {
    if (!card || !shown || shown.mark !== mark) {
      // The background knows no such entity (a lexicon newer than the fact base): nothing to show.
      if (!card) intent.reset();
      return;
    }
    host.show(
      <Card card={card} onClose={() => closeAndRefocus()} onTurnOffSite={options.onTurnOffSite} {...options.quotes} />,
    );
    shown.stopPlacing ??= placeCard(referenceFor(mark, doc), host, at);
  }

  function hideCard(mark: Element, reason: HideReason): void {
    const focusWasInCard = host.host.contains(doc.activeElement) || doc.activeElement === host.host;
    if (shown?.mark === mark) {
      shown.stopPlacing?.();
      shown.restoreTitle();
      shown = null;
    }
    setActive(mark, false);
    host.hide();
    // Escape from inside the card gives focus back to the mark it belongs to, not to the top of the page.
    if (reason === 'escape' && focusWasInCard && mark.isConnected) focusMark(mark);
  }

  function closeAndRefocus(): void {
    const mark = shown?.mark ?? null;
    const focusWasInCard = host.host.contains(doc.activeElement) || doc.activeElement === host.host;
    intent.reset();
    if (mark && focusWasInCard && mark.isConnected) focusMark(mark);
  }

  // The card follows the trust settings: a refetched card is redrawn in place.
  const stopUpdates = cards.onUpdate((entities) => {
    if (!shown) return;
    const entity = shown.mark.getAttribute(ENTITY_ATTR) ?? '';
    if (entities.includes(entity)) draw(shown.mark, cards.get(entity) ?? null, undefined);
  });
  signal.addEventListener('abort', stopUpdates, { once: true });

  function watchWindow(target: Window): void {
    watchMarks(target, intent, { signal });
    // Where the pointer entered a mark picks the line of a wrapped mark to open at. A frame's coordinates are
    // its own, not the top window's: there the card opens at the mark's first line instead.
    const own = target === win;
    const trackPointer = (event: MouseEvent): void => {
      if (markOf(event.target)) pointer = own ? { x: event.clientX, y: event.clientY } : undefined;
    };
    target.addEventListener('mouseover', trackPointer, { capture: true, signal });
  }

  watchWindow(win);
  watchCard(host.host, intent, { signal });
  installKeyboardNav(win, {
    signal,
    currentMark: () => intent.current,
    onEscape: () => intent.escape(),
    onActivate: (mark) => intent.activate(mark),
    enterCard(mark) {
      if (intent.current !== mark || !host.isShowing) return false;
      const first = host.shadowRoot.querySelector<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])');
      first?.focus();
      return first !== null;
    },
  });

  return {
    get current() {
      return intent.current;
    },
    watchFrame(frame) {
      watchWindow(frame);
    },
    marksChanged() {
      if (shown && !shown.mark.isConnected) intent.reset();
    },
    close() {
      intent.reset();
    },
    destroy() {
      intent.reset();
      host.destroy();
    },
  };
}
