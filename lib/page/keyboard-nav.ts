/**
 * Moving between mentions from the keyboard without making every mention a tab stop (a news page can hold a
 * hundred; Tab must keep reaching the page's own links and controls).
 *
 * Keys: Alt+Shift+ArrowDown (next mention) and Alt+Shift+ArrowUp (previous). Why these:
 * - Plain arrows scroll, and screen readers in browse mode use arrows and single letters (NVDA, JAWS), so
 *   anything unmodified is taken.
 * - Alt+ArrowLeft/Right are Back/Forward in every browser; Alt+ArrowDown opens a select; Ctrl+Alt (with or
 *   without Shift) is VoiceOver's modifier and Ctrl+Alt+arrows switch workspaces on Linux desktops; Insert and
 *   CapsLock combinations belong to NVDA and JAWS. Alt+Shift+ArrowUp/Down is bound by none of Chrome, Firefox,
 *   Edge, NVDA, JAWS or VoiceOver.
 * - In text fields Option+Shift+ArrowUp/Down selects by paragraph on macOS, so keys typed in editable content are
 *   left alone.
 *
 * The mark being focused gets `tabindex="-1"` (focusable by script, not a tab stop) only while it has focus.
 * Focus then opens its card through the ordinary focus wiring (HoverIntent.focusMark).
 *
 * While focus is on a mark whose card is open, Tab moves into the card (`enterCard`), so its links and buttons
 * are reachable; Escape closes it (`onEscape`); Enter reopens a card closed with Escape (`onActivate`).
 */
import { MARK_TAG } from './elements';
import { PART_ATTR } from './marks';

export type Direction = 'next' | 'previous';

/** The navigation a key press asks for, or null. Pure, for tests and for documentation of the keys. */
export function navDirection(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): Direction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  return null;
}

export interface MentionOptions {
  /** Whether a mark can be seen (and so focused). Default: `checkVisibility()` where the browser has it. */
  isVisible?: (mark: Element) => boolean;
}

const defaultVisible = (mark: Element): boolean =>
  typeof mark.checkVisibility === 'function' ? mark.checkVisibility() : mark.getClientRects().length > 0;

/**
 * One mark per mention, in document order: a mention wrapped in several pieces counts once (its first piece),
 * and marks the page hid are skipped (focusing them would do nothing).
 */
export function mentionMarks(root: ParentNode, options: MentionOptions = {}): Element[] {
  const isVisible = options.isVisible ?? defaultVisible;
  const marks: Element[] = [];
  const seenParts = new Set<string>();
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const part = mark.getAttribute(PART_ATTR);
    if (part !== null) {
      if (seenParts.has(part)) continue;
      seenParts.add(part);
    }
    if (isVisible(mark)) marks.push(mark);
  }
  return marks;
}

/** The mark after (or before) `from` in document order; null at the end (no wrapping: the page would jump). */
export function markFrom(marks: readonly Element[], from: Node, direction: Direction): Element | null {
  if (direction === 'next') {
    for (const mark of marks) {
      if (mark !== from && from.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) return mark;
    }
    return null;
  }
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    if (mark === from || mark.contains(from)) continue;
    if (from.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_PRECEDING) return mark;
  }
  return null;
}

/**
 * The mark to start from when nothing has focus: going down, the first mark whose top is in or below the
 * viewport; going up, the last mark whose bottom is in or above it. So the first press lands on what the reader
 * is looking at. Pure: takes each mark's vertical extent and the viewport's height.
 */
export function markFromViewport(
  extents: readonly { top: number; bottom: number }[],
  viewportHeight: number,
  direction: Direction,
): number {
  if (direction === 'next') return extents.findIndex((e) => e.top >= 0);
  for (let i = extents.length - 1; i >= 0; i--) if (extents[i]!.bottom <= viewportHeight) return i;
  return -1;
}

/** Focuses `mark` without making it a tab stop, and scrolls it to the middle of the view. */
export function focusMark(mark: Element): boolean {
  const element = mark as HTMLElement;
  const added = !element.hasAttribute('tabindex');
  if (added) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
  if (element.ownerDocument.activeElement !== element) {
    if (added) element.removeAttribute('tabindex');
    return false;
  }
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}

export interface KeyboardNavOptions extends MentionOptions {
  /** The mark whose card is shown, used as the starting point while focus is inside the card. */
  currentMark?: () => Element | null;
  /** Tab on a focused mark: move focus into its open card. Return true if it did (the Tab is then ours). */
  enterCard?: (mark: Element) => boolean;
  /** Escape anywhere: close the card. Return true if one was open (the key then stops here). */
  onEscape?: () => boolean;
  /** Enter on a focused mark: open its card now. */
  onActivate?: (mark: Element) => void;
  /** Removes the listener when aborted (content script teardown). */
  signal?: AbortSignal;
}

/**
 * Listens for the keys above on `win` in the capture phase, before the page's own handlers can swallow them.
 * Returns the function that moves focus (also what the key does), for callers with a button or a command.
 */
export function installKeyboardNav(win: Window, options: KeyboardNavOptions = {}): (direction: Direction) => Element | null {
  const doc = win.document;

  const move = (direction: Direction): Element | null => {
    const marks = mentionMarks(doc, options);
    let target: Element | null;
    const from = startingPoint();
    if (from) {
      target = markFrom(marks, from, direction);
    } else {
      const extents = marks.map((m) => m.getBoundingClientRect());
      target = marks[markFromViewport(extents, win.innerHeight, direction)] ?? null;
    }
    if (!target) return null;
    return focusMark(target) ? target : null;
  };

  /** The focused element, the card's mark when focus is in our UI, or null when nothing has focus. */
  const startingPoint = (): Node | null => {
    const active = doc.activeElement;
    if (!active || active === doc.body || active === doc.documentElement) return null;
    if (isOurUi(active)) return options.currentMark?.() ?? null;
    return active;
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    if (event.key === 'Escape') {
      if (options.onEscape?.()) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (isEditable(target)) return;
    const direction = navDirection(event);
    if (direction) {
      event.preventDefault();
      move(direction);
      return;
    }
    const focused = doc.activeElement;
    if (!focused || focused.localName !== MARK_TAG || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Tab' && !event.shiftKey && options.enterCard?.(focused)) event.preventDefault();
    else if (event.key === 'Enter' && options.onActivate) {
      event.preventDefault();
      options.onActivate(focused);
    }
  };

  win.addEventListener('keydown', onKeyDown, { capture: true, signal: options.signal });
  return move;
}

function isOurUi(element: Element): boolean {
  return element.hasAttribute('data-sourcelight-ui') || element.localName.startsWith('sourcelight-card');
}

function isEditable(element: Element | null): boolean {
  if (!element || element.nodeType !== 1) return false;
  const tag = element.localName;
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  return (element as HTMLElement).isContentEditable === true;
}
