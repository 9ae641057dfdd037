/**
 * Scanning a page: read its text contexts, run the matcher over each, mark the mentions — in small chunks, so
 * a long page never freezes scrolling or typing, and contexts near the viewport first, so what the reader sees
 * is marked before what they may never scroll to.
 *
 * The matcher is a parameter (`match`), not an import: lib/page knows nothing of how mentions are found.
 */

import { isStale, walkContexts, type TextContext } from './contexts';
import {
  closestBlock,
  isBlockTag,
  isReadable,
  MARK_TAG,
  neverHidden,
  styleHiddenCheck,
  type BlockCheck,
  type HiddenCheck,
} from './elements';
import { markContext, markMaker, marksOfBlock, unmark, type MentionSpan } from './marks';

/**
 * Script time per reading chunk before yielding to the event loop. Reading writes nothing, so the frames
 * between reading chunks cost the browser nothing to render; the budget only bounds how long a key press or a
 * scroll waits: 12 ms is under a 60 Hz frame (16.7 ms) and a quarter of RAIL's 50 ms input budget, which also
 * defines a "long task". A chunk may overrun by one context (one paragraph's walk and match, well under 1 ms).
 */
export const CHUNK_BUDGET_MS = 12;

/**
 * Script time per writing chunk. Every chunk of writes is followed, sooner or later, by a frame that lays out
 * and paints what changed; Chromium renders about every 100 ms of back-to-back tasks, so the chunk size hardly
 * changes how many frames a scan costs. What it bounds is the task: the page's own mutation observers answer a
 * chunk's writes in the same task (the bench page's probe does), and a major garbage collection may fall into it,
 * 30-34 ms on the 5 MB bench page (a page of 220,000 nodes). 10 ms leaves room for both under 50.
 */
export const WRITE_BUDGET_MS = 10;

/**
 * "Near the viewport": within this many viewport heights above or below it. One screen ahead covers a
 * flick-scroll, so the text a reader reaches next is marked by the time they get there.
 */
export const NEAR_VIEWPORT_SCREENS = 1;

/** Finds mentions in one context's text; offsets are into that text. */
export type MatchFn = (text: string) => readonly MentionSpan[];

/** Part of a page to (re)scan; marks already in it are removed first, so a rescan equals a fresh scan. */
export interface ScanUnit {
  root: Node;
  /** Only the root block's own text (a paragraph whose inline content changed), not blocks nested in it. */
  shallow?: boolean;
  /** Only blocks nested inside the root (an inline element added to a paragraph that is rescanned on its own). */
  nestedOnly?: boolean;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Milliseconds of reading per chunk; default CHUNK_BUDGET_MS. */
  budgetMs?: number;
  /** Milliseconds of writing per chunk; default WRITE_BUDGET_MS. */
  writeBudgetMs?: number;
  /** Default: by the block's bounding box (viewportPlace). */
  placeInViewport?: (block: Element) => ViewportPlace;
  /** Default: computed style (styleHiddenCheck). */
  isHidden?: HiddenCheck;
  isBlock?: BlockCheck;
  /** Blocks never marked (the observer gives up on blocks whose page keeps removing our marks). */
  skipBlock?: (block: Element) => boolean;
  /** Finishes each new mark's template before any mark is cloned from it (see markMaker). */
  prepareMark?: (mark: Element) => void;
  /** Runs each synchronous DOM write; the observer wraps writes so that they cause no mutation records. */
  write?: (apply: () => void) => void;
  /** Default: yieldToEventLoop. */
  yieldToEventLoop?: () => Promise<unknown>;
  now?: () => number;
}

export interface ScanSummary {
  contexts: number;
  mentions: number;
  marks: number;
  /** The entities of the marks this scan made. */
  entities: Set<string>;
  /** Contexts the page changed between reading and marking; the observer sees that change and rescans them. */
  stale: number;
  chunks: number;
  aborted: boolean;
  elapsedMs: number;
}

interface Scheduler {
  postTask?: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
  yield?: () => Promise<unknown>;
}

/**
 * Lets the event loop run (input, the page's own tasks, rendering) before going on. The continuation is a
 * 'user-blocking' task where the Prioritized Task Scheduling API exists (Chrome 94+): the browser still takes
 * input first, but renders less often between chunks, and on a long page every rendering costs a fixed part on
 * top of what changed (measured on the 5 MB bench page: 8 frames instead of 11 while marking, 2.1 s instead of
 * 2.5 s). Else `scheduler.yield()`, else a zero-delay timer.
 */
export function yieldToEventLoop(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-blocking' });
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a block is relative to the viewport: within NEAR_VIEWPORT_SCREENS of it, or beyond that above or below. */
export type ViewportPlace = 'above' | 'near' | 'below';

/** Places blocks by their bounding box; reads layout, so the scanner calls it only before its first write. */
export function viewportPlace(view: Pick<Window, 'innerHeight'>): (block: Element) => ViewportPlace {
  return (block) => {
    const rect = block.getBoundingClientRect();
    const margin = view.innerHeight * NEAR_VIEWPORT_SCREENS;
    if (rect.bottom < -margin) return 'above';
    return rect.top > view.innerHeight + margin ? 'below' : 'near';
  };
}

function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument as Document);
}

/** Scans everything under `root` (a document or an element). */
export function scan(root: Node, match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  return scanUnits([{ root }], match, options);
}

/** A context the matcher found mentions in, waiting to be marked. */
interface Found {
  context: TextContext;
  mentions: readonly MentionSpan[];
}

/**
 * Scans `units` in two passes. Reading: remove old marks of each unit, walk its contexts and match each one,
 * noting where each context with mentions lies relative to the viewport (bounding boxes, read while nothing has
 * been written, so they force no layout). Reading writes nothing, so the frames between its chunks cost the
 * browser nothing. Marking: the contexts near the viewport first — as soon as reading has passed below the
 * viewport, so the reader sees marks before a long page is read to the end — then the rest, in few chunks of
 * WRITE_BUDGET_MS, skipping contexts the page changed meanwhile. Both passes yield to the event loop whenever
 * their chunk budget is spent, and stop as soon as `signal` aborts.
 */
export async function scanUnits(units: readonly ScanUnit[], match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  const now = options.now ?? (() => performance.now());
  const readBudget = options.budgetMs ?? CHUNK_BUDGET_MS;
  const writeBudget = options.writeBudgetMs ?? WRITE_BUDGET_MS;
  const yieldNow = options.yieldToEventLoop ?? yieldToEventLoop;
  const write = options.write ?? ((apply) => apply());
  const isBlock = options.isBlock ?? isBlockTag;
  const view = units[0] ? documentOf(units[0].root).defaultView : null;
  const isHidden = options.isHidden ?? (view ? styleHiddenCheck(view) : neverHidden);
  const placeOf = options.placeInViewport ?? (view ? viewportPlace(view) : () => 'near' as const);
  const signal = options.signal;
  const make = markMaker(options.prepareMark);

  const started = now();
  const summary: ScanSummary = {
    contexts: 0,
    mentions: 0,
    marks: 0,
    entities: new Set(),
    stale: 0,
    chunks: 1,
    aborted: false,
    elapsedMs: 0,
  };
  let chunkStart = started;
  const spent = (budget: number): boolean => now() - chunkStart >= budget;
  // Yields when the budget is spent; returns false once aborted.
  const keepGoing = async (budget: number): Promise<boolean> => {
    if (spent(budget)) {
      await yieldNow();
      summary.chunks++;
      chunkStart = now();
    }
    return !signal?.aborted;
  };
  const finish = (): ScanSummary => {
    summary.aborted = signal?.aborted ?? false;
    summary.elapsedMs = now() - started;
    return summary;
  };

  const near: Found[] = [];
  const far: Found[] = [];
  // Once the near contexts are marked, layout is dirty: no more bounding boxes (each would force a layout).
  let nearMarked = false;
  const placeByBlock = new Map<Element, ViewportPlace>();
  for (const unit of units) {
    if (signal?.aborted) return finish();
    if (!unit.root.isConnected || !isReadable(unit.root, { isHidden, isBlock })) continue;
    const old = oldMarks(unit, isBlock);
    if (old.length > 0) write(() => unmark(old));
    const walk = walkContexts(unit.root, { ...unit, isHidden, isBlock, skipBlock: options.skipBlock });
    for (const context of walk) {
      if (context) {
        summary.contexts++;
        const mentions = match(context.text);
        if (mentions.length > 0) {
          const item = { context, mentions };
          if (nearMarked) far.push(item);
          else {
            const block = context.block;
            let place = placeByBlock.get(block);
            if (place === undefined) placeByBlock.set(block, (place = placeOf(block)));
            (place === 'near' ? near : far).push(item);
            // Reading has gone past the viewport (pages run top to bottom): show the reader's marks now.
            if (place === 'below' && near.length > 0) {
              if (!(await markAll(near))) return finish();
              nearMarked = true;
            }
          }
        }
      }
      if (!(await keepGoing(readBudget))) return finish();
    }
  }
  if (!nearMarked && !(await markAll(near))) return finish();
  await markAll(far);
  return finish();

  /**
   * Marks `list` in chunks of WRITE_BUDGET_MS, starting in a fresh task so that writing never adds to what a
   * reading chunk already spent. Returns false once aborted.
   */
  async function markAll(list: readonly Found[]): Promise<boolean> {
    chunkStart = Number.NEGATIVE_INFINITY;
    let next = 0;
    while (next < list.length) {
      if (!(await keepGoing(writeBudget))) return false;
      write(() => {
        do next = markFound(list[next] as Found, next);
        while (next < list.length && !spent(writeBudget));
      });
    }
    return true;
  }

  /** Marks one context (unless the page changed it); returns the index of the next. */
  function markFound({ context, mentions }: Found, index: number): number {
    if (isStale(context)) summary.stale++;
    else {
      const result = markContext(context, mentions, make);
      summary.mentions += result.mentions;
      summary.marks += result.marks.length;
      for (const entity of result.entities) summary.entities.add(entity);
    }
    return index + 1;
  }
}

/** Marks a unit's rescan replaces: those whose text belongs to the contexts the unit covers. */
function oldMarks(unit: ScanUnit, isBlock: BlockCheck): Element[] {
  const root = unit.root.nodeType === 9 ? (unit.root as Document).documentElement : (unit.root as Element);
  if (!root) return [];
  if (unit.shallow) return marksOfBlock(root, isBlock);
  const all = Array.from(root.querySelectorAll(MARK_TAG));
  if (!unit.nestedOnly) return all;
  const own = closestBlock(root, isBlock);
  return all.filter((mark) => closestBlock(mark, isBlock) !== own);
}
