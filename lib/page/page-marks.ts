/**
 * Marks in one document: scan it, keep its mentions current as the page changes, and paint the marked ones near
 * the viewport. Nothing is ever written into the page: the mentions are painted as highlights (paint.ts), found
 * under the pointer by position (hit-test.ts), and walked from the keyboard in document order.
 *
 * The page watch: a MutationObserver collects what changed; mentions in edited or removed text are taken off at
 * once (their static ranges are stale), and the changed blocks are read again RESCAN_DELAY_MS after the first change
 * of a burst. A block the page rewrites without end is read again at most MAX_REREADS times per REREAD_WINDOW_MS.
 */
import type { Timers } from '../timers';
import { ChangeWatch } from './change-watch';
import { RESCAN_DELAY_MS, staleNodesOf, unitsOf } from './changes';
import type { MarkChoice } from './choice';
import { isBlockTag, isEditedDocument, styleHiddenCheck, type BlockCheck, type HiddenCheck } from './elements';
import { HiddenMemory } from './hidden-memory';
import { browserCaret, mentionAt, rangeBoxes } from './hit-test';
import { MentionIndex, type IndexChange } from './mention-index';
import type { MentionSpan, PageMention } from './mentions';
import { createPainter, type HighlightApi, type Painter } from './paint';
import { RereadLimit } from './reread-limit';
import { scanUnits, type MatchFn, type ScanSummary, type ScanUnit } from './scanner';
import { UnitReading, type Read } from './unit-reading';
import { createWindow, type MarkWindow, type WindowOptions } from './window';

/** How often one block is read again within REREAD_WINDOW_MS before it is left as it is. */
export const MAX_REREADS = 10;
export const REREAD_WINDOW_MS = 60_000;
/** Bound on remembered hidden elements (kept to notice them being revealed); beyond it, reveals go unnoticed. */
const MAX_REMEMBERED_HIDDEN = 2000;

export interface PageMarksOptions {
  match: MatchFn;
  highlights: HighlightApi;
  /** Which mentions are marked (choice.ts); `sectionOf` says which section the scan read a block in. */
  choice: (index: MentionIndex, sectionOf: (block: Element) => string) => MarkChoice;
  signal: AbortSignal;
  /** After each scan (the first, then every reread): the entities found, for fetching their cards. */
  onScan?: (summary: ScanSummary, reason: 'initial' | 'change') => void;
  /** Marked mentions changed (the card layer closes a card whose mention went). */
  onMarksChanged?: () => void;
  onError?: (error: unknown) => void;
  /** Injectable for tests. */
  isBlock?: BlockCheck;
  hiddenCheck?: () => HiddenCheck;
  window?: Pick<WindowOptions, 'beforeFrame' | 'extentOfBlock' | 'extentOf' | 'viewportHeight'>;
  delayMs?: number;
  timers?: Timers;
  now?: () => number;
  yieldToEventLoop?: () => Promise<unknown>;
}

export interface PageMarks {
  readonly doc: Document;
  readonly index: MentionIndex;
  readonly painter: Painter;
  /** The marked mention under a point of this document's viewport, if painted. */
  mentionAt(x: number, y: number): PageMention | null;
  /** Marked mentions in document order. */
  marked(): Generator<PageMention>;
  isMarked(mention: PageMention): boolean;
  /** The marking choice changed (a setting): recompute every block. */
  rechoose(): void;
  /** Resolves once no change is waiting and no scan is running. */
  idle(): Promise<void>;
  /** Stops watching and takes every highlight off. */
  stop(): void;
}

export function markPage(doc: Document, options: PageMarksOptions): PageMarks {
  const view = doc.defaultView as Window & typeof globalThis;
  const now = options.now ?? (() => performance.now());
  const isBlock = options.isBlock ?? isBlockTag;
  const hiddenCheck = options.hiddenCheck ?? (() => styleHiddenCheck(view));
  const report = options.onError ?? ((error: unknown) => console.error('[sourcelight]', error));
  const controller = new AbortController();
  const { signal } = controller;
  options.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });

  const index = new MentionIndex();
  /** The section each block with mentions was read in (reading.ts). */
  const sections = new Map<Element, string>();
  const choice = options.choice(index, (block) => sections.get(block) ?? '');
  const painter = createPainter(options.highlights);
  const window: MarkWindow = createWindow(doc, {
    painter,
    blocks: () => index.blocks(),
    marked: (block) => choice.marked(block),
    ...options.window,
  });
  const boxes = rangeBoxes(doc);
  const caretAt = browserCaret(doc);

  let rereadSeq = 0;
  /** Mentions taken off because their text changed, kept by block so a reread can give them their identity back. */
  const stash = new Map<Element, PageMention[]>();
  const rereads = new RereadLimit(MAX_REREADS, REREAD_WINDOW_MS, now);
  const hidden = new HiddenMemory(MAX_REMEMBERED_HIDDEN);

  /** Applies index changes: recompute the choice for the changed blocks and repaint those near the viewport. */
  function applied(changes: Map<Element, IndexChange>): void {
    if (changes.size === 0) return;
    const moved = new Map<Element, PageMention[]>();
    for (const [block, change] of changes) if (change.moved.length > 0) moved.set(block, change.moved);
    for (const block of choice.update(index, new Set(changes.keys()))) {
      if (choice.marked(block).length > 0) window.update(block, moved.get(block));
      else window.forget(block);
    }
    options.onMarksChanged?.();
  }

  function setBlock(block: Element, read: Read | undefined, changes: Map<Element, IndexChange>): void {
    const pool = stash.get(block);
    stash.delete(block);
    const change = index.setBlock(block, read?.mentions ?? [], pool, read?.after);
    if (read && read.mentions.length > 0) sections.set(block, read.section);
    else sections.delete(block);
    if (change.added.length + change.removed.length + change.moved.length > 0) changes.set(block, change);
  }

  // --- reading -----------------------------------------------------------------------------------------------------

  function read(units: ScanUnit[], reason: 'initial' | 'change'): Promise<void> {
    let reading: UnitReading;
    const commit = (blocks: Iterable<Element>): void => {
      const changes = new Map<Element, IndexChange>();
      for (const block of blocks) setBlock(block, reading.found.get(block), changes);
      applied(changes);
    };
    return scanUnits(units, options.match, {
      signal,
      isBlock,
      isHidden: hidden.remembering(hiddenCheck()),
      skipBlock: (block) => rereads.exhausted(block),
      yieldToEventLoop: options.yieldToEventLoop,
      now,
      onUnit(unit) {
        reading = new UnitReading(unit, { index, sections, stashed: stash.size > 0, nextReread: () => ++rereadSeq });
      },
      onContext(context, spans: readonly MentionSpan[]) {
        const block = reading.add(context, spans);
        if (block && !reading.buffered) commit([block]);
      },
      onUnitDone() {
        if (reading.buffered) commit(reading.settled());
      },
    }).then((summary) => options.onScan?.(summary, reason));
  }

  function run(units: ScanUnit[], reason: 'initial' | 'change'): void {
    if (isEditedDocument(doc)) {
      clearAll();
      return;
    }
    watch.busy(read(units, reason).catch(report));
  }

  // --- watching ----------------------------------------------------------------------------------------------------

  const watch = new ChangeWatch(view, doc, {
    delayMs: options.delayMs ?? RESCAN_DELAY_MS,
    timers: options.timers,
    onRecords(records) {
      // What the page changed may have moved the blocks below it: find the window again before the next frame.
      window.moved();
      takeOff(paintedStale(records));
    },
    onBatch(records) {
      takeOff(staleNodesOf(records, (node) => index.atNode(node).length > 0));
      const units = unitsOf(records, { root: doc, isBlock, revealed: (changed) => hidden.revealed(changed), skipBlock: (block) => rereads.exhausted(block) });
      for (const unit of units) if (unit.root.nodeType === 1) rereads.count(unit.root as Element);
      if (units.length > 0) run(units, 'change');
    },
  });

  /**
   * What must come off at once, in the observer's callback, which runs inside the page's own task: text the page
   * edited, and painted mentions whose text it took out. Looking at every removed node there cost the page's DOM
   * work more than the observer itself (docs/performance.md); the burst's batch finds the rest (staleNodesOf).
   */
  function paintedStale(records: readonly MutationRecord[]): Set<Text> {
    const stale = new Set<Text>();
    let removals = false;
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === 3) stale.add(record.target as Text);
      else if (record.type === 'childList') removals = true;
    }
    if (removals) for (const m of window.painted()) for (const node of m.nodes) if (!node.isConnected) stale.add(node);
    return stale;
  }

  /** Mentions whose text the page edited or removed: off the page now, read again with their block later. */
  function takeOff(stale: ReadonlySet<Text>): void {
    if (stale.size === 0) return;
    const byBlock = new Map<Element, Set<PageMention>>();
    for (const node of stale) {
      for (const m of index.atNode(node)) {
        let set = byBlock.get(m.block);
        if (!set) byBlock.set(m.block, (set = new Set()));
        set.add(m);
      }
    }
    const changes = new Map<Element, IndexChange>();
    for (const [block, gone] of byBlock) {
      const keep = index.mentionsOf(block).filter((m) => !gone.has(m));
      if (block.isConnected) stash.set(block, [...(stash.get(block) ?? []), ...gone]);
      else sections.delete(block);
      const change = index.setBlock(block, keep);
      if (change.removed.length > 0) changes.set(block, change);
    }
    applied(changes);
  }

  function clearAll(): void {
    window.stop();
    painter.clear();
    index.clear();
    stash.clear();
    sections.clear();
  }

  view.addEventListener('scroll', () => window.moved(), { capture: true, passive: true, signal });
  view.addEventListener('resize', () => window.moved(), { passive: true, signal });
  doc.addEventListener('visibilitychange', () => window.moved(), { signal });

  watch.start();
  signal.addEventListener(
    'abort',
    () => {
      watch.stop();
      clearAll();
    },
    { once: true },
  );
  run([{ root: doc }], 'initial');

  return {
    doc,
    index,
    painter,
    mentionAt(x, y) {
      return mentionAt(x, y, {
        caretAt,
        mentionsAt: (node) => index.atNode(node).filter((m) => painter.isShown(m)),
        boxesOf: boxes,
      });
    },
    *marked() {
      // Mentions the page took out but the burst's batch has not yet found (only painted ones go at once).
      for (const block of index.blocks()) {
        if (block.isConnected) for (const m of choice.marked(block)) if (m.nodes.every((node) => node.isConnected)) yield m;
      }
    },
    isMarked: (mention) => choice.marked(mention.block).includes(mention),
    rechoose() {
      const changes = new Map<Element, IndexChange>();
      for (const block of index.blocks()) changes.set(block, { added: [], removed: [], moved: [] });
      applied(changes);
    },
    idle: () => watch.idle(),
    stop: () => controller.abort(),
  };
}
