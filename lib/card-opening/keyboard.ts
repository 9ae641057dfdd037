/**
 * Walking the marked mentions from the keyboard: each step paints the focus highlight, scrolls the mention into
 * view and opens its card; Escape gives focus back. Mentions are no tab stops, so Tab still walks the page.
 * Alt+Shift+ArrowDown/Up because no browser or screen reader binds them (plain arrows scroll and drive browse
 * mode, Alt+Left/Right navigate, Alt+Down opens a select, Ctrl+Alt is VoiceOver's). Ignored: keys in text fields
 * (macOS selects by paragraph with them) and events a page script dispatches (`isTrusted` false).
 */
import { isEditable } from '../page/elements';
import type { PageMention } from '../page/mentions';

export type Direction = 'next' | 'previous';

/** The walk a key press asks for, or null. Pure, for tests and for documentation of the keys. */
export function navDirection(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): Direction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  return null;
}

export interface Extent {
  top: number;
  bottom: number;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Where the walk goes in `list` (document order): from `current`, the mention it stands on; else from `focused`, an
 * element of the page the reader moved focus to (the mention after it, or before it going up); else from the
 * viewport: going down, the first mention whose top is in or below it; going up, the last whose bottom is in or
 * above it. Null at either end (no wrapping: the page would jump).
 */
export function stepFrom(
  list: readonly PageMention[],
  from: { current: PageMention | null; focused: Element | null },
  direction: Direction,
  viewport: { extentOf: (m: PageMention) => Extent | null; height: number },
): PageMention | null {
  const at = from.current ? list.indexOf(from.current) : -1;
  if (at >= 0) return list[direction === 'next' ? at + 1 : at - 1] ?? null;
  const focused = from.focused;
  if (focused) {
    const sameDocument = list.filter((m) => m.startNode.ownerDocument === focused.ownerDocument && !focused.contains(m.startNode));
    if (direction === 'next') return sameDocument.find((m) => (focused.compareDocumentPosition(m.startNode) & FOLLOWING) !== 0) ?? null;
    return sameDocument.findLast((m) => (focused.compareDocumentPosition(m.startNode) & PRECEDING) !== 0) ?? null;
  }
  if (direction === 'next') return list.find((m) => (viewport.extentOf(m)?.top ?? -1) >= 0) ?? null;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as PageMention;
    const extent = viewport.extentOf(m);
    if (extent && extent.bottom <= viewport.height) return m;
  }
  return null;
}

export interface KeyboardOptions {
  signal: AbortSignal;
  /** The marked mentions, in document order. */
  mentions(): PageMention[];
  /** The mention the walk stands on, if it still does. */
  current(): PageMention | null;
  /** The page element that has focus, if one does (not the body, not our card). */
  focused(): Element | null;
  /** Takes the walk to `mention`. */
  walkTo(mention: PageMention): void;
  /** Escape: closes the card; true if one was open (the key then stops here). Default: left to the page. */
  onEscape?(): boolean;
  /** A mention's extent in the top window's viewport, and that viewport's height. */
  extentOf(mention: PageMention): Extent | null;
}

/** Listens for the keys above on `win` (the top window or a frame's) in the capture phase. */
export function installKeyboard(win: Window, top: Window, options: KeyboardOptions): void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      if (options.onEscape?.()) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const direction = navDirection(event);
    if (!direction || isEditable((event.composedPath()[0] ?? event.target) as Element | null)) return;
    event.preventDefault();
    event.stopPropagation();
    const next = stepFrom(options.mentions(), { current: options.current(), focused: options.focused() }, direction, {
      extentOf: options.extentOf,
      height: top.innerHeight,
    });
    if (next) options.walkTo(next);
  };
  win.addEventListener('keydown', onKeyDown, { capture: true, signal: options.signal });
}
