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
 * Script time per chunk before yielding to the event loop. A task over 50 ms is a "long task" (Long Tasks API,
 * RAIL's 50 ms input-response budget), and a 60 Hz frame lasts 16.7 ms of which the browser needs several for
 * style, layout and paint; 8 ms — half a frame — keeps scrolling smooth and leaves room for the page's own
 * scripts. A chunk may overrun by one context (one paragraph's match and marks, typically well under 1 ms).
 */
export const CHUNK_BUDGET_MS = 8;

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
  /** Milliseconds of work per chunk; default CHUNK_BUDGET_MS. */
  budgetMs?: number;
  /** Default: the block's bounding box within NEAR_VIEWPORT_SCREENS of the window's viewport. */
  isNearViewport?: (block: Element) => boolean;
  /** Default: computed style, cached for this scan (styleHiddenCheck). */
  isHidden?: HiddenCheck;
  isBlock?: BlockCheck;
  /** Blocks never marked (the observer gives up on blocks whose page keeps removing our marks). */
  skipBlock?: (block: Element) => boolean;
  /** Finishes each new mark's template before any mark is cloned from it (see markMaker). */
  prepareMark?: (mark: Element) => void;
  /** Runs each synchronous DOM write; the observer wraps writes so that they cause no mutation records. */
  write?: (apply: () => void) => void;
  /** Default: `scheduler.yield()` where it exists (Chrome 129+), else a zero-delay timer. */
  yieldToEventLoop?: () => Promise<unknown>;
  now?: () => number;
}

export interface ScanSummary {
  contexts: number;
  mentions: number;
  marks: number;
  /** Contexts the page changed between reading and marking; the observer sees that change and rescans them. */
  stale: number;
  chunks: number;
  aborted: boolean;
  elapsedMs: number;
}

function defaultYield(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A near-viewport check by bounding box; reads layout, so the scanner calls it only before its first write. */
export function viewportCheck(view: Pick<Window, 'innerHeight'>): (block: Element) => boolean {
  return (block) => {
    const rect = block.getBoundingClientRect();
    const margin = view.innerHeight * NEAR_VIEWPORT_SCREENS;
    return rect.bottom >= -margin && rect.top <= view.innerHeight + margin;
  };
}

function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument as Document);
}

/** Scans everything under `root` (a document or an element). */
export function scan(root: Node, match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  return scanUnits([{ root }], match, options);
}

/**
 * Scans `units` in two passes. Reading: remove old marks of each unit, walk its contexts, sort near-viewport
 * ones first — all reads of layout happen here, before any mark is written, so the browser lays out once.
 * Marking: match and mark each context, skipping those the page changed meanwhile. Both passes yield to the
 * event loop whenever the chunk budget is spent, and stop as soon as `signal` aborts.
 */
export async function scanUnits(units: readonly ScanUnit[], match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? CHUNK_BUDGET_MS;
  const yieldNow = options.yieldToEventLoop ?? defaultYield;
  const write = options.write ?? ((apply) => apply());
  const isBlock = options.isBlock ?? isBlockTag;
  const view = units[0] ? documentOf(units[0].root).defaultView : null;
  const isHidden = options.isHidden ?? (view ? styleHiddenCheck(view) : neverHidden);
  const isNear = options.isNearViewport ?? (view ? viewportCheck(view) : () => true);
  const signal = options.signal;
  const make = markMaker(options.prepareMark);

  const started = now();
  const summary: ScanSummary = { contexts: 0, mentions: 0, marks: 0, stale: 0, chunks: 1, aborted: false, elapsedMs: 0 };
  let chunkStart = started;
  // Yields when the budget is spent; returns false once aborted.
  const keepGoing = async (): Promise<boolean> => {
    if (now() - chunkStart >= budget) {
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

  const near: TextContext[] = [];
  const far: TextContext[] = [];
  const nearByBlock = new Map<Element, boolean>();
  for (const unit of units) {
    if (signal?.aborted) return finish();
    if (!unit.root.isConnected || !isReadable(unit.root, { isHidden, isBlock })) continue;
    write(() => unmark(oldMarks(unit, isBlock)));
    const walk = walkContexts(unit.root, { ...unit, isHidden, isBlock, skipBlock: options.skipBlock });
    for (const context of walk) {
      if (context) {
        let isNearBlock = nearByBlock.get(context.block);
        if (isNearBlock === undefined) nearByBlock.set(context.block, (isNearBlock = isNear(context.block)));
        (isNearBlock ? near : far).push(context);
      }
      if (!(await keepGoing())) return finish();
    }
  }

  for (const context of near.concat(far)) {
    if (!(await keepGoing())) return finish();
    summary.contexts++;
    if (isStale(context)) {
      summary.stale++;
      continue;
    }
    const mentions = match(context.text);
    if (mentions.length === 0) continue;
    write(() => {
      const result = markContext(context, mentions, make);
      summary.mentions += result.mentions;
      summary.marks += result.marks.length;
    });
  }
  return finish();
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
