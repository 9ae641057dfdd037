/**
 * `npm run bench`: what a reader feels of the extension, measured in headless Chromium with a warm browser on
 * synthetic news pages (pages.ts), each loaded in turn with the extension and in the same Chromium without it:
 * when the first screen's marks are painted, against mark.js `markRegExp` call+paint; the longest main-thread block
 * after load, rendering included; how soon a block scrolled into view gets its marks; the page's own DOM work with
 * marks present; our main-thread time on a page with no mention; hover to card. Prints one report with issue 10's
 * targets (PASS/MISS: a miss does not fail the command, a crash does) and writes artifacts/bench/latest.json.
 * Then Firefox beside it (firefox.ts): first-screen marks and the page with no mention, where firefox-esr is.
 *
 *   --quick        one run per page (three of the page with no mention) instead of three (seven)
 *   --skip-build   measure .output/chrome-mv3 and .output/firefox-mv3 as they are (also SOURCELIGHT_SKIP_BUILD=1)
 *   --no-firefox   Chromium only
 *
 * The build goes to artifacts/bench/build (same config and mode as `wxt build`), so a build or an e2e run started
 * meanwhile cannot swap the extension under a running measurement.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import catalogJson from '../../assets/catalog.json';
import type { Catalog } from '../../lib/facts/types';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { EXTENSION_DIR, launchExtension, launchPlain, ROOT } from '../browser/launch.mjs';
import { startStaticServer } from '../browser/static-server.mjs';
import { FIREFOX_EXTENSION_DIR } from '../browser/firefox.mjs';
import { chromiumPath, firefoxPath, hasChromium, hasFirefox, missingChromiumMessage } from '../browsers.mjs';
import { benchFirefox } from './firefox';
import { extensionRun, plainRun } from './measure';
import { PAGES, textOf, writePages } from './pages';
import { checkTargets, figures, firefoxFigures, formatFirefox, formatReport, type PageRuns } from './report';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const SKIP_BUILD = args.has('--skip-build') || process.env.SOURCELIGHT_SKIP_BUILD === '1';
/** Medians of three; the page with no mention costs a few ms, so seven runs there for a steadier median. */
const RUNS = QUICK ? 1 : 3;
const QUIET_RUNS = QUICK ? 3 : 7;
const FIREFOX = !args.has('--no-firefox');
/** What Firefox is measured on (issue 12): first-screen marks on the smallest page, and the page with no mention. */
const FIREFOX_PAGES = [PAGES.find((p) => p.mentions)!, PAGES.find((p) => !p.mentions)!];
const OUT_DIR = join(ROOT, 'artifacts', 'bench');
const catalog = catalogJson as Catalog;
const started = performance.now();

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

async function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  const { build } = await import('wxt');
  const quiet = () => undefined;
  const loud = (...a: unknown[]) => console.error(...a);
  // Its progress spinner writes to stdout whatever the logger: stdout is for the report only.
  const stdout = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    const logger = { debug: quiet, log: quiet, info: quiet, success: quiet, warn: loud, error: loud, fatal: loud, level: 1 };
    await build({ root: ROOT, outDir: join(OUT_DIR, 'build'), logger, browser });
  } finally {
    process.stdout.write = stdout;
  }
  return join(OUT_DIR, 'build', `${browser}-mv3`);
}

function gitCommit(): string {
  const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git('status', '--porcelain', '--', 'lib', 'entrypoints');
  return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (+ uncommitted changes in lib/ or entrypoints/)' : ''}`;
}

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error(missingChromiumMessage());
  const loadAtStart = loadavg()[0] ?? 0;
  mkdirSync(OUT_DIR, { recursive: true });
  log(SKIP_BUILD ? `measuring the existing build in ${EXTENSION_DIR}` : 'building the extension (wxt build, production mode)');
  const extensionDir = SKIP_BUILD ? EXTENSION_DIR : await buildExtension();
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} holds no build: run \`npm run build\` first.`);

  const pagesDir = join(OUT_DIR, 'pages');
  writePages(pagesDir);
  const matcher = compileMatcher(lexiconFromCatalog(catalog.entities), { fuzzy: true });
  const mentions = PAGES.map((p) => findMentions(matcher, textOf(readFileSync(join(pagesDir, p.file), 'utf8'))).length);
  PAGES.forEach((p, i) => {
    if (!p.mentions && mentions[i]! > 0) throw new Error(`${p.file} should mention nothing, but the matcher finds ${mentions[i]} mentions`);
  });
  const aliases = [...new Set(catalog.entities.flatMap((e) => e.aliases))];

  const server = await startStaticServer(pagesDir);
  const extension = await launchExtension(extensionDir);
  const plain = await launchPlain();
  const results: PageRuns[] = PAGES.map((page, i) => ({ page, mentions: mentions[i]!, extension: [], plain: [] }));
  try {
    // Warm both browsers: the first page a fresh profile opens waits for the background to build the fact base.
    log('warming both browsers on the 50 KB page');
    await extensionRun(extension.context, PAGES[0]!, server.url(PAGES[0]!.file));
    await plainRun(plain.context, PAGES[0]!, server.url(PAGES[0]!.file), aliases);
    for (const result of results) {
      const { page } = result;
      const runs = page.mentions ? RUNS : QUIET_RUNS;
      // Alternating, so a busy moment of the machine does not fall on one side only.
      for (let i = 0; i < runs; i++) {
        log(`${page.label}: run ${i + 1}/${runs} with the extension, then without`);
        const url = server.url(page.file);
        const hover = page.mentions && page.textChars < 1_000_000 ? 3 + i * 7 : undefined;
        const traceOurs = page.mentions ? undefined : `chrome-extension://${extension.extensionId}/`;
        result.extension.push(await extensionRun(extension.context, page, url, { hover, traceOurs }));
        result.plain.push(await plainRun(plain.context, page, url, aliases));
      }
      if (!page.mentions) {
        log(`${page.label}: one more load with the extension, its stack sampled`);
        result.sampled = await extensionRun(extension.context, page, server.url(page.file), { traceOurs: `chrome-extension://${extension.extensionId}/`, sampleOurs: true });
      }
    }
  } finally {
    await Promise.all([extension.close(), plain.close()]);
  }

  let firefox: Awaited<ReturnType<typeof benchFirefox>> | undefined;
  try {
    if (FIREFOX && hasFirefox()) {
      log(SKIP_BUILD ? `Firefox: measuring the existing build in ${FIREFOX_EXTENSION_DIR}` : 'Firefox: building the add-on');
      const firefoxDir = SKIP_BUILD ? FIREFOX_EXTENSION_DIR : await buildExtension('firefox');
      firefox = await benchFirefox(firefoxDir, server, FIREFOX_PAGES, (p) => (p.mentions ? RUNS : QUIET_RUNS), log);
    } else if (FIREFOX) {
      log(`Firefox: none at ${firefoxPath()} (set FIREFOX_PATH), so Chromium only`);
    }
  } finally {
    await server.close();
  }

  const pages = results.map(figures);
  const targets = checkTargets(pages);
  const meta = {
    date: new Date().toISOString(),
    machine: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    loadAverage: Number(loadAtStart.toFixed(2)),
    chromium: spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
    commit: gitCommit(),
    extensionDir,
    runs: RUNS,
    durationS: Math.round((performance.now() - started) / 1000),
  };
  const notes = [
    `${meta.date.slice(0, 10)}, ${meta.cores} cores (${meta.machine}), load average ${meta.loadAverage} at the start, commit ${meta.commit}, ${RUNS} run(s) a page.`,
  ];
  const firefoxPages = firefox?.results.map(firefoxFigures);
  console.log(formatReport(pages, targets, notes));
  if (firefox && firefoxPages) console.log(`\n${formatFirefox(firefox.version, firefoxPages)}`);
  const firefoxJson = firefox ? { version: firefox.version, pages: firefoxPages, runs: firefox.results } : null;
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ meta, pages, targets, runs: results, firefox: firefoxJson }, null, 2)}\n`);
  log(`wrote ${join(OUT_DIR, 'latest.json')}`);
}

main().then(
  // wxt's build may leave handles open (its bundler service); the report is written, so leave.
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] crashed:', error);
    process.exit(1);
  },
);
