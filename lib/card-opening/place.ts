/**
 * Placing the card next to a mark, inside the viewport: below by default, above when there is no room, shifted at
 * the edges, never taller than its space (the body scrolls). Floating UI does the geometry (strategy 'fixed', as
 * the host is fixed). One middleware list (`cardMiddleware`) serves `placeCard` on the real DOM (kept in place by
 * `autoUpdate`) and `layoutCard` on plain numbers, so the rules are tested without a browser.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type ClientRectObject,
  type Middleware,
  type Placement,
  type Platform,
  type ReferenceElement,
  type VirtualElement,
} from '@floating-ui/dom';

/** Gap between the mark and the card, px: reads as attached to the mark without covering its line. */
export const CARD_GAP = 8;
/** Space kept free at the viewport's edges, px, so the card's shadow and border stay visible. */
export const VIEWPORT_MARGIN = 8;
/** Tallest card, px: about two thirds of a 720 px laptop viewport, so the page stays in view around it. */
export const MAX_CARD_HEIGHT = 480;
/**
 * Shortest card, px: the header and about three lines of quote. Below this a card is useless, so in a very
 * short viewport it keeps this height and overflows rather than shrink further.
 */
export const MIN_CARD_HEIGHT = 160;
/**
 * Below the mark, aligned to its start, like Wikipedia's Page Previews. `flip` tries the other side and the other
 * alignment (the card's end under the mark's end, for a mark near the right edge) before `shift` pushes it in.
 */
export const PREFERRED_PLACEMENT: Placement = 'bottom-start';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Point, Size {}

export interface Layout extends Point {
  /** 'bottom-start' normally; 'top-…' when flipped above the mark, '…-end' when lined up with the mark's end. */
  placement: Placement;
  /** The height the card may take; its body scrolls beyond it. */
  maxHeight: number;
}

/** The card's height limit for the space a side offers. */
export function fitHeight(available: number): number {
  return Math.max(MIN_CARD_HEIGHT, Math.min(MAX_CARD_HEIGHT, Math.floor(available)));
}

/**
 * The rules, in Floating UI's order: pick the line of a wrapped mark the pointer is on (`inline`), keep a gap,
 * flip to the side with room, shift inside the viewport, then cap the height to the room on that side.
 * `applyMaxHeight` receives the cap; the caller makes the card honour it before Floating UI measures again.
 */
export function cardMiddleware(pointer: Point | undefined, applyMaxHeight: (height: number) => void): Middleware[] {
  return [
    inline(pointer),
    offset(CARD_GAP),
    flip({ padding: VIEWPORT_MARGIN }),
    shift({ padding: VIEWPORT_MARGIN }),
    size({
      padding: VIEWPORT_MARGIN,
      apply: ({ availableHeight }) => applyMaxHeight(fitHeight(availableHeight)),
    }),
  ];
}

/**
 * Where the card goes, from measurements alone: the mark's client rects (one per line it spans), the card's
 * natural size, the viewport's size, and the pointer when the card opens on hover. Pure: no DOM is read.
 */
export async function layoutCard(input: {
  anchor: readonly Rect[];
  card: Size;
  viewport: Size;
  pointer?: Point;
}): Promise<Layout> {
  let maxHeight = MAX_CARD_HEIGHT;
  const cardSize = (): Size => ({ width: input.card.width, height: Math.min(input.card.height, maxHeight) });
  const rects = input.anchor.map(clientRect);
  const reference: VirtualElement = {
    getBoundingClientRect: () => clientRect(boundingRect(input.anchor)),
    getClientRects: () => rects,
  };
  const platform: Platform = {
    getElementRects: ({ reference: ref }) => ({
      reference: rectOf(ref.getBoundingClientRect()),
      floating: { x: 0, y: 0, ...cardSize() },
    }),
    getDimensions: cardSize,
    getClippingRect: () => ({ x: 0, y: 0, ...input.viewport }),
    getClientRects: () => rects,
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    // Measurements are already relative to the viewport: there is no offset parent, document or scale to read.
    getOffsetParent: () => undefined as unknown as Window,
    getDocumentElement: () => undefined as unknown as HTMLElement,
    isElement: () => false,
    getScale: () => ({ x: 1, y: 1 }),
    isRTL: () => false,
  };
  const floating = {} as HTMLElement;
  const result = await computePosition(reference, floating, {
    strategy: 'fixed',
    placement: PREFERRED_PLACEMENT,
    middleware: cardMiddleware(input.pointer, (height) => (maxHeight = height)),
    platform,
  });
  return { x: Math.round(result.x), y: Math.round(result.y), placement: result.placement, maxHeight };
}

/** What `placeCard` moves: the fixed host, and a way to set its styles past page CSS (ShadowHost.setStyle). */
export interface Placeable {
  host: HTMLElement;
  setStyle(property: string, value: string): void;
}

/**
 * Places the card host next to `mark` and keeps it there while the page scrolls, resizes or moves the mark.
 * Returns the function that stops following (call it when the card hides). `pointer` is where the pointer was
 * when the card opened on hover; without it (keyboard) a wrapped mark's first or last line is used. `mark` may
 * be a virtual element measured in the top window (a mark inside a same-origin frame, lib/content/frames.ts).
 */
export function placeCard(mark: ReferenceElement, card: Placeable, pointer?: Point): () => void {
  let latest = 0;
  const update = (): void => {
    const run = ++latest;
    void computePosition(mark, card.host, {
      strategy: 'fixed',
      placement: PREFERRED_PLACEMENT,
      middleware: cardMiddleware(pointer, (height) => card.setStyle('--sl-max-height', `${height}px`)),
    }).then(({ x, y }) => {
      // A later update may finish first when the page scrolls quickly; only the newest one counts.
      if (run !== latest) return;
      card.setStyle('left', `${Math.round(x)}px`);
      card.setStyle('top', `${Math.round(y)}px`);
    });
  };
  return autoUpdate(mark, card.host, update);
}

function boundingRect(rects: readonly Rect[]): Rect {
  const first = rects[0];
  if (!first) return { x: 0, y: 0, width: 0, height: 0 };
  let left = first.x;
  let top = first.y;
  let right = first.x + first.width;
  let bottom = first.y + first.height;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function clientRect(r: Rect): ClientRectObject {
  return { ...r, top: r.y, left: r.x, right: r.x + r.width, bottom: r.y + r.height };
}

function rectOf(r: ClientRectObject): Rect {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}
