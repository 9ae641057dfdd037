/**
 * The benchmark's figures: medians per page from the runs with and without the extension, issue 10's targets with
 * PASS or MISS, and the report printed from them.
 */
import type { FirefoxPageRuns } from './firefox';
import type { ExtensionRun, PlainRun } from './measure';
import type { BenchPage } from './pages';

export interface PageRuns {
  page: BenchPage;
  /** Mentions the matcher finds in the page's text in Node: what a fully marked page would show. */
  mentions: number;
  extension: ExtensionRun[];
  plain: PlainRun[];
  /** For the page with no mention: one more load, its stack sampled, to check the trace named every task of ours. */
  sampled?: ExtensionRun;
}

export type PageFigures = ReturnType<typeof figures>;

export interface Target {
  name: string;
  pass: boolean;
  figures: string;
}

function median(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

/** Median of a measure over the runs with the extension (`ext`) and over the plain runs (`plain`). */
function medians<E, P>(runs: { extension: readonly E[]; plain: readonly P[] }) {
  return {
    ext: (pick: (r: E) => number | null | undefined) => median(runs.extension.map(pick)),
    plain: (pick: (r: P) => number | null | undefined) => median(runs.plain.map(pick)),
  };
}

/** What the extension added to a measure: with it minus without it, when both are known. */
const added = (withMs: number | null, withoutMs: number | null): number | null =>
  withMs !== null && withoutMs !== null ? withMs - withoutMs : null;

interface MarkingRun {
  registered: number;
  firstScreenMs: number | null;
  firstScreenMarks: number;
  longestBlockMs: number;
}

/**
 * What both browsers measure: marks registered, when the first screen was marked, and the longest block with the
 * extension, without it, and what the extension added.
 */
function markingFigures(runs: { extension: readonly MarkingRun[]; plain: readonly { longestBlockMs: number }[] }) {
  const { ext, plain } = medians(runs);
  const blockWithMs = ext((r) => r.longestBlockMs);
  const blockWithoutMs = plain((r) => r.longestBlockMs);
  return {
    registered: ext((r) => r.registered),
    firstScreenMs: ext((r) => r.firstScreenMs),
    firstScreenMarks: ext((r) => r.firstScreenMarks),
    blockWithMs,
    blockWithoutMs,
    blockAddedMs: added(blockWithMs, blockWithoutMs),
  };
}

/** Medians per page in Chromium. */
export function figures(runs: PageRuns) {
  const { ext, plain } = medians(runs);
  const scrolls = runs.extension.flatMap((r) => r.scrollMs ?? []);
  return {
    page: runs.page.label,
    textChars: runs.page.textChars,
    mentioning: runs.page.mentions,
    mentions: runs.mentions,
    ...markingFigures(runs),
    markJsMs: plain((r) => r.markJsMs),
    frameWithMs: ext((r) => r.longestFrameMs),
    frameWithoutMs: plain((r) => r.longestFrameMs),
    domWorkWithMs: ext((r) => r.domWorkMs),
    domWorkWithoutMs: plain((r) => r.domWorkMs),
    domWorkPaintedWithMs: ext((r) => r.domWorkPaintedMs),
    domWorkPaintedWithoutMs: plain((r) => r.domWorkPaintedMs),
    /** From a scroll jump until the frame that painted the last mark on screen. */
    scrollMs: median(scrolls),
    scrollWorstMs: scrolls.length ? Math.max(...scrolls) : null,
    cardMs: ext((r) => r.cardMs),
    ourTaskMs: ext((r) => r.ourTaskMs),
    ourThreadMs: ext((r) => r.ourThreadMs),
    sampledOnlyMs: runs.sampled?.ourSampledOnlyMs ?? null,
    sampledTaskMs: runs.sampled?.ourTaskMs ?? null,
  };
}

const ms = (v: number | null): string => (v === null ? '—' : Math.abs(v) < 10 ? v.toFixed(1) : v.toFixed(0));
const times = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)}×`);
const ratio = (a: number | null, b: number | null): number | null => (a !== null && b ? a / b : null);

/** Issue 10's targets, judged on the medians. */
export function checkTargets(pages: readonly PageFigures[]): Target[] {
  const targets: Target[] = [];
  const check = (name: string, value: number | null, pass: (v: number) => boolean, shown: string): void =>
    void targets.push({ name, pass: value !== null && pass(value), figures: shown });
  for (const p of pages.filter((p) => p.mentioning)) {
    if (p.textChars < 1_000_000) {
      check(`first-screen marks on ${p.page} within 150 ms of load`, p.firstScreenMs, (v) => v <= 150, `${ms(p.firstScreenMs)} ms`);
    } else {
      const r = ratio(p.firstScreenMs, p.markJsMs);
      check(`first-screen marks on ${p.page} in at most 1/4 of mark.js call+paint`, r, (v) => v <= 0.25, `${ms(p.firstScreenMs)} vs ${ms(p.markJsMs)} ms, ${times(r)}`);
      check(`marks of a block scrolled into view on ${p.page} within 100 ms`, p.scrollMs, (v) => v <= 100, `median ${ms(p.scrollMs)} ms, worst ${ms(p.scrollWorstMs)} ms`);
    }
  }
  for (const p of pages) {
    const shown = `${ms(p.blockWithMs)} with, ${ms(p.blockWithoutMs)} without: ${ms(p.blockAddedMs)} ms added`;
    check(`adds at most 50 ms to the longest block after load on ${p.page}`, p.blockAddedMs, (v) => v <= 50, shown);
  }
  for (const p of pages.filter((p) => p.domWorkWithMs !== null)) {
    const r = ratio(p.domWorkWithMs, p.domWorkWithoutMs);
    check(`the page's own DOM work on ${p.page} at most 1.5x without the extension`, r, (v) => v <= 1.5, `${ms(p.domWorkWithMs)} vs ${ms(p.domWorkWithoutMs)} ms, ${times(r)}`);
  }
  for (const p of pages.filter((p) => !p.mentioning)) {
    check(`under 5 ms of main-thread time on ${p.page}`, p.ourTaskMs, (v) => v < 5, `${ms(p.ourTaskMs)} ms of tasks running our code`);
  }
  return targets;
}

export function formatReport(pages: readonly PageFigures[], targets: readonly Target[], notes: readonly string[]): string {
  const rows = pages.map((p) =>
    [
      p.page,
      `${p.mentions.toLocaleString('en')} / ${p.registered === null ? '—' : p.registered.toLocaleString('en')}`,
      p.firstScreenMs === null ? '—' : `${ms(p.firstScreenMs)} (${p.firstScreenMarks})`,
      ms(p.markJsMs),
      `${ms(p.blockWithMs)} / ${ms(p.blockWithoutMs)} / ${ms(p.blockAddedMs)}`,
      `${ms(p.frameWithMs)} / ${ms(p.frameWithoutMs)}`,
      p.scrollMs === null ? '—' : `${ms(p.scrollMs)} (worst ${ms(p.scrollWorstMs)})`,
    ].join(' | '),
  );
  const dom = pages.filter((p) => p.domWorkWithMs !== null);
  const card = pages.find((p) => p.cardMs !== null);
  return [
    'ms, medians. Longest block: the longest gap between two beats of a zero-delay timer loop in the page after the load',
    'event (what the page\'s own scripts wait, rendering included); longest frame: between two animation frames.',
    '',
    '| page | mentions / registered | first screen painted after load (marks) | mark.js markRegExp call+paint | longest block with / without / added | longest frame with / without | scroll-in |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
    ...dom.map(
      (p) =>
        `The page's own DOM work on ${p.page} (1,000 append/remove pairs): its task, observers included, ${ms(p.domWorkWithMs)} ms with the extension, ${ms(p.domWorkWithoutMs)} without; to the end of the next frame ${ms(p.domWorkPaintedWithMs)} and ${ms(p.domWorkPaintedWithoutMs)}.`,
    ),
    ...pages.filter((p) => p.ourTaskMs !== null).map((p) => `Main-thread tasks running our code on ${p.page}: ${ms(p.ourTaskMs)} ms (the main thread's CPU time in them: ${ms(p.ourThreadMs)} ms). One more load with its stack sampled every millisecond: ${ms(p.sampledTaskMs)} ms, of which ${ms(p.sampledOnlyMs)} ms in tasks the trace alone does not name.`),
    card ? `Hover to card on ${card.page} (pointer on a mark to the card on screen, hover dwell included): ${ms(card.cardMs)} ms.` : 'Hover to card: no card showed.',
    ...notes,
    '',
    'Targets (issue 10):',
    ...targets.map((t) => `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.figures}`),
  ].join('\n');
}

/** Medians per page of the Firefox runs (firefox.ts). */
export function firefoxFigures(runs: FirefoxPageRuns) {
  const { ext, plain } = medians(runs);
  const busyWithMs = ext((r) => r.busyMs);
  const busyWithoutMs = plain((r) => r.busyMs);
  return {
    page: runs.page.label,
    ...markingFigures(runs),
    busyWithMs,
    busyWithoutMs,
    busyAddedMs: added(busyWithMs, busyWithoutMs),
  };
}

export type FirefoxFigures = ReturnType<typeof firefoxFigures>;

/** The Firefox section of the report: the same pages, what Firefox shows beside Chromium's figures above. */
export function formatFirefox(version: string, pages: readonly FirefoxFigures[]): string {
  return [
    `Firefox (${version}), with the add-on and without it, medians: first-screen marks, and the main-thread time the`,
    "page's timers lost from navigation until the marks settled (Firefox has no trace of which tasks ran our code).",
    '',
    '| page | registered | first screen painted after load (marks) | longest block with / without / added | main-thread time lost with / without / added |',
    '|---|---|---|---|---|',
    ...pages.map(
      (p) =>
        `| ${p.page} | ${p.registered ?? '—'} | ${p.firstScreenMs === null ? '—' : `${ms(p.firstScreenMs)} (${p.firstScreenMarks})`} | ` +
        `${ms(p.blockWithMs)} / ${ms(p.blockWithoutMs)} / ${ms(p.blockAddedMs)} | ${ms(p.busyWithMs)} / ${ms(p.busyWithoutMs)} / ${ms(p.busyAddedMs)} |`,
    ),
  ].join('\n');
}
