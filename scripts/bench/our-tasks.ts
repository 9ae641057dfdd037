/**
 * The main-thread time the extension costs a page, from a trace of its load: the page's top-level tasks that ran
 * our code, whole. A task is ours when it evaluates or calls one of the extension's scripts (trace events naming
 * its URL) or when a profiler sample in it has our script on the stack: a promise continuation of ours runs in
 * the microtask checkpoint of a task that names no script. The trace's own sampler is left off (it about doubles
 * a short script's cost); a CDP profile samples every millisecond instead.
 */
import type { BrowserContext, Page } from 'playwright-core';

const CATEGORIES = ['__metadata', 'toplevel', 'devtools.timeline'];
const SAMPLING_US = 1000;
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
/** A main-thread task, as recent Chromium names it (older ones: RunTask). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}
interface Profile {
  nodes: { id: number; callFrame: { url?: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Starts recording before the page loads; `stop` returns the milliseconds of tasks that ran our code. */
export async function traceOurTasks(context: BrowserContext, page: Page, ourUrl: string): Promise<{ stop(pageUrl: string): Promise<number> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES } });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  return {
    async stop(pageUrl) {
      const { profile } = await cdp.send('Profiler.stop');
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return ourTaskMs(events, profile as unknown as Profile, pageUrl, ourUrl);
    },
  };
}

function ourTaskMs(events: readonly TraceEvent[], profile: Profile, pageUrl: string, ourUrl: string): number {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrl));
  if (!parse) throw new Error(`the trace holds no ParseHTML event for ${pageUrl}`);
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  // Times (µs, the trace's clock, which the CDP profile shares) where our code ran.
  const ours = onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith(ourUrl)).map((e) => e.ts);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const urls = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url ?? '']));
  const onOurStack = (id: number | undefined): boolean => id !== undefined && (urls.get(id)!.startsWith(ourUrl) || onOurStack(parent.get(id)));
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((node, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    if (onOurStack(node)) ours.push(ts);
  });
  // Top-level tasks only: a RunTask nested in another is part of it.
  const tasks = onThread.filter((e) => TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let total = 0;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (task.ts < end) continue;
    end = taskEnd;
    if (ours.some((t) => t >= task.ts && t < taskEnd)) total += (task.dur ?? 0) / 1000;
  }
  return total;
}
