/**
 * Which page events open and close a card: turns the reader's pointer into HoverIntent's inputs. Marks are painted,
 * not elements, so nothing receives `mouseover`; the mention under the pointer is found by position (hit-test.ts),
 * once a frame at most, when the pointer moves and when the page scrolls under a resting pointer.
 *
 * Only the reader drives it: events a page script dispatches (`isTrusted` false) are ignored. Listeners sit on the
 * window in the capture phase, so a page that stops propagation cannot blind them.
 */
import type { PageMention } from '../page/mentions';
import type { HoverIntent } from './hover-intent';
import type { Point } from './place';

type Intent = Pick<HoverIntent<PageMention>, 'pointerEnterMark' | 'pointerLeaveMark' | 'pointerEnterCard' | 'pointerLeaveCard' | 'focusCard' | 'blurCard'>;

export interface PointerOptions {
  signal: AbortSignal;
  intent: Intent;
  /** The painted mention at a point of this window's viewport. */
  mentionAt(x: number, y: number): PageMention | null;
  /** Where the pointer is in the top window when it rests on a mention (null in a frame: other coordinates). */
  onPoint?: (point: Point | null) => void;
  /** Whether this window is the top one (its coordinates are the card's). */
  top: boolean;
}

/** Feeds the mention under the pointer of `win` to the intent machine. */
export function watchPointer(win: Window, options: PointerOptions): void {
  const { signal, intent } = options;
  let point: Point | null = null;
  let hovered: PageMention | null = null;
  let queued = false;

  const hitTest = (): void => {
    queued = false;
    if (signal.aborted) return;
    const under = point ? options.mentionAt(point.x, point.y) : null;
    if (under === hovered) return;
    if (hovered) intent.pointerLeaveMark(hovered);
    hovered = under;
    if (under) {
      options.onPoint?.(options.top && point ? { ...point } : null);
      intent.pointerEnterMark(under);
    }
  };
  const soon = (): void => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(hitTest);
  };
  const listen = { capture: true, passive: true, signal };

  win.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      point = { x: event.clientX, y: event.clientY };
      soon();
    },
    listen,
  );
  // Content moving under a resting pointer is the same as the pointer moving.
  win.addEventListener('scroll', () => point && soon(), listen);
  // The pointer left the window: `mouseout` towards nothing.
  win.addEventListener(
    'mouseout',
    (event) => {
      if (!event.isTrusted || event.relatedTarget !== null) return;
      point = null;
      soon();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    if (hovered) intent.pointerLeaveMark(hovered);
    hovered = null;
  });
}

/** Feeds the reader's pointer and focus on the card's host to `intent`: the card stays open while they are on it. */
export function watchCard(host: HTMLElement, intent: Intent, signal: AbortSignal): void {
  const listen = { signal };
  host.addEventListener('mouseenter', (event) => event.isTrusted && intent.pointerEnterCard(), listen);
  host.addEventListener('mouseleave', (event) => event.isTrusted && intent.pointerLeaveCard(), listen);
  host.addEventListener('focusin', () => intent.focusCard(), listen);
  host.addEventListener(
    'focusout',
    (event) => {
      // Focus moving between controls inside the card is no leave.
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (!next || !host.contains(next)) intent.blurCard();
    },
    listen,
  );
}
