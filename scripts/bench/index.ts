/**
 * `npm run bench`: issue 5's performance benchmark. Builds the extension as `npm run build` does, then measures
 * it in headless Chromium on synthetic news pages (50 KB, 1 MB, 5 MB of text, and 50 KB that mention nothing)
 * against mark.js and a bare text walk, and in Node the fact base build and the matcher; prints one report,
 * writes it as JSON to artifacts/bench/latest.json and checks the targets (PASS/MISS). It is a
 * measurement: misses do not fail it, only a crash does.
 *
 * Options:
 *   --skip-build   measure .output/chrome-mv3 as it is (also SOURCELIGHT_SKIP_BUILD=1)
 *   --quick        one run per measurement instead of three (medians need three)
 *   --full         also run mark.js `mark` with the alias array on the 5 MB page (about a minute and a half)
 *   --profile      also build without minifying and trace every page with it once more: our hot functions by
 *                  name, and the traces saved (artifacts/bench/trace-*.json) for DevTools' Performance panel
 *
 * The build goes to artifacts/bench/build (same config and mode as `wxt build`), not .output, so a build or an
 * e2e run started meanwhile by someone else cannot swap the extension under a running measurement.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import catalogJson from '../../assets/catalog.json';
import { buildFactBase } from '../../lib/facts/build';
import type { Catalog, CatalogEntity } from '../../lib/facts/types';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { SHOW_DELAY } from '../../lib/page/hover-intent';
import { EXTENSION_DIR, launchExtension, ROOT, startStaticServer, type LoadedExtension, type StaticServer } from '../../test/e2e/support';
import { readBundled } from '../articles';
import { hasChromium, missingChromiumMessage } from '../chromium.mjs';
import { launchPlain, type SettleOptions } from './browser';
import { contentScriptSize } from './bundle';
import { runBaseline, type BaselineKind, type BaselineRun } from './measure-baselines';
import { measureCards } from './measure-card';
import { runExtension, type ExtensionRun } from './measure-extension';
import { measureFactBase, measureMatching } from './measure-node';
import { textOf, writePages, type BenchPage } from './pages';
import { checkTargets, formatReport, type BenchResult, type PageResult } from './report';

const args = new Set(process.argv.slice(2));
const SKIP_BUILD = args.has('--skip-build') || process.env.SOURCELIGHT_SKIP_BUILD === '1';
const REPEATS = args.has('--quick') ? 1 : 3;
const FULL = args.has('--full');
const PROFILE = args.has('--profile');

const OUT_DIR = join(ROOT, 'artifacts', 'bench');
const PAGES_DIR = join(OUT_DIR, 'pages');
const BUILD_DIR = join(OUT_DIR, 'build');
const UNMINIFIED_DIR = join(OUT_DIR, 'build-unminified');

/**
 * Marks are done when none was added for 1.5 s: the content script rescans 150 ms after a change and yields
 * between chunks, and on the 5 MB page one frame of layout between chunks takes a few hundred ms. A page with no
 * mention is done 2.5 s after its load (our work there ends within a few hundred ms of it).
 */
const SETTLE: SettleOptions = { quietMs: 1500, emptyMs: 2500, timeoutMs: 120_000 };
/**
 * Runs of the page with no mention traced without the sampling profiler: its figure is a few milliseconds, so
 * more than three for a steadier median (each run takes about three seconds).
 */
const QUIET_LIGHT_RUNS = 7;
/** Pages up to this much text are traced on every run (cheap); larger ones once, for attribution only. */
const TRACE_EVERY_RUN_UP_TO = 100_000;
/** mark.js with an alias array took about 18 s on the 1 MB page here; the bound only stops a runaway. */
const MARK_ARRAY_TIMEOUT_MS = 150_000;
/** An entity none of the pages names (the templates never write it), with a card in the fact base. */
const NEW_MENTION = { text: 'Joe Biden was asked about the crash by reporters on Friday.', entity: 'biden' };

const catalog = catalogJson as Catalog;
const started = performance.now();
/** How busy the machine already was: other processes on a 2-core machine make every figure noisier. */
const loadAtStart = loadavg()[0] ?? 0;

function log(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds} s] ${message}\n`);
}

/** WXT's logger, minus its progress output (the report should be the only thing on stdout). */
const quietLogger = {
  debug() {},
  log() {},
  info() {},
  success() {},
  warn: (...args: unknown[]) => console.error(...args),
  error: (...args: unknown[]) => console.error(...args),
  fatal: (...args: unknown[]) => console.error(...args),
  level: 1,
};

async function buildExtension(outDir: string, minify: boolean): Promise<string> {
  const { build } = await import('wxt');
  // Its progress spinner writes to stdout whatever the logger: send it to stderr with the progress lines.
  const stdout = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    await build({ root: ROOT, outDir, logger: quietLogger, vite: () => ({ build: minify ? {} : { minify: false } }) });
  } finally {
    process.stdout.write = stdout;
  }
  return join(outDir, 'chrome-mv3');
}

function realArticles(): { id: string; text: string }[] {
  return readBundled(ROOT).articles.map(({ id, text }) => ({ id, text }));
}

function compileCounter(entities: readonly unknown[]): (text: string) => number {
  // As the page session compiles it (entrypoints/session.content.ts): fuzzy rescue on.
  const matcher = compileMatcher(lexiconFromCatalog(entities as CatalogEntity[]), { fuzzy: true });
  return (text) => findMentions(matcher, text).length;
}

function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'lib', 'entrypoints'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return dirty ? `${head} (+ uncommitted changes in lib/ or entrypoints/)` : head;
}

async function measureExtensionPages(
  extension: LoadedExtension,
  server: StaticServer,
  pages: readonly BenchPage[],
): Promise<{ runs: Map<string, ExtensionRun[]>; cards: Awaited<ReturnType<typeof measureCards>> }> {
  const runs = new Map<string, ExtensionRun[]>();
  // The first page a fresh profile opens waits for the background to build the fact base: not what a reader
  // meets on every page after the first, so it is not measured.
  await runExtension(extension.context, server.url(pages[0]!.file), extension.extensionId, { settle: SETTLE });
  for (const page of pages) {
    const list: ExtensionRun[] = [];
    const traceAll = page.textChars <= TRACE_EVERY_RUN_UP_TO;
    for (let i = 0; i < REPEATS; i++) {
      log(`${page.label}: Sourcelight run ${i + 1}/${REPEATS}${traceAll ? ' (traced)' : ''}`);
      list.push(
        await runExtension(extension.context, server.url(page.file), extension.extensionId, {
          settle: SETTLE,
          trace: traceAll,
          heap: i === 0 && page.textChars >= 5_000_000,
        }),
      );
    }
    if (!traceAll) {
      log(`${page.label}: Sourcelight, traced run`);
      list.push(await runExtension(extension.context, server.url(page.file), extension.extensionId, { settle: SETTLE, trace: true }));
    }
    if (!page.mentions) {
      // Our whole cost there is one short task, which the sampling profiler doubles: time it without.
      for (let i = 0; i < QUIET_LIGHT_RUNS; i++) {
        log(`${page.label}: Sourcelight run ${i + 1}/${QUIET_LIGHT_RUNS} (traced without the profiler)`);
        list.push(await runExtension(extension.context, server.url(page.file), extension.extensionId, { settle: SETTLE, trace: 'light' }));
      }
    }
    runs.set(page.file, list);
  }
  log('hover to card: worker running, stopped with the card held, stopped with a new mention');
  const cards = await measureCards(extension.context, server.url(pages[0]!.file), extension.extensionId, {
    settle: SETTLE,
    repeats: REPEATS,
    timeoutMs: 10_000,
    newMention: NEW_MENTION,
  });
  return { runs, cards };
}

async function measureBaselinePages(
  server: StaticServer,
  pages: readonly BenchPage[],
  aliases: readonly string[],
): Promise<{ chromium: string; results: Map<string, { floor: BaselineRun[]; markRegExp: BaselineRun[]; markArray: PageResult['markArray'] }> }> {
  const browser = await launchPlain();
  const results = new Map<string, { floor: BaselineRun[]; markRegExp: BaselineRun[]; markArray: PageResult['markArray'] }>();
  try {
    for (const page of pages) {
      const url = server.url(page.file);
      const repeat = async (kind: BaselineKind, heapFirst = false): Promise<BaselineRun[]> => {
        const out: BaselineRun[] = [];
        for (let i = 0; i < REPEATS; i++) {
          log(`${page.label}: ${kind} run ${i + 1}/${REPEATS}`);
          const run = await runBaseline(browser, url, kind, aliases, { timeoutMs: MARK_ARRAY_TIMEOUT_MS, heap: heapFirst && i === 0 });
          if ('timedOut' in run) throw new Error(`${kind} on ${page.label} did not finish within ${run.timeoutMs} ms`);
          out.push(run);
        }
        return out;
      };
      const floor = await repeat('floor', page.textChars >= 5_000_000);
      const markRegExp = await repeat('markRegExp');
      let markArray: PageResult['markArray'];
      if (page.textChars >= 5_000_000 && !FULL) {
        markArray = { skipped: 'about 18 s per MB here: run with --full to measure it on the 5 MB page' };
      } else {
        log(`${page.label}: markArray (once: it is slow)`);
        markArray = await runBaseline(browser, url, 'markArray', aliases, { timeoutMs: MARK_ARRAY_TIMEOUT_MS });
      }
      results.set(page.file, { floor, markRegExp, markArray });
    }
    return { chromium: browser.version(), results };
  } finally {
    await browser.close();
  }
}

async function profileUnminified(server: StaticServer, pages: readonly BenchPage[]): Promise<NonNullable<BenchResult['profile']>> {
  log('--profile: building without minifying');
  const dir = await buildExtension(UNMINIFIED_DIR, false);
  const extension = await launchExtension(dir);
  const out: NonNullable<BenchResult['profile']> = [];
  try {
    await runExtension(extension.context, server.url(pages[0]!.file), extension.extensionId, { settle: SETTLE });
    for (const page of pages) {
      log(`--profile: tracing ${page.label} with the unminified build`);
      const file = join(OUT_DIR, `trace-${page.file.replace(/\.html$/, '')}.json`);
      const run = await runExtension(extension.context, server.url(page.file), extension.extensionId, {
        settle: SETTLE,
        trace: true,
        onTrace: (events) => writeFileSync(file, JSON.stringify({ traceEvents: events })),
      });
      out.push({ page: page.label, functions: run.trace?.functions ?? [], trace: file });
    }
  } finally {
    await extension.close();
  }
  return out;
}

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  mkdirSync(OUT_DIR, { recursive: true });

  let extensionDir = EXTENSION_DIR;
  if (SKIP_BUILD) log(`measuring the existing build in ${extensionDir}`);
  else {
    log('building the extension (wxt build, production mode)');
    extensionDir = await buildExtension(BUILD_DIR, true);
  }
  const bundle = contentScriptSize(extensionDir);

  log('writing the pages');
  const match = compileCounter(catalog.entities);
  const pages = writePages(PAGES_DIR).map((page) => ({ ...page, nodeMentions: match(textOf(readFileSync(join(PAGES_DIR, page.file), 'utf8'))) }));
  const quiet = pages.find((p) => !p.mentions);
  if (quiet && quiet.nodeMentions > 0) throw new Error(`${quiet.file} should mention nothing, but the matcher finds ${quiet.nodeMentions} mentions`);

  log('fact base build: the 5 articles, then 100, 300 and 1,000 synthetic ones');
  const factBase = measureFactBase({
    build: (articles) => void buildFactBase(articles, catalog),
    realArticles: realArticles(),
    sizes: [100, 300, 1000],
    repeats: REPEATS,
  });
  log('matching throughput in Node: the catalog, and ten times as many entities');
  const matching = measureMatching({ realEntities: catalog.entities, compile: compileCounter, textChars: 1_000_000, repeats: REPEATS });

  const server = await startStaticServer(PAGES_DIR);
  try {
    log('Chromium with the extension');
    const extension = await launchExtension(extensionDir);
    let measured: Awaited<ReturnType<typeof measureExtensionPages>>;
    try {
      measured = await measureExtensionPages(extension, server, pages);
    } finally {
      await extension.close();
    }
    log('Chromium without the extension: the floor and mark.js');
    const aliases = [...new Set(catalog.entities.flatMap((e) => e.aliases))];
    const baselines = await measureBaselinePages(server, pages, aliases);
    const profile = PROFILE ? await profileUnminified(server, pages) : undefined;

    const pageResults: PageResult[] = pages.map((page) => {
      const runs = measured.runs.get(page.file) ?? [];
      const base = baselines.results.get(page.file)!;
      const traceAll = page.textChars <= TRACE_EVERY_RUN_UP_TO;
      return {
        page,
        // Timings come from the untraced runs where there are any (a trace slows the page down).
        extension: {
          runs: runs.filter((r) => traceAll || !r.trace).map((r) => r.timing),
          traces: runs.flatMap((r) => (r.trace ? [r.trace] : [])),
        },
        floor: base.floor,
        markRegExp: base.markRegExp,
        markArray: base.markArray,
      };
    });
    const big = pages.find((p) => p.textChars >= 5_000_000);
    const withHeap = big ? measured.runs.get(big.file)?.find((r) => r.heap)?.heap : undefined;
    const withoutHeap = big ? baselines.results.get(big.file)?.floor.find((r) => r.heap)?.heap : undefined;
    const cpu = cpus();
    const result: BenchResult = {
      meta: {
        date: new Date().toISOString(),
        machine: `${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        cores: cpu.length,
        node: process.versions.node,
        chromium: baselines.chromium,
        commit: gitCommit(),
        extensionDir,
        loadAverage: Number(loadAtStart.toFixed(2)),
      },
      pages: pageResults,
      factBase,
      matching,
      cards: { ...measured.cards, showDelayMs: SHOW_DELAY },
      bundle,
      heap:
        big && withHeap && withoutHeap
          ? {
              page: big.label,
              withoutBytes: withoutHeap.jsHeapBytes,
              withBytes: withHeap.jsHeapBytes,
              growthBytes: withHeap.jsHeapBytes - withoutHeap.jsHeapBytes,
              domNodesWithout: withoutHeap.domNodes,
              domNodesWith: withHeap.domNodes,
            }
          : null,
      profile,
    };
    result.meta.durationS = (performance.now() - started) / 1000;
    const targets = checkTargets(result);
    console.log(formatReport(result, targets));
    writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ ...result, targets }, null, 2)}\n`);
    log(`wrote ${join(OUT_DIR, 'latest.json')}`);
  } finally {
    await server.close();
  }
}

main().then(
  // wxt's build may leave handles open (its bundler service); the report is written, so leave.
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] crashed:', error);
    process.exit(1);
  },
);
