/**
 * One load of one page, with the extension or without it, and what the benchmark measures there. The page-world
 * probe (probe.js) keeps the clock: every figure is read on the page's own timeline.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { MARKS_SCRIPT } from '../browser/marks.mjs';
import { ALIVE_CHECK_MS } from '../../lib/content/lifetime';
import { traceOurTasks } from './our-tasks';
import type { BenchPage } from './pages';

export const PROBE = `${MARKS_SCRIPT}\n${readFileSync(new URL('./probe.js', import.meta.url), 'utf8')}`;
const MARK_JS = new URL('../../node_modules/mark.js/dist/mark.min.js', import.meta.url).pathname;

/** Marks are settled when none was registered or dropped for this long (a changed block is matched again within a second). */
const QUIET_MS = 1500;
/** A page that gets no mark is done this long after its load (our work there ends within a few hundred ms). */
const EMPTY_MS = 2500;
/**
 * How long after its load the tasks of ours on a page are counted: past the content script's first periodic check
 * (lib/content/lifetime.ts), so that work it repeats while a page stays open is counted too.
 */
const OUR_TASKS_MS = ALIVE_CHECK_MS + 1000;
/** Give up waiting (and measure what is there) after this long. */
const SETTLE_TIMEOUT_MS = 120_000;
/** The page's own DOM work (issue 10): append/remove pairs on the 5 MB page, this many times a load (medians). */
const DOM_PAIRS = 1000;
const DOM_REPEATS = 5;
/** Between two of them: the burst's read (changes.ts RESCAN_DELAY_MS) and its frame are over by then. */
const DOM_PAUSE_MS = 500;
/** Where the scroll jumps land, as fractions of the page's height: far from the first screen and from each other. */
const SCROLL_STOPS = [0.35, 0.65, 0.95];
/** A card shows after the hover dwell (about 500 ms); one that has not shown by then is a miss. */
const CARD_TIMEOUT_MS = 10_000;
/** A shown card closes 300 ms after the pointer leaves; this leaves it time to. */
const CARD_CLOSE_MS = 600;

interface Status {
  now: number;
  load: number;
  lastChangeAt: number | null;
  registered: number;
}
type Point = { x: number; y: number };
export type OnScreen = { count: number; paintedAt: number };
/** What the probe needs of a tab: Playwright's Page has it, and the Firefox run (firefox.ts) adapts puppeteer's. */
export type ProbeTab = Pick<Page, 'evaluate' | 'waitForTimeout'>;
type Timed = { result: number; taskMs: number; paintedMs: number };

/** Calls the probe's `name` in the page (or reads it, when it is not a function). */
export function probe<T>(page: ProbeTab, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, args]) => {
      const member = (window as unknown as { __bench: Record<string, unknown> }).__bench[name];
      return typeof member === 'function' ? (member as (...a: unknown[]) => unknown)(...args) : member;
    },
    [name, args] as const,
  ) as Promise<T>;
}

/** Waits until no mark was registered or dropped for QUIET_MS after `since` (EMPTY_MS when the page has none). */
export async function settle(page: ProbeTab, since = 0): Promise<Status> {
  const started = Date.now();
  for (;;) {
    const status = await probe<Status>(page, 'status');
    const from = Math.max(status.lastChangeAt ?? status.load, since, status.load);
    const quiet = status.registered === 0 && status.lastChangeAt === null ? EMPTY_MS : QUIET_MS;
    if (status.now - from >= quiet || Date.now() - started > SETTLE_TIMEOUT_MS) return status;
    await page.waitForTimeout(200);
  }
}

export async function open(context: BrowserContext, url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export interface ExtensionRun {
  /** Marks registered once settled. */
  registered: number;
  /** From the load event until the frame that painted the last mark of the first screen was painted. */
  firstScreenMs: number | null;
  firstScreenMarks: number;
  /** Longest heartbeat gap that started after the load event, until the marks settled. */
  longestBlockMs: number;
  /** Longest time between two frames after the load event, until the marks settled. */
  longestFrameMs: number;
  /** The page's task doing it, its mutation observers' answers included. */
  domWorkMs?: number;
  /** The same, to the end of the frame painted after it. */
  domWorkPaintedMs?: number;
  /** Per scroll jump: from the jump until the frame that painted the last mark now on screen. */
  scrollMs?: number[];
  cardMs?: number | null;
  ourTaskMs?: number;
  /** The main thread's CPU time in those tasks (the wall time above includes time other processes ran). */
  ourThreadMs?: number;
  /** With `sampleOurs`: the wall time of tasks only the profiler's samples showed to be ours. */
  ourSampledOnlyMs?: number;
}

export interface ExtensionOptions {
  /** Trace which tasks ran our code (chrome-extension://<id>/). */
  traceOurs?: string;
  /** Also sample the stack every millisecond to find our promise continuations (our-tasks.ts says what it costs). */
  sampleOurs?: boolean;
  /** Which on-screen mark to hover, or undefined for no hover. */
  hover?: number;
}

/** The page's own DOM work, DOM_REPEATS times: one run of 1,000 pairs is a few ms, which a busy moment doubles. */
async function domWork(page: ProbeTab): Promise<{ taskMs: number; paintedMs: number }> {
  const runs: Timed[] = [];
  for (let i = 0; i < DOM_REPEATS; i++) {
    runs.push(await probe<Timed>(page, 'domWork', DOM_PAIRS));
    await page.waitForTimeout(DOM_PAUSE_MS);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] as number;
  return { taskMs: median(runs.map((r) => r.taskMs)), paintedMs: median(runs.map((r) => r.paintedMs)) };
}

/** Loads `url` in the browser with the extension and measures what `page` calls for. */
export async function extensionRun(context: BrowserContext, bench: BenchPage, url: string, options: ExtensionOptions = {}): Promise<ExtensionRun> {
  let tracer: Awaited<ReturnType<typeof traceOurTasks>> | undefined;
  const page = await open(context, url, async (p) => {
    if (options.traceOurs) tracer = await traceOurTasks(context, p, options.traceOurs, options.sampleOurs);
  });
  try {
    const status = await settle(page);
    const longest = await probe<{ beatMs: number; frameMs: number }>(page, 'longest', status.load);
    const run: ExtensionRun = {
      registered: status.registered,
      firstScreenMs: null,
      firstScreenMarks: 0,
      longestBlockMs: longest.beatMs,
      longestFrameMs: longest.frameMs,
    };
    if (tracer) {
      const after = await probe<Status>(page, 'status');
      await page.waitForTimeout(Math.max(0, status.load + OUR_TASKS_MS - after.now));
      const ours = await tracer.stop(url);
      run.ourTaskMs = ours.wallMs;
      run.ourThreadMs = ours.threadMs;
      run.ourSampledOnlyMs = ours.sampledOnlyMs;
    }
    const first = await probe<OnScreen>(page, 'onScreen', 0);
    run.firstScreenMarks = first.count;
    if (first.count > 0) run.firstScreenMs = first.paintedAt - status.load;
    if (bench.textChars >= 5_000_000) {
      const work = await domWork(page);
      run.domWorkMs = work.taskMs;
      run.domWorkPaintedMs = work.paintedMs;
    }
    if (options.hover !== undefined) run.cardMs = await hoverToCard(page, options.hover);
    if (bench.mentions && bench.textChars >= 1_000_000) {
      run.scrollMs = [];
      for (const stop of SCROLL_STOPS) {
        const at = await probe<number>(page, 'scrollTo', stop);
        await settle(page, at);
        run.scrollMs.push((await probe<OnScreen>(page, 'onScreen', at)).paintedAt - at);
      }
    }
    return run;
  } finally {
    await page.close();
  }
}

/** Moves the pointer onto the `index`-th mark on screen; ms until its card showed (null: no mark or no card). */
async function hoverToCard(page: Page, index: number): Promise<number | null> {
  await page.mouse.move(2, 2);
  await page.waitForTimeout(CARD_CLOSE_MS);
  const point = await probe<Point | null>(page, 'markCentre', index);
  if (!point) return null;
  await probe(page, 'watchCard', point, CARD_TIMEOUT_MS);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return probe<number | null>(page, 'card');
}

export interface PlainRun {
  longestBlockMs: number;
  longestFrameMs: number;
  /** The page's task doing it, its mutation observers' answers included. */
  domWorkMs?: number;
  /** The same, to the end of the frame painted after it. */
  domWorkPaintedMs?: number;
  /** mark.js `markRegExp`: from the call until the frame after it was painted. */
  markJsMs?: number;
  markJsMarks?: number;
}

/** Loads `url` in the browser without the extension: the page's own longest block, DOM work and mark.js. */
export async function plainRun(context: BrowserContext, bench: BenchPage, url: string, aliases: readonly string[]): Promise<PlainRun> {
  const page = await open(context, url);
  try {
    const status = await settle(page);
    const longest = await probe<{ beatMs: number; frameMs: number }>(page, 'longest', status.load);
    const run: PlainRun = { longestBlockMs: longest.beatMs, longestFrameMs: longest.frameMs };
    if (bench.textChars >= 5_000_000) {
      const work = await domWork(page);
      run.domWorkMs = work.taskMs;
      run.domWorkPaintedMs = work.paintedMs;
    }
    if (bench.mentions) {
      await page.addScriptTag({ path: MARK_JS });
      await page.waitForTimeout(300);
      const marked = await probe<Timed>(page, 'markRegExp', aliases);
      run.markJsMs = marked.paintedMs;
      run.markJsMarks = marked.result;
    }
    return run;
  } finally {
    await page.close();
  }
}
