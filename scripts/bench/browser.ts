/**
 * The browsers the benchmark drives: Chromium with the built extension (the e2e fixture's launcher, so the
 * benchmark loads the extension exactly as the end-to-end tests do) and a plain Chromium without it for the
 * baselines, plus the page probe and the DevTools-protocol calls the measurements share.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from '../chromium.mjs';
import type { TraceEvent } from './trace';

/** The page-world probe (in-page.js). */
export const PROBE_PATH = fileURLToPath(new URL('./in-page.js', import.meta.url));
/** mark.js, the baseline, as a browser script. */
export const MARK_JS_PATH = fileURLToPath(new URL('../../node_modules/mark.js/dist/mark.min.js', import.meta.url));

/** What the probe holds (see in-page.js). */
export interface ProbeState {
  probeMark: string;
  probeAt: number;
  marksAdded: number;
  firstMarkAt: number | null;
  lastMarkAt: number | null;
  longTasks: { start: number; duration: number }[];
}

export interface BaselineResult {
  result: number;
  callMs: number;
  rafMs: number;
  paintMs: number;
  longTasksSeenFrom: number;
}

/** The same switches as the e2e launcher, minus the extension: a fair plain browser for the baselines. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function readProbe(page: Page): Promise<ProbeState & { loadEnd: number; now: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __sourcelightBench: ProbeState }).__sourcelightBench;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      probeMark: probe.probeMark,
      probeAt: probe.probeAt,
      marksAdded: probe.marksAdded,
      firstMarkAt: probe.firstMarkAt,
      lastMarkAt: probe.lastMarkAt,
      longTasks: probe.longTasks,
      loadEnd: navigation?.loadEventEnd ?? 0,
      now: performance.now(),
    };
  });
}

export interface SettleOptions {
  /** Done when no mark was added for this long. */
  quietMs: number;
  /** A page that gets no mark at all is done this long after its load. */
  emptyMs: number;
  /** Give up (and report what was there) after this long. */
  timeoutMs: number;
}

/** Waits until the extension stopped adding marks, by the page's own clock. */
export async function waitForMarksToSettle(page: Page, options: SettleOptions): Promise<void> {
  const started = Date.now();
  for (;;) {
    const probe = await readProbe(page);
    const since = probe.lastMarkAt ?? probe.loadEnd;
    const quiet = probe.now - since;
    if (probe.lastMarkAt !== null ? quiet >= options.quietMs : quiet >= options.emptyMs) return;
    if (Date.now() - started > options.timeoutMs) return;
    await page.waitForTimeout(200);
  }
}

/** Records a trace of the browser from now until `stop`. */
export async function startTracing(cdp: CDPSession, categories: readonly string[]): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: [...categories] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/** The page's JS heap after a full garbage collection, and its DOM node count (Performance.getMetrics). */
export async function heapAfterGc(cdp: CDPSession): Promise<{ jsHeapBytes: number; domNodes: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.disable');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { jsHeapBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
}
