/**
 * The extension as shipped on one page: load the page in the browser that has the extension, let the content
 * script mark it, and read how long that took (the page probe's clock) and what it cost the main thread (a
 * trace of the load).
 */
import type { BrowserContext } from 'playwright-core';
import { PROBE_PATH, readProbe, startTracing, waitForMarksToSettle, heapAfterGc, type SettleOptions } from './browser';
import { analyseTrace, LIGHT_SAMPLING_US, LIGHT_TRACE_CATEGORIES, LONG_TASK_MS, type CdpProfile, TRACE_CATEGORIES, totalBlockingTime, type FunctionCost, type Task, type TraceEvent } from './trace';

/** What the page probe saw, without a trace: the figures the report's table takes its medians from. */
export interface ExtensionTiming {
  marks: number;
  /** The page's load event, ms since navigation start. */
  loadMs: number;
  /** First and last mark added, ms since the load event. */
  firstMarkMs: number | null;
  lastMarkMs: number | null;
  /**
   * Long tasks that ended after the load event (Long Tasks API): ours and the frames rendering our marks. The
   * page itself is static and has none after its load (the baselines' control checks that).
   */
  longestTaskMs: number;
  tbtMs: number;
  longTasks: number;
}

/** What a trace of the load shows: which tasks ran our code and where the main thread's time went. */
export interface ExtensionTrace {
  /** Recorded with the sampling profiler (attribution, our JS, hot functions); without it, only task timings. */
  sampled: boolean;
  /** First task that ran our code, ms since the load event (negative: before it). */
  startMs: number | null;
  /** Longest task that ran our code. */
  longestOurTaskMs: number;
  /** Longest task from our first task to the last mark, counting the frames that render our marks. */
  longestTaskMs: number;
  /** Total blocking time of those tasks. */
  tbtMs: number;
  /** Main-thread time of tasks that ran our code, and of the rendering tasks that followed our writes. */
  ourTaskMs: number;
  renderAfterUsMs: number;
  /** Sampled time with our code on the stack (JavaScript only: native DOM work shows as "(program)"). */
  ourScriptMs: number;
  ourLongTasks: number;
  /**
   * Where the time from our first task to the last mark went: tasks that ran our code (and, of that, our sampled
   * JavaScript), then the other tasks by step (style, layout, paint of the frames between our chunks, garbage
   * collection, the rest), then idle.
   */
  phases: { windowMs: number; ourTasksMs: number; ourJsMs: number; styleMs: number; layoutMs: number; paintMs: number; gcMs: number; otherMs: number; idleMs: number };
  /** Our hot functions by sampled self time (minified names unless the build was not minified). */
  functions: FunctionCost[];
  /** The long tasks, for the JSON report. */
  longTasks: (Task & { kind: 'ours' | 'rendering' })[];
  /**
   * Of the traced tasks over 50 ms that ran our code, how many the page's own Long Tasks API observer also
   * reported: the check that the untraced runs' longest task and TBT (taken from that API) see our tasks.
   */
  seenByLongTasksApi: { ours: number; seen: number };
  sampleMs: number;
}

export interface ExtensionRun {
  timing: ExtensionTiming;
  trace?: ExtensionTrace;
  heap?: { jsHeapBytes: number; domNodes: number };
}

export interface ExtensionRunOptions {
  settle: SettleOptions;
  /**
   * Record a trace (slows the page down somewhat: use it for attribution, not for the timings); 'light' without
   * the sampling profiler (LIGHT_TRACE_CATEGORIES), for the timing of our tasks.
   */
  trace?: boolean | 'light';
  /** Read the heap after a GC once the marks settled. */
  heap?: boolean;
  /** Receives the raw trace (to save it for DevTools' Performance panel). */
  onTrace?: (events: TraceEvent[]) => void;
}

/** A rendering task: mostly style, layout and paint. */
function isRendering(task: Task): boolean {
  return task.styleMs + task.layoutMs + task.paintMs >= task.duration / 2;
}

export async function runExtension(
  context: BrowserContext,
  url: string,
  extensionId: string,
  options: ExtensionRunOptions,
): Promise<ExtensionRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ path: PROBE_PATH });
    const cdp = await context.newCDPSession(page);
    const light = options.trace === 'light';
    const tracing = options.trace ? await startTracing(cdp, light ? LIGHT_TRACE_CATEGORIES : TRACE_CATEGORIES) : null;
    if (light) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: LIGHT_SAMPLING_US });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load' });
    await waitForMarksToSettle(page, options.settle);
    const events = tracing ? await tracing.stop() : null;
    const profile = light ? ((await cdp.send('Profiler.stop')).profile as unknown as CdpProfile) : undefined;
    if (events) options.onTrace?.(events);
    const probe = await readProbe(page);
    const marks = await page.evaluate(() => document.querySelectorAll('[data-sourcelight-entity]').length);
    const heap = options.heap ? await heapAfterGc(cdp) : undefined;
    await cdp.detach();

    const load = probe.loadEnd;
    const afterLoad = probe.longTasks.filter((t) => t.start + t.duration > load);
    const timing: ExtensionTiming = {
      marks,
      loadMs: load,
      firstMarkMs: probe.firstMarkAt === null ? null : probe.firstMarkAt - load,
      lastMarkMs: probe.lastMarkAt === null ? null : probe.lastMarkAt - load,
      longestTaskMs: Math.max(0, ...afterLoad.map((t) => t.duration)),
      tbtMs: afterLoad.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
      longTasks: afterLoad.length,
    };
    if (!events) return { timing, heap };
    const trace = readTrace(events, !light, {
      profile,
      pageUrl: url,
      ourUrl: `chrome-extension://${extensionId}/`,
      probeMark: probe.probeMark,
      probeStartMs: probe.probeAt,
      load,
      lastMarkAt: probe.lastMarkAt,
      apiLongTasks: probe.longTasks,
    });
    return { timing, trace, heap };
  } finally {
    await page.close();
  }
}

function readTrace(
  events: TraceEvent[],
  sampled: boolean,
  options: {
    profile?: CdpProfile;
    pageUrl: string;
    ourUrl: string;
    probeMark: string;
    probeStartMs: number;
    load: number;
    lastMarkAt: number | null;
    apiLongTasks: readonly { start: number; duration: number }[];
  },
): ExtensionTrace {
  const thread = analyseTrace(events, options);
  const windowStart = thread.firstOurs ?? options.load;
  // With no mark, the window is our own work: from our first task to the end of our last.
  const windowEnd = options.lastMarkAt ?? thread.lastOurs ?? windowStart;
  // The tasks from our first one until the last mark, and the frame or two after it that render the marks.
  const inWindow = thread.tasks.filter((t) => t.start >= windowStart && t.start <= windowEnd + 1000);
  const ours = thread.tasks.filter((t) => t.ours);
  const rendering = inWindow.filter((t) => !t.ours && isRendering(t));
  const counted = [...ours, ...rendering];
  const phaseTasks = thread.tasks.filter((t) => t.start >= windowStart && t.start < windowEnd);
  const sum = (tasks: Task[], pick: (t: Task) => number): number => tasks.reduce((s, t) => s + pick(t), 0);
  const busy = sum(phaseTasks, (t) => t.duration);
  const ourTasksMs = sum(phaseTasks.filter((t) => t.ours), (t) => t.duration);
  const others = phaseTasks.filter((t) => !t.ours);
  const styleMs = sum(others, (t) => t.styleMs);
  const layoutMs = sum(others, (t) => t.layoutMs);
  const paintMs = sum(others, (t) => t.paintMs);
  const gcMs = sum(others, (t) => t.gcMs);
  const windowMs = Math.max(0, windowEnd - windowStart);
  // Both clocks count from navigation start; a few ms of slack for where each one puts a task's edges.
  const ourLong = ours.filter((t) => t.duration > LONG_TASK_MS);
  const seen = ourLong.filter((t) => options.apiLongTasks.some((a) => Math.abs(a.start - t.start) < 5 && Math.abs(a.duration - t.duration) < 10));
  return {
    sampled,
    startMs: thread.firstOurs === null ? null : thread.firstOurs - options.load,
    longestOurTaskMs: Math.max(0, ...ours.map((t) => t.duration)),
    longestTaskMs: Math.max(0, ...counted.map((t) => t.duration)),
    tbtMs: totalBlockingTime(counted),
    ourTaskMs: sum(ours, (t) => t.duration),
    renderAfterUsMs: sum(rendering, (t) => t.duration),
    ourScriptMs: thread.ourScriptMs,
    ourLongTasks: ours.filter((t) => t.duration > LONG_TASK_MS).length,
    phases: {
      windowMs,
      ourTasksMs,
      ourJsMs: sum(phaseTasks, (t) => t.ourScriptMs),
      styleMs,
      layoutMs,
      paintMs,
      gcMs,
      otherMs: Math.max(0, busy - ourTasksMs - styleMs - layoutMs - paintMs - gcMs),
      idleMs: Math.max(0, windowMs - busy),
    },
    functions: thread.functions.slice(0, 40),
    longTasks: counted
      .filter((t) => t.duration > LONG_TASK_MS)
      .sort((a, b) => a.start - b.start)
      .map((t) => ({ ...t, kind: t.ours ? ('ours' as const) : ('rendering' as const) })),
    seenByLongTasksApi: { ours: ourLong.length, seen: seen.length },
    sampleMs: thread.sampleMs,
  };
}
