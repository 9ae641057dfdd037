/**
 * Scanning a page: read its text contexts and run the matcher over each, in slices of a few milliseconds, so a long
 * page, a 50,000-element page or one huge text node never blocks scrolling or typing. Reading writes nothing to the
 * page; what is found goes to `onContext`, as it is found, so the first screen is painted before the page is read
 * to its end.
 *
 * The matcher is a parameter (`match`), not an import: lib/page knows nothing of how mentions are found.
 */

import { walkContexts, wordBreaks, type TextContext } from './contexts';
import { isBlockTag, isReadable, neverHidden, styleHiddenCheck, type BlockCheck, type HiddenCheck } from './elements';
import type { MentionSpan } from './mentions';

/**
 * Script time per slice before yielding to the event loop: under a 60 Hz frame (16.7 ms) and a quarter of the
 * 50 ms that makes a task "long" (RAIL). A slice may overrun by one context or one match window.
 */
export const CHUNK_BUDGET_MS = 12;
/**
 * A context longer than this is matched window by window, each in its own slice: a 2 MB text node matched at once
 * blocked the page for 441 ms. 32 K characters match in about a millisecond.
 */
export const MATCH_WINDOW_CHARS = 32_768;
/** Windows overlap by this much, more than any form of the lexicon is long, so no mention is cut in two. */
export const MATCH_WINDOW_OVERLAP = 1024;

/** Finds mentions in one context's text; offsets are into that text. `breaks`: where a word may end (contexts.ts). */
export type MatchFn = (text: string, breaks?: readonly number[]) => readonly MentionSpan[];

/** Part of a page to (re)scan. */
export interface ScanUnit {
  root: Node;
  /** Only the root block's own text (a paragraph whose inline content changed), not blocks nested in it. */
  shallow?: boolean;
  /** Only blocks nested inside the root (an inline element added to a paragraph that is rescanned on its own). */
  nestedOnly?: boolean;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Milliseconds of work per slice; default CHUNK_BUDGET_MS. */
  budgetMs?: number;
  /** Default: computed style (styleHiddenCheck). */
  isHidden?: HiddenCheck;
  isBlock?: BlockCheck;
  /** Blocks never read (the page watch gives up on blocks a page rewrites without end). */
  skipBlock?: (block: Element) => boolean;
  /** Called for every context read, with the mentions found in it (often none), in document order per unit. */
  onContext?: (context: TextContext, spans: readonly MentionSpan[], unit: ScanUnit) => void;
  /** Called before a unit is read (the index takes stock of what the unit covers). */
  onUnit?: (unit: ScanUnit) => void;
  /** Called once a unit has been read to its end. */
  onUnitDone?: (unit: ScanUnit) => void;
  /** Default: yieldToEventLoop. */
  yieldToEventLoop?: () => Promise<unknown>;
  now?: () => number;
}

export interface ScanSummary {
  contexts: number;
  mentions: number;
  /** The entities of the mentions found. */
  entities: Set<string>;
  chunks: number;
  aborted: boolean;
  elapsedMs: number;
}

/**
 * Lets the event loop run (input, rendering and the page's own tasks) before going on: the continuation is queued
 * as an ordinary task behind those already waiting, through a MessageChannel (a zero-delay timer is clamped to 4 ms
 * after a few in a row). `scheduler.yield()` is not used: its continuation jumps the queue, so a page's own timers
 * waited 1.1-1.5 s behind a 5 MB scan.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument as Document);
}

/** Scans everything under `root` (a document or an element). */
export function scan(root: Node, match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  return scanUnits([{ root }], match, options);
}

/** Reads and matches `units` in order, slice by slice; stops as soon as `signal` aborts. */
export async function scanUnits(units: readonly ScanUnit[], match: MatchFn, options: ScanOptions = {}): Promise<ScanSummary> {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? CHUNK_BUDGET_MS;
  const yieldNow = options.yieldToEventLoop ?? yieldToEventLoop;
  const isBlock = options.isBlock ?? isBlockTag;
  const view = units[0] ? documentOf(units[0].root).defaultView : null;
  const isHidden = options.isHidden ?? (view ? styleHiddenCheck(view) : neverHidden);
  const signal = options.signal;

  const started = now();
  const summary: ScanSummary = { contexts: 0, mentions: 0, entities: new Set(), chunks: 1, aborted: false, elapsedMs: 0 };
  let sliceStart = started;
  /** Yields when the slice's budget is spent; false once aborted. */
  const keepGoing = async (): Promise<boolean> => {
    if (now() - sliceStart >= budget) {
      await yieldNow();
      summary.chunks++;
      sliceStart = now();
    }
    return !signal?.aborted;
  };
  const finish = (): ScanSummary => {
    summary.aborted = signal?.aborted ?? false;
    summary.elapsedMs = now() - started;
    return summary;
  };
  const found = (context: TextContext, spans: readonly MentionSpan[], unit: ScanUnit): void => {
    summary.contexts++;
    summary.mentions += spans.length;
    for (const span of spans) summary.entities.add(span.entity);
    options.onContext?.(context, spans, unit);
  };

  for (const unit of units) {
    if (signal?.aborted) return finish();
    if (!unit.root.isConnected || !isReadable(unit.root, { isHidden, isBlock })) continue;
    options.onUnit?.(unit);
    for (const context of walkContexts(unit.root, { ...unit, isHidden, isBlock, skipBlock: options.skipBlock })) {
      if (context) {
        const breaks = wordBreaks(context);
        if (context.text.length <= MATCH_WINDOW_CHARS) found(context, match(context.text, breaks), unit);
        else {
          const spans: MentionSpan[] = [];
          for (const window of matchWindows(context.text)) {
            spans.push(...matchWindow(match, context.text, breaks, window));
            if (!(await keepGoing())) return finish();
          }
          found(context, spans, unit);
        }
      }
      if (!(await keepGoing())) return finish();
    }
    options.onUnitDone?.(unit);
  }
  return finish();
}

interface Window {
  /** The window's text starts here, at a word start... */
  from: number;
  /** ...and mentions starting before here are this window's; the next window starts here. */
  to: number;
}

/** Windows of MATCH_WINDOW_CHARS over a long text, each starting after a space (never inside a word). */
function matchWindows(text: string): Window[] {
  const windows: Window[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MATCH_WINDOW_CHARS);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to - 1);
      if (space > from) to = space + 1;
    }
    windows.push({ from, to });
    from = to;
  }
  return windows;
}

/** The mentions starting in `window`, matched over it and the overlap after it, in the whole text's offsets. */
function matchWindow(match: MatchFn, text: string, breaks: readonly number[], { from, to }: Window): MentionSpan[] {
  const end = Math.min(text.length, to + MATCH_WINDOW_OVERLAP);
  const local = breaks.filter((at) => at > from && at < end).map((at) => at - from);
  return match(text.slice(from, end), local)
    .filter((span) => span.start + from < to)
    .map((span) => ({ ...span, start: span.start + from, end: span.end + from }));
}
