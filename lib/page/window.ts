/**
 * Which marked mentions are painted: those of blocks near the viewport. Every DOM change the page makes has the
 * browser re-check every registered range (a one-character edit cost 165-185 ms with 16,000 registered here), so a
 * long page keeps only a few screens registered and swaps them as the reader scrolls.
 *
 * An IntersectionObserver watches each block that holds marked mentions, with a margin of NEAR_SCREENS viewport
 * heights above and below. A block with many mentions (one huge text node, say) is windowed inside too: only the
 * mentions whose boxes lie within the margin are painted, looked up by binary search as the reader scrolls.
 */
import type { PageMention } from './mentions';
import type { Painter } from './paint';

/**
 * How far above and below the viewport mentions are painted, in viewport heights. The contract outside checks rely
 * on is two; half a screen more lets a flick-scroll land on painted marks before the observer reports.
 */
export const NEAR_SCREENS = 2.5;
/** Beyond this many marked mentions a block is windowed mention by mention rather than as a whole. */
export const LARGE_BLOCK_MENTIONS = 64;

export interface WindowOptions {
  painter: Painter;
  /** The marked mentions of a block, in text order. */
  marked(block: Element): readonly PageMention[];
  /** Makes the observer (the frame's own constructor for a frame's document); injectable for tests. */
  observe?: (callback: (entries: { target: Element; isIntersecting: boolean }[]) => void, marginScreens: number) => BlockObserver;
  /** A mention's vertical extent in the viewport, for windowing a large block. */
  extentOf?: (mention: PageMention) => { top: number; bottom: number } | null;
  viewportHeight?: () => number;
}

export interface BlockObserver {
  observe(block: Element): void;
  unobserve(block: Element): void;
  disconnect(): void;
}

export interface MarkWindow {
  /** A block's marked mentions changed: paint what is near, take off what is not marked any more. */
  update(block: Element, moved?: readonly PageMention[]): void;
  /** The block holds no marked mention any more. */
  forget(block: Element): void;
  /** The reader scrolled: re-window the large blocks near the viewport. */
  scrolled(): void;
  isNear(block: Element): boolean;
  stop(): void;
}

export function createWindow(doc: Document, options: WindowOptions): MarkWindow {
  const { painter } = options;
  const view = doc.defaultView as Window & typeof globalThis;
  const viewportHeight = options.viewportHeight ?? (() => view.innerHeight);
  const extentOf = options.extentOf ?? rangeExtent(doc);
  const near = new Set<Element>();
  const watched = new Set<Element>();
  const painted = new Map<Element, Set<PageMention>>();

  const observer = (options.observe ?? intersectionObserver(view))((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!watched.has(target)) continue;
      if (isIntersecting) near.add(target);
      else near.delete(target);
      paintBlock(target);
    }
  }, NEAR_SCREENS);

  /** Paints exactly what of `block` should be: its marked mentions while it is near (windowed if large). */
  function paintBlock(block: Element, moved: readonly PageMention[] = []): void {
    const before = painted.get(block) ?? new Set<PageMention>();
    const want = near.has(block) ? wanted(options.marked(block)) : [];
    const next = new Set(want);
    const off = [...before].filter((m) => !next.has(m));
    const on = want.filter((m) => !before.has(m));
    const again = moved.filter((m) => before.has(m) && next.has(m));
    if (off.length > 0) painter.hide(off);
    if (on.length > 0 || again.length > 0) painter.show([...on, ...again]);
    if (next.size > 0) painted.set(block, next);
    else painted.delete(block);
  }

  function wanted(marked: readonly PageMention[]): readonly PageMention[] {
    if (marked.length <= LARGE_BLOCK_MENTIONS) return marked;
    const height = viewportHeight();
    const margin = height * NEAR_SCREENS;
    const first = firstIndex(marked, (m) => (extentOf(m)?.bottom ?? Number.NEGATIVE_INFINITY) >= -margin);
    const last = firstIndex(marked, (m) => (extentOf(m)?.top ?? Number.NEGATIVE_INFINITY) > height + margin);
    return marked.slice(first, Math.max(first, last));
  }

  return {
    update(block, moved) {
      if (!watched.has(block)) {
        watched.add(block);
        observer.observe(block);
        // The observer reports its first answer at the next frame; until then the block is not near.
        return;
      }
      paintBlock(block, moved);
    },
    forget(block) {
      if (!watched.delete(block)) return;
      observer.unobserve(block);
      near.delete(block);
      const gone = painted.get(block);
      if (gone) painter.hide(gone);
      painted.delete(block);
    },
    scrolled() {
      for (const block of near) if (options.marked(block).length > LARGE_BLOCK_MENTIONS) paintBlock(block);
    },
    isNear: (block) => near.has(block),
    stop() {
      observer.disconnect();
      for (const mentions of painted.values()) painter.hide(mentions);
      painted.clear();
      near.clear();
      watched.clear();
    },
  };
}

/** The first index for which `test` holds, for a `test` false then true along the list (binary search). */
function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function intersectionObserver(view: Window & typeof globalThis): NonNullable<WindowOptions['observe']> {
  return (callback, screens) => {
    const percent = `${Math.round(screens * 100)}%`;
    return new view.IntersectionObserver((entries) => callback(entries), { rootMargin: `${percent} 0px ${percent} 0px` });
  };
}

/**
 * Measures a mention with one live Range, moved back to the document's start after each use, where the page's own
 * edits do not concern it.
 */
function rangeExtent(doc: Document): (m: PageMention) => { top: number; bottom: number } | null {
  const range = doc.createRange();
  return (m) => {
    try {
      range.setStart(m.startNode, m.startOffset);
      range.setEnd(m.endNode, m.endOffset);
      const box = range.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    } catch {
      return null;
    } finally {
      range.setStart(doc, 0);
      range.collapse(true);
    }
  };
}
