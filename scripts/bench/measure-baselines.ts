/**
 * The baselines on one page, in a browser WITHOUT the extension: the floor (a TreeWalker that only reads every
 * text node) and mark.js, `markRegExp` with all aliases in one regular expression and `mark` with the alias
 * array. Each runs on a freshly loaded page, after the load event and a settled frame, so the page's own parsing
 * and first layout are not counted.
 */
import type { Browser } from 'playwright-core';
import { heapAfterGc, MARK_JS_PATH, PROBE_PATH, readProbe, type BaselineResult } from './browser';

export type BaselineKind = 'floor' | 'markRegExp' | 'markArray';

export interface BaselineRun {
  /** Text nodes' characters for the floor, marks for mark.js. */
  result: number;
  /** The synchronous call. */
  callMs: number;
  /** From the call to the start of the next animation frame, before that frame renders. */
  rafMs: number;
  /** Call plus paint (issue 5's definition): from the call until that frame's style, layout and paint are done. */
  paintedMs: number;
  /** Longest task from the call on (Long Tasks API); 0 when none reached 50 ms. */
  longestTaskMs: number;
  tbtMs: number;
  /** Long tasks of the page itself between its load and the call (a control: should be none). */
  pageLongTasksAfterLoad: number;
  heap?: { jsHeapBytes: number; domNodes: number };
}

export interface BaselineOptions {
  /** Give up on a call after this long (mark.js with an array takes seconds per megabyte). */
  timeoutMs: number;
  /** Read the heap after a GC, before the call (the page alone). */
  heap?: boolean;
}

/** Lets the page finish its first layout and paint after load before anything is timed. */
const SETTLE_AFTER_LOAD_MS = 300;

export async function runBaseline(
  browser: Browser,
  url: string,
  kind: BaselineKind,
  aliases: readonly string[],
  options: BaselineOptions,
): Promise<BaselineRun | { timedOut: true; timeoutMs: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: PROBE_PATH });
    await page.goto(url, { waitUntil: 'load' });
    if (kind !== 'floor') await page.addScriptTag({ path: MARK_JS_PATH });
    await page.evaluate(() => (window as unknown as { __sourcelightBench: { stopCounting(): void } }).__sourcelightBench.stopCounting());
    await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
    const before = await readProbe(page);
    const pageLongTasksAfterLoad = before.longTasks.filter((t) => t.start >= before.loadEnd).length;
    let heap: BaselineRun['heap'];
    if (options.heap) {
      const cdp = await context.newCDPSession(page);
      heap = await heapAfterGc(cdp);
      await cdp.detach();
    }

    const call = page.evaluate(
      ([kind, aliases]) => {
        const bench = (window as unknown as { __sourcelightBench: { baselines: Record<string, (a: readonly string[]) => Promise<BaselineResult>> } }).__sourcelightBench;
        return bench.baselines[kind]!(aliases);
      },
      [kind, aliases] as const,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.timeoutMs);
    });
    const result = await Promise.race([call, timeout]);
    clearTimeout(timer);
    if (result === null) {
      call.catch(() => undefined);
      return { timedOut: true, timeoutMs: options.timeoutMs };
    }
    // Long tasks are reported a moment after they end.
    await page.waitForTimeout(100);
    const after = await readProbe(page);
    const tasks = after.longTasks.filter((t) => t.start + t.duration >= result.longTasksSeenFrom);
    return {
      result: result.result,
      callMs: result.callMs,
      rafMs: result.rafMs,
      paintedMs: result.paintMs,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      tbtMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      pageLongTasksAfterLoad,
      heap,
    };
  } finally {
    // Closing the context also ends a call still running in its page.
    await context.close().catch(() => undefined);
  }
}
