/**
 * Which page events open and close a card: turns the browser's pointer and focus events into HoverIntent's
 * inputs. DOM only, no extension API.
 *
 * - Listeners sit on the window in the capture phase, so a page that stops propagation on its own elements
 *   cannot blind them.
 * - `mouseover`/`mouseout` with `relatedTarget` rather than `mouseenter` per mark: one pair of listeners serves
 *   every mark, marks added later included, and moving between children of one mark (a mention across `<em>`)
 *   is no leave.
 * - A mention wrapped in several pieces (`data-sourcelight-part`) is one mark to the reader: every piece stands
 *   for its first piece, so passing from piece to piece neither closes nor switches the card.
 */
import type { HoverIntent } from './hover-intent';
import { MARK_TAG } from './elements';
import { PART_ATTR } from './marks';

type Intent = Pick<
  HoverIntent<Element>,
  'pointerEnterMark' | 'pointerLeaveMark' | 'pointerEnterCard' | 'pointerLeaveCard' | 'focusMark' | 'blurMark' | 'focusCard' | 'blurCard'
>;

/** The mark a node is in, as the first piece of its mention; null outside marks. */
export function markOf(node: EventTarget | null): Element | null {
  if (!node || !(node as Node).nodeType) return null;
  const start = (node as Node).nodeType === 1 ? (node as Element) : (node as Node).parentElement;
  const mark = start?.closest(MARK_TAG) ?? null;
  if (!mark) return null;
  const part = mark.getAttribute(PART_ATTR);
  if (part === null) return mark;
  for (const piece of Array.from(mark.ownerDocument.querySelectorAll(MARK_TAG))) {
    if (piece.getAttribute(PART_ATTR) === part) return piece;
  }
  return mark;
}

export interface CardTriggerOptions {
  /** Removes every listener when aborted. */
  signal?: AbortSignal;
}

/** Feeds pointer and focus events on marks to `intent`. */
export function watchMarks(win: Window, intent: Intent, options: CardTriggerOptions = {}): void {
  const listen = { capture: true, signal: options.signal };
  /** Calls `act` with the mark the event's target is in; with `crossing`, only when the event leaves or enters it. */
  const onMark = (type: 'mouseover' | 'mouseout' | 'focusin' | 'focusout', act: (mark: Element) => void, crossing: boolean): void =>
    win.addEventListener(
      type,
      (event) => {
        const mark = markOf(event.target);
        if (mark && (!crossing || markOf((event as MouseEvent | FocusEvent).relatedTarget) !== mark)) act(mark);
      },
      listen,
    );
  onMark('mouseover', (mark) => intent.pointerEnterMark(mark), true);
  onMark('mouseout', (mark) => intent.pointerLeaveMark(mark), true);
  // Focus on a mark (keyboard-nav.ts) or on a page link inside one (a mark may wrap a whole `<a>`): keyboard
  // parity with hover, as Page Previews open on a focused link.
  onMark('focusin', (mark) => intent.focusMark(mark), false);
  onMark('focusout', (mark) => intent.blurMark(mark), true);
}

/** Feeds pointer and focus events on the card's host to `intent`: the card stays open while the reader is on it. */
export function watchCard(host: HTMLElement, intent: Intent, options: CardTriggerOptions = {}): void {
  const listen = { signal: options.signal };
  host.addEventListener('mouseenter', () => intent.pointerEnterCard(), listen);
  host.addEventListener('mouseleave', () => intent.pointerLeaveCard(), listen);
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
