/**
 * Firefox beside Chromium for two measurements: first-screen marks on the 50 KB page, and the page with no mention.
 * The same pages and the same page-world probe (probe.js), in firefox-esr with the add-on and in the same Firefox
 * without it, through puppeteer-core over WebDriver BiDi (scripts/browser/firefox.mjs). Firefox offers no trace of
 * which tasks ran our code, so the page with no mention is measured by what its own timers lost: main-thread time
 * with the add-on against without it.
 */
import type { Browser } from 'puppeteer-core';
import { launchFirefoxExtension } from '../browser/firefox.mjs';
import type { StaticServer } from '../browser/static-server.mjs';
import { PROBE, probe, settle, type OnScreen, type ProbeTab } from './measure';
import type { BenchPage } from './pages';

export interface FirefoxRun {
  registered: number;
  firstScreenMs: number | null;
  firstScreenMarks: number;
  longestBlockMs: number;
  /** Main-thread time the page's heartbeat lost from navigation until the marks settled (probe.js `busy`). */
  busyMs: number;
}

export interface FirefoxPageRuns {
  page: BenchPage;
  extension: FirefoxRun[];
  plain: FirefoxRun[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One load of `url`, measured by the probe (with or without the add-on, whichever `browser` is). */
async function run(browser: Browser, url: string): Promise<FirefoxRun> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  const tab: ProbeTab = {
    evaluate: ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as ProbeTab['evaluate'],
    waitForTimeout: sleep,
  };
  try {
    const status = await settle(tab);
    const first = await probe<OnScreen>(tab, 'onScreen', 0);
    const longest = await probe<{ beatMs: number }>(tab, 'longest', status.load);
    return {
      registered: status.registered,
      firstScreenMs: first.count > 0 ? first.paintedAt - status.load : null,
      firstScreenMarks: first.count,
      longestBlockMs: longest.beatMs,
      busyMs: await probe<number>(tab, 'busy', 0),
    };
  } finally {
    await page.close();
  }
}

/** Runs `pages` in Firefox with the add-on at `extensionDir` and without it, alternating, `runs(page)` times each. */
export async function benchFirefox(
  extensionDir: string,
  server: StaticServer,
  pages: readonly BenchPage[],
  runs: (page: BenchPage) => number,
  log: (message: string) => void,
): Promise<{ version: string; results: FirefoxPageRuns[] }> {
  const withAddOn = await launchFirefoxExtension(extensionDir);
  const without = await launchFirefoxExtension(null);
  try {
    const version = await withAddOn.browser.version();
    log('Firefox: warming both browsers on the 50 KB page');
    await run(withAddOn.browser, server.url(pages[0]!.file));
    await run(without.browser, server.url(pages[0]!.file));
    const results: FirefoxPageRuns[] = [];
    for (const page of pages) {
      const result: FirefoxPageRuns = { page, extension: [], plain: [] };
      for (let i = 0; i < runs(page); i++) {
        log(`Firefox, ${page.label}: run ${i + 1}/${runs(page)} with the add-on, then without`);
        result.extension.push(await run(withAddOn.browser, server.url(page.file)));
        result.plain.push(await run(without.browser, server.url(page.file)));
      }
      results.push(result);
    }
    return { version, results };
  } finally {
    await Promise.all([withAddOn.close(), without.close()]);
  }
}
