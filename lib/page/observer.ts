/**
 * Keeping marks current on a page that changes (live blogs, infinite scroll, single-page navigation): a
 * MutationObserver collects what changed, and after a short delay only the changed blocks are rescanned.
 *
 * Our own writes never trigger a rescan: every write runs inside `guard`, which takes the page's pending records
 * (they are kept), disconnects, writes and observes again. A write is synchronous, so no page script runs while
 * the observer is off and no page change is lost; and our writes create no records at all, which on a long page
 * saves the browser hundreds of thousands of record objects and us the work of recognising them.
 *
 * A page that fights the marks cannot make us loop: a block whose marks the page removes in place
 * (unwrapping them) is re-marked at most MAX_REMARKS_PER_BLOCK times, and a page that answers each write with
 * a new change (re-rendering what we marked) pushes the rescan delay up exponentially, to MAX_RESCAN_DELAY_MS.
 */

import { closestBlock, insideOwnUi, isBlockTag, isMark, isOwnUi, styleHiddenCheck, type HiddenCheck } from './elements';
import { scanUnits, type MatchFn, type ScanOptions, type ScanSummary, type ScanUnit } from './scanner';

/**
 * Delay between the first change and its rescan. Frameworks commit a render within a frame or a few (16–50 ms);
 * 150 ms batches such a burst into one rescan and still marks new content well within the one second the product
 * promises. The delay is counted from the first change, not reset by later ones, so a page that changes
 * continuously (a ticker) cannot postpone rescans forever.
 */
export const RESCAN_DELAY_MS = 150;
/** Upper bound of the delay while a page keeps answering our writes with changes (see LOOP_WINDOW_MS). */
export const MAX_RESCAN_DELAY_MS = 30_000;
/**
 * Marks removed this soon after our last write look like a reaction to it (a framework re-rendering, a script
 * unwrapping marks) rather than the page's own news: each such rescan doubles the next delay.
 */
export const LOOP_WINDOW_MS = 500;
/** How often a block whose marks the page unwraps in place is marked again before we leave it to the page. */
export const MAX_REMARKS_PER_BLOCK = 3;
/** Attributes that can reveal hidden text ("Read more" toggles a class or `hidden`, `<details>` toggles `open`). */
export const REVEALING_ATTRIBUTES = ['hidden', 'class', 'style', 'open'];
/** Bound on remembered hidden elements (kept to notice them being revealed); beyond it, reveals go unnoticed. */
const MAX_REMEMBERED_HIDDEN = 2000;

export interface ObserveOptions extends Omit<ScanOptions, 'write' | 'skipBlock' | 'isHidden'> {
  /** Called when something other than our scanner (a page script, the card layer) changed a mark's `style`. */
  repairMark?: (mark: Element) => void;
  /** Delay before a rescan, default RESCAN_DELAY_MS. */
  delayMs?: number;
  maxDelayMs?: number;
  /** Factory of the hidden check, one per scan (default: computed style, cached per scan). */
  hiddenCheck?: () => HiddenCheck;
  /** Scan the whole root once when observing starts (default true). */
  initialScan?: boolean;
  /** Called after every scan, e.g. for logging or telling the card layer that marks changed. */
  onScan?: (summary: ScanSummary, reason: 'initial' | 'mutation') => void;
  /** A scan that threw (default: console.error); observing goes on. */
  onError?: (error: unknown) => void;
}

export interface Observation {
  /** Resolves once no change is waiting and no scan is running (for tests and for "marks are ready"). */
  idle(): Promise<void>;
  /** Stops observing and any running scan; marks stay (call unmarkAll to remove them). */
  stop(): void;
}

export function observe(root: Element | Document, match: MatchFn, options: ObserveOptions = {}): Observation {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const view = doc.defaultView as Window & typeof globalThis;
  const now = options.now ?? (() => performance.now());
  const isBlock = options.isBlock ?? isBlockTag;
  const baseDelay = options.delayMs ?? RESCAN_DELAY_MS;
  const maxDelay = options.maxDelayMs ?? MAX_RESCAN_DELAY_MS;
  const hiddenCheck = options.hiddenCheck ?? (() => styleHiddenCheck(view));
  const controller = new AbortController();

  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  let reactedToUs = false; // some pending record removed our marks right after a write of ours
  let churn = 0; // consecutive rescans that answered such a reaction
  const remarks = new WeakMap<Element, number>();
  const abandoned = new WeakSet<Element>();
  const seenHidden = new Set<Element>();

  const observer = new view.MutationObserver((records) => enqueue(records));
  const connect = (): void =>
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
  const guard = (apply: () => void): void => {
    enqueue(observer.takeRecords());
    observer.disconnect();
    try {
      apply();
    } finally {
      if (!controller.signal.aborted) connect();
      lastWriteAt = now();
    }
  };

  function enqueue(records: MutationRecord[]): void {
    if (records.length === 0 || controller.signal.aborted) return;
    for (const record of records) {
      if (record.type === 'attributes' && isMark(record.target)) {
        // Our own writes are unobserved: this is the page (or the card layer) restyling a mark.
        if (record.attributeName === 'style') options.repairMark?.(record.target as Element);
        continue;
      }
      if (isOursRecord(record)) continue;
      if (removesMarks(record) && now() - lastWriteAt < LOOP_WINDOW_MS) reactedToUs = true;
      pending.push(record);
    }
    schedule();
  }

  function schedule(): void {
    if (timer !== undefined || running || pending.length === 0 || controller.signal.aborted) return;
    timer = setTimeout(flush, Math.min(baseDelay * 2 ** churn, maxDelay));
  }

  function run(units: ScanUnit[], reason: 'initial' | 'mutation'): void {
    const isHidden = rememberingHidden(hiddenCheck());
    running = scanUnits(units, match, {
      ...options,
      signal: controller.signal,
      write: guard,
      isHidden,
      skipBlock: (block) => abandoned.has(block),
    })
      .then((summary) => options.onScan?.(summary, reason))
      .catch((error: unknown) => (options.onError ?? console.error)(error))
      .finally(() => {
        running = null;
        schedule();
      });
  }

  function flush(): void {
    timer = undefined;
    const records = pending;
    pending = [];
    churn = reactedToUs ? churn + 1 : 0;
    reactedToUs = false;
    const units = unitsFor(records);
    if (units.length > 0) run(units, 'mutation');
  }

  /** Records about our own UI (the card host and what happens inside it) are none of the scanner's business. */
  function isOursRecord(record: MutationRecord): boolean {
    const target = record.target;
    if (insideOwnUi(target)) return true;
    if (record.type !== 'childList' || record.removedNodes.length > 0) return false;
    return Array.from(record.addedNodes).every((node) => node.nodeType === 1 && isOwnUi(node as Element));
  }

  function rememberingHidden(check: HiddenCheck): HiddenCheck {
    return (element) => {
      const hidden = check(element);
      if (hidden && seenHidden.size < MAX_REMEMBERED_HIDDEN) seenHidden.add(element);
      return hidden;
    };
  }

  /** Turns records into the smallest set of units that covers every changed context. */
  function unitsFor(records: MutationRecord[]): ScanUnit[] {
    const shallow = new Set<Element>();
    const deep = new Set<Element>();
    const nested = new Set<Element>();
    const struck = new Set<Element>(); // blocks whose marks the page removed in place, once per rescan
    const changedAttributes = new Set<Element>();
    const added = (node: Node, parent: Node): void => {
      if (node.nodeType === 3) {
        const block = closestBlock(parent, isBlock);
        if (block) shallow.add(block);
      } else if (node.nodeType === 1 && !isOwnUi(node as Element)) {
        const element = node as Element;
        if (isBlock(element)) deep.add(element);
        else {
          const block = closestBlock(parent, isBlock);
          if (block) shallow.add(block);
          nested.add(element);
        }
      }
    };
    for (const record of records) {
      const target = record.target;
      if (!target.isConnected || !root.contains(target)) continue;
      if (record.type === 'characterData') {
        if (target.parentNode) added(target, target.parentNode);
      } else if (record.type === 'childList') {
        if (record.removedNodes.length > 0) {
          // A removal can join text that was apart, and may be the page unwrapping our marks.
          const block = closestBlock(target, isBlock);
          if (block) {
            shallow.add(block);
            if (Array.from(record.removedNodes).some(isMark)) struck.add(block);
          }
        }
        record.addedNodes.forEach((node) => added(node, target));
      } else if (record.type === 'attributes' && !isMark(target)) {
        // The `hidden` attribute is checked without style, so its elements are never remembered as hidden.
        if (record.attributeName === 'hidden' && target.parentNode) added(target, target.parentNode);
        else changedAttributes.add(target as Element);
      }
    }
    revealed(changedAttributes).forEach((element) => {
      if (element.parentNode) added(element, element.parentNode);
    });
    struck.forEach(strike);
    const units: ScanUnit[] = [];
    const inDeep = (node: Node): boolean => {
      for (const d of deep) if (d !== node && d.contains(node)) return true;
      return false;
    };
    const wanted = (element: Element): boolean => element.isConnected && root.contains(element) && !inDeep(element);
    for (const element of deep) if (wanted(element)) units.push({ root: element });
    for (const element of shallow) {
      if (wanted(element) && !deep.has(element) && !abandoned.has(element)) units.push({ root: element, shallow: true });
    }
    for (const element of nested) if (wanted(element)) units.push({ root: element, nestedOnly: true });
    return units;
  }

  /**
   * Hidden elements we skipped that an attribute change may have revealed: the changed element itself, or one
   * inside it (a class on a container often reveals a child). Walks up from each remembered element rather than
   * searching under each changed one, so pages that toggle classes all the time cost little.
   */
  function revealed(changed: Set<Element>): Element[] {
    if (changed.size === 0 || seenHidden.size === 0) return [];
    const found: Element[] = [];
    for (const element of seenHidden) {
      if (!element.isConnected) {
        seenHidden.delete(element);
        continue;
      }
      for (let n: Node | null = element; n; n = n.parentNode) {
        if (changed.has(n as Element)) {
          seenHidden.delete(element);
          found.push(element);
          break;
        }
      }
    }
    return found;
  }

  function strike(block: Element): void {
    const count = (remarks.get(block) ?? 0) + 1;
    remarks.set(block, count);
    if (count > MAX_REMARKS_PER_BLOCK) abandoned.add(block);
  }

  const stop = (): void => {
    controller.abort();
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = [];
  };
  if (options.signal?.aborted) return { idle: async () => {}, stop };
  options.signal?.addEventListener('abort', stop, { once: true });

  connect();
  if (options.initialScan ?? true) run([{ root }], 'initial');

  return {
    async idle() {
      for (;;) {
        // Mutation records arrive in a microtask and our flush in a timer: let both happen first.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (running) await running;
        else if (timer !== undefined) await new Promise((resolve) => setTimeout(resolve, baseDelay));
        else if (pending.length === 0) return;
      }
    },
    stop,
  };
}

/** Whether a record removed one of our marks (the page unwrapped, replaced or re-rendered marked text). */
function removesMarks(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of Array.from(record.removedNodes)) {
    if (isMark(node)) return true;
    if (node.nodeType === 1 && (node as Element).querySelector('sourcelight-mark')) return true;
  }
  return false;
}
