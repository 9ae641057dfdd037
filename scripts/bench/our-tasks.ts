/**
 * The main-thread time the extension costs a page, from a trace of its load: the page's top-level tasks that ran
 * our code, whole. A task is ours when it evaluates or calls one of the extension's scripts (trace events naming
 * its URL) or, with `sample`, when a profiler sample in it has our script on the stack: a promise continuation of
 * ours runs in the microtask checkpoint of a task that names no script. Sampling costs the page's scripts: the
 * trace's own sampler about doubles a short script's cost, a CDP profile sampling every millisecond adds about a
 * third to the content script's (it logs every function compiled). So the bench measures loads without it and
 * checks with one sampled load that the trace alone missed no task of ours (`sampledOnlyMs`).
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
  /** The thread's own CPU time within the event: the time it was descheduled (another process ran) left out. */
  tdur?: number;
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

/** Our tasks' time: as the page waited for them (wall), and the main thread's CPU time in them (thread). */
export interface OurTasks {
  wallMs: number;
  threadMs: number;
  /** With sampling: the wall time of tasks only a sample showed to be ours (0 when the trace named them all). */
  sampledOnlyMs?: number;
}

/** Starts recording before the page loads; `stop` returns the milliseconds of tasks that ran our code. */
export async function traceOurTasks(context: BrowserContext, page: Page, ourUrl: string, sample = false): Promise<{ stop(pageUrl: string): Promise<OurTasks> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES } });
  if (sample) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
  }
  return {
    async stop(pageUrl) {
      const profile = sample ? ((await cdp.send('Profiler.stop')).profile as unknown as Profile) : null;
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return ourTaskMs(events, profile, pageUrl, ourUrl);
    },
  };
}

function ourTaskMs(events: readonly TraceEvent[], profile: Profile | null, pageUrl: string, ourUrl: string): OurTasks {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrl));
  if (!parse) throw new Error(`the trace holds no ParseHTML event for ${pageUrl}`);
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  // Times (µs, the trace's clock, which the CDP profile shares) where our code ran.
  const named = onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith(ourUrl)).map((e) => e.ts);
  const sampled = profile ? sampledTimes(profile, ourUrl) : [];
  // Top-level tasks only: a RunTask nested in another is part of it.
  const tasks = onThread.filter((e) => TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  const out: OurTasks = { wallMs: 0, threadMs: 0, ...(profile ? { sampledOnlyMs: 0 } : {}) };
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (task.ts < end) continue;
    end = taskEnd;
    const within = (t: number) => t >= task.ts && t < taskEnd;
    const byName = named.some(within);
    if (!byName && !sampled.some(within)) continue;
    out.wallMs += (task.dur ?? 0) / 1000;
    out.threadMs += (task.tdur ?? task.dur ?? 0) / 1000;
    if (!byName && out.sampledOnlyMs !== undefined) out.sampledOnlyMs += (task.dur ?? 0) / 1000;
  }
  return out;
}

/** Times (µs, the trace's clock, which the CDP profile shares) of the samples with our script on the stack. */
function sampledTimes(profile: Profile, ourUrl: string): number[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const urls = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url ?? '']));
  const onOurStack = (id: number | undefined): boolean => id !== undefined && (urls.get(id)!.startsWith(ourUrl) || onOurStack(parent.get(id)));
  const times: number[] = [];
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((node, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    if (onOurStack(node)) times.push(ts);
  });
  return times;
}
