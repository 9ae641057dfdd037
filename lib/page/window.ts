/**
 * Which marked mentions are painted: those of blocks near the viewport. Every DOM change makes the browser
 * re-check every registered range, so a long page keeps only a few screens registered and swaps them on scroll.
 * The window is found by geometry at most once a frame: a binary search in the blocks (document order follows the
 * page's flow), then the blocks after it until a few lie beyond. Not an IntersectionObserver: observing thousands
 * of blocks slows the page's own DOM edits (docs/performance.md). A block with many mentions is windowed inside too.
 */
import type { PageMention } from './mentions';
import type { Painter } from './paint';

/**
 * How far above and below the viewport mentions are painted, in viewport heights. The contract outside checks rely
 * on is two; half a screen more lets a flick-scroll land on painted marks.
 */
export const NEAR_SCREENS = 2.5;
/** Beyond this many marked mentions a block is windowed mention by mention rather than as a whole. */
export const LARGE_BLOCK_MENTIONS = 64;
/**
 * Blocks read on past the last near one, and before the first: where the page's flow and its document order
 * disagree a little (a float, a pull quote, a second column), the near blocks are still found.
 */
export const SLACK_BLOCKS = 12;

export interface Extent {
  top: number;
  bottom: number;
}

export interface WindowOptions {
  painter: Painter;
  /** The blocks that may hold marks, in document order. */
  blocks(): readonly Element[];
  /** The marked mentions of a block, in text order. */
  marked(block: Element): readonly PageMention[];
  /** Runs `work` before the next frame is painted (requestAnimationFrame); injectable for tests. */
  beforeFrame?: (work: () => void) => void;
  /** A block's vertical extent in the viewport. */
  extentOfBlock?: (block: Element) => Extent | null;
  /** A mention's vertical extent in the viewport, for windowing a large block. */
  extentOf?: (mention: PageMention) => Extent | null;
  viewportHeight?: () => number;
}

export interface MarkWindow {
  /** A block's marked mentions changed (`moved`: found again elsewhere): paint what is near, take off the rest. */
  update(block: Element, moved?: readonly PageMention[]): void;
  /** The block holds no marked mention any more. */
  forget(block: Element): void;
  /** The reader scrolled, the window resized, or the page's layout may have moved: find the window again. */
  moved(): void;
  /** The mentions painted now. */
  painted(): Generator<PageMention>;
  isNear(block: Element): boolean;
  stop(): void;
}

export function createWindow(doc: Document, options: WindowOptions): MarkWindow {
  const { painter } = options;
  const view = doc.defaultView as Window & typeof globalThis;
  const viewportHeight = options.viewportHeight ?? (() => view.innerHeight);
  const extentOf = options.extentOf ?? rangeExtent(doc);
  const extentOfBlock = options.extentOfBlock ?? ((block: Element) => boxExtent(block));
  const beforeFrame = options.beforeFrame ?? ((work: () => void) => void view.requestAnimationFrame(work));
  let near = new Set<Element>();
  const painted = new Map<Element, Set<PageMention>>();
  let queued = false;
  let stopped = false;

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
    const { top, bottom } = band();
    const first = firstIndex(marked, (m) => (extentOf(m)?.bottom ?? Number.NEGATIVE_INFINITY) >= top);
    const last = firstIndex(marked, (m) => (extentOf(m)?.top ?? Number.NEGATIVE_INFINITY) > bottom);
    return marked.slice(first, Math.max(first, last));
  }

  /** The stretch of the viewport's coordinates that counts as near. */
  function band(): Extent {
    const height = viewportHeight();
    return { top: -height * NEAR_SCREENS, bottom: height * (1 + NEAR_SCREENS) };
  }

  /** The blocks near the viewport now. */
  function findNear(): Set<Element> {
    const blocks = options.blocks();
    const { top, bottom } = band();
    const found = new Set<Element>();
    const isNear = (extent: Extent | null): boolean => extent !== null && extent.bottom >= top && extent.top <= bottom;
    const start = firstIndex(blocks, (b) => (extentOfBlock(b)?.bottom ?? Number.NEGATIVE_INFINITY) >= top);
    for (let i = start, beyond = 0; i < blocks.length && beyond <= SLACK_BLOCKS; i++) {
      const block = blocks[i] as Element;
      if (isNear(extentOfBlock(block))) {
        found.add(block);
        beyond = 0;
      } else beyond++;
    }
    for (let i = start - 1; i >= 0 && i >= start - SLACK_BLOCKS; i--) {
      const block = blocks[i] as Element;
      if (isNear(extentOfBlock(block))) found.add(block);
    }
    return found;
  }

  function refresh(): void {
    queued = false;
    if (stopped) return;
    const next = findNear();
    const changed = new Set<Element>();
    for (const block of near) if (!next.has(block)) changed.add(block);
    for (const block of next) if (!near.has(block) || options.marked(block).length > LARGE_BLOCK_MENTIONS) changed.add(block);
    near = next;
    for (const block of changed) paintBlock(block);
  }

  function soon(): void {
    if (queued || stopped) return;
    queued = true;
    beforeFrame(refresh);
  }

  return {
    update(block, moved) {
      if (near.has(block)) paintBlock(block, moved);
      // A new block may be near, or a changed one may have moved the blocks after it.
      soon();
    },
    forget(block) {
      near.delete(block);
      const gone = painted.get(block);
      if (gone) painter.hide(gone);
      painted.delete(block);
      soon();
    },
    moved: soon,
    *painted() {
      for (const mentions of painted.values()) yield* mentions;
    },
    isNear: (block) => near.has(block),
    stop() {
      stopped = true;
      for (const mentions of painted.values()) painter.hide(mentions);
      painted.clear();
      near.clear();
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

/** A block's extent; none for one not rendered (display: none, or taken out of the page). */
function boxExtent(block: Element): Extent | null {
  if (!block.isConnected) return null;
  const box = block.getBoundingClientRect();
  return box.width === 0 && box.height === 0 ? null : { top: box.top, bottom: box.bottom };
}

/**
 * Measures a mention with one live Range, moved back to the document's start after each use, where the page's own
 * edits do not concern it.
 */
function rangeExtent(doc: Document): (m: PageMention) => Extent | null {
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
