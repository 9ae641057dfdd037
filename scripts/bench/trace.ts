/**
 * Reading a Chromium trace (CDP Tracing) of one page load: the page's main-thread tasks, which of them ran the
 * extension's code, and where the main thread's time went while it did.
 *
 * "Ours" is decided by the V8 sampling profiler that the trace carries (ProfileChunk events): a task is ours
 * when a sample inside it has the content script on its stack, or when it evaluates or calls into the content
 * script (EvaluateScript / FunctionCall events naming its URL). Work that the content script's DOM writes cause
 * later, in the browser's rendering steps (style, layout, paint of a frame), runs in tasks without our code on
 * the stack; those are counted separately as rendering that followed our writes.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** Microseconds, on the browser's monotonic clock. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string }; name?: string } & Record<string, unknown>;
}

/** Categories that give tasks, rendering steps, script events and profiler samples (as DevTools records). */
export const TRACE_CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * The same minus the trace's sampling profiler and V8's execution events: tasks and script events only. On a page
 * with no mention our work is a few milliseconds, which the trace's profiler (a sample every 0.2 ms, each walking
 * the stack) makes about twice as long (measured here: 9-23 ms traced with it, against 4-6 ms by the content
 * script's own clock without it). Such a trace goes with a CDP profile sampled every LIGHT_SAMPLING_US instead,
 * which still finds our code in tasks that name no script of ours (a promise continuation run in the microtask
 * checkpoint of the task that delivered a storage answer).
 */
export const LIGHT_TRACE_CATEGORIES = ['__metadata', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];
/**
 * The CDP profiler's interval with a light trace: a fifth of the trace profiler's rate. SOURCELIGHT_LIGHT_SAMPLING_US
 * overrides it, e.g. 50 to see where a short script's milliseconds go (at the cost of slowing it down).
 */
export const LIGHT_SAMPLING_US = Number(process.env.SOURCELIGHT_LIGHT_SAMPLING_US ?? 1000);

/** A profile from the DevTools protocol's Profiler domain (Profiler.stop). */
export interface CdpProfile {
  nodes: { id: number; callFrame: ProfileNode['callFrame']; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A task is "long" from 50 ms on (the Long Tasks API and RAIL's input budget); TBT counts what is beyond it. */
export const LONG_TASK_MS = 50;

/** Rendering steps and garbage collection, by trace event name, and the phase each is reported under. */
const RENDER_PHASES: Record<string, 'style' | 'layout' | 'paint' | 'gc'> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_MC_INCREMENTAL': 'gc',
  'V8.GC_MC_INCREMENTAL_START': 'gc',
  'V8.GC_MC_INCREMENTAL_FINALIZE': 'gc',
};

export interface Task {
  /** Milliseconds since the page's navigation start. */
  start: number;
  duration: number;
  /** Ran content-script code. */
  ours: boolean;
  /** Milliseconds of samples with the content script on the stack. */
  ourScriptMs: number;
  styleMs: number;
  layoutMs: number;
  paintMs: number;
  gcMs: number;
}

export interface FunctionCost {
  /** `name (line:column)` in the content script bundle. */
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface MainThread {
  tasks: Task[];
  /** Milliseconds since navigation start of the first and last task that ran our code; null when none did. */
  firstOurs: number | null;
  lastOurs: number | null;
  /** Sampled time with the content script on the stack (all tasks). */
  ourScriptMs: number;
  /** Our functions by sampled self time (the hot spots), largest first. */
  functions: FunctionCost[];
  /** Median interval between profiler samples, ms: the resolution of the figures above. */
  sampleMs: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; scriptId: number | string; lineNumber?: number; columnNumber?: number };
}

interface Sample {
  ts: number;
  node: number;
}

/** The same shape as profileOf's, from a CDP profile (its clock is the trace's: microseconds of TimeTicks). */
function profileFromCdp(profile: CdpProfile): { nodes: Map<number, ProfileNode>; samples: Sample[] } {
  const nodes = new Map<number, ProfileNode>();
  for (const node of profile.nodes) nodes.set(node.id, { id: node.id, callFrame: { ...node.callFrame } });
  for (const node of profile.nodes) for (const child of node.children ?? []) nodes.get(child)!.parent = node.id;
  const samples: Sample[] = [];
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((node, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    samples.push({ ts, node });
  });
  return { nodes, samples };
}

/** The renderer main thread that parsed `pageUrl`. */
function mainThreadOf(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string })?.url ?? '').startsWith(pageUrl));
  const any = parse ?? events.find((e) => e.name === 'ParseHTML');
  if (!any) throw new Error(`the trace holds no ParseHTML event for ${pageUrl}`);
  return { pid: any.pid, tid: any.tid };
}

/** The sampling profile of one thread, rebuilt from its ProfileChunk events. */
function profileOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }): { nodes: Map<number, ProfileNode>; samples: Sample[] } {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) return { nodes, samples };
  let ts = Number((profile.args?.data as { startTime?: number })?.startTime ?? 0);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node });
    });
  }
  // Only some nodes carry their script's URL; the others share its scriptId.
  const urls = new Map<string, string>();
  for (const node of nodes.values()) if (node.callFrame.url) urls.set(String(node.callFrame.scriptId), node.callFrame.url);
  for (const node of nodes.values()) node.callFrame.url ??= urls.get(String(node.callFrame.scriptId)) ?? '';
  samples.sort((a, b) => a.ts - b.ts);
  return { nodes, samples };
}

/** The trace time of navigation start: the page's own user-timing mark `probeMark` minus its startTime. */
function navigationStartTs(events: readonly TraceEvent[], thread: { pid: number }, probeMark: string, probeStartMs: number): number {
  const mark = events.find((e) => e.name === probeMark && e.pid === thread.pid);
  if (!mark) throw new Error(`the trace holds no "${probeMark}" mark: was the page probe installed?`);
  return mark.ts - probeStartMs * 1000;
}

export interface AnalyseOptions {
  pageUrl: string;
  /** URL prefix of the extension's scripts, e.g. chrome-extension://<id>/ */
  ourUrl: string;
  /** The name and startTime of a performance.mark the page made, to line the trace up with the page's clock. */
  probeMark: string;
  probeStartMs: number;
  /** Samples from a CDP profile, for a trace recorded without the trace's own profiler. */
  profile?: CdpProfile;
}

export function analyseTrace(events: readonly TraceEvent[], options: AnalyseOptions): MainThread {
  const thread = mainThreadOf(events, options.pageUrl);
  const origin = navigationStartTs(events, thread, options.probeMark, options.probeStartMs);
  const toMs = (ts: number): number => (ts - origin) / 1000;
  const { nodes, samples } = options.profile ? profileFromCdp(options.profile) : profileOf(events, thread);

  const oursByNode = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let cached = oursByNode.get(id);
    if (cached === undefined) {
      cached = false;
      for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        if (node.callFrame.url?.startsWith(options.ourUrl)) {
          cached = true;
          break;
        }
      }
      oursByNode.set(id, cached);
    }
    return cached;
  };
  // A sample stands for the time until the next one (capped, so a gap in sampling does not count as work).
  const intervals = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).sort((a, b) => a - b);
  const sampleUs = intervals[intervals.length >> 1] ?? 1000;
  const weight = (i: number): number => Math.min((samples[i + 1]?.ts ?? samples[i]!.ts + sampleUs) - samples[i]!.ts, sampleUs * 4) / 1000;

  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const topTasks = onThread
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts)
    .filter((task, i, all) => {
      const previous = all[i - 1];
      return !previous || previous.ts + (previous.dur ?? 0) <= task.ts;
    });
  const scriptCalls = onThread.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && String(e.args?.data?.url ?? '').startsWith(options.ourUrl),
  );
  const renderSteps = onThread.filter((e) => RENDER_PHASES[e.name] !== undefined);

  const tasks: Task[] = [];
  let sampleAt = 0;
  let callAt = 0;
  let stepAt = 0;
  for (const event of topTasks) {
    const end = event.ts + (event.dur ?? 0);
    const task: Task = { start: toMs(event.ts), duration: (event.dur ?? 0) / 1000, ours: false, ourScriptMs: 0, styleMs: 0, layoutMs: 0, paintMs: 0, gcMs: 0 };
    while (sampleAt < samples.length && samples[sampleAt]!.ts < event.ts) sampleAt++;
    for (let i = sampleAt; i < samples.length && samples[i]!.ts < end; i++) {
      if (isOurs(samples[i]!.node)) task.ourScriptMs += weight(i);
    }
    while (callAt < scriptCalls.length && scriptCalls[callAt]!.ts < event.ts) callAt++;
    const calls = callAt < scriptCalls.length && scriptCalls[callAt]!.ts < end;
    task.ours = task.ourScriptMs > 0 || calls;
    while (stepAt < renderSteps.length && renderSteps[stepAt]!.ts < event.ts) stepAt++;
    // Steps may nest (a GC inside a layout); count the outermost step only.
    let coveredUntil = 0;
    for (let i = stepAt; i < renderSteps.length && renderSteps[i]!.ts < end; i++) {
      const step = renderSteps[i]!;
      if (step.ts < coveredUntil) continue;
      coveredUntil = step.ts + (step.dur ?? 0);
      const ms = (step.dur ?? 0) / 1000;
      const phase = RENDER_PHASES[step.name]!;
      if (phase === 'style') task.styleMs += ms;
      else if (phase === 'layout') task.layoutMs += ms;
      else if (phase === 'paint') task.paintMs += ms;
      else task.gcMs += ms;
    }
    tasks.push(task);
  }

  const self = new Map<number, number>();
  const total = new Map<string, number>();
  let ourScriptMs = 0;
  samples.forEach((sample, i) => {
    if (!isOurs(sample.node)) return;
    const ms = weight(i);
    ourScriptMs += ms;
    // Self time goes to the innermost frame that is ours (a native call such as getBoundingClientRect counts
    // for the function of ours that made it), total time to every distinct function of ours on the stack.
    let innermost: number | null = null;
    const seen = new Set<string>();
    for (let node = nodes.get(sample.node); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      if (!node.callFrame.url?.startsWith(options.ourUrl)) continue;
      innermost ??= node.id;
      const key = functionKey(node);
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
    }
    if (innermost !== null) self.set(innermost, (self.get(innermost) ?? 0) + ms);
  });
  const selfByKey = new Map<string, number>();
  for (const [id, ms] of self) {
    const key = functionKey(nodes.get(id)!);
    selfByKey.set(key, (selfByKey.get(key) ?? 0) + ms);
  }
  const functions = [...total.entries()]
    .map(([name, totalMs]) => ({ name, selfMs: selfByKey.get(name) ?? 0, totalMs }))
    .sort((a, b) => b.selfMs - a.selfMs);

  const ours = tasks.filter((t) => t.ours);
  return {
    tasks,
    firstOurs: ours[0]?.start ?? null,
    lastOurs: ours.length ? ours[ours.length - 1]!.start + ours[ours.length - 1]!.duration : null,
    ourScriptMs,
    functions,
    sampleMs: sampleUs / 1000,
  };
}

function functionKey(node: ProfileNode): string {
  const frame = node.callFrame;
  return `${frame.functionName || '(anonymous)'} (${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1})`;
}

/** Total blocking time of `tasks`: what each spends beyond LONG_TASK_MS. */
export function totalBlockingTime(tasks: readonly Task[]): number {
  return tasks.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0);
}
