/**
 * What a page with no mention costs with and without stories the reader added: the bench's 50 KB page about
 * something else (pages.ts), our main-thread time on it traced as `npm run bench` traces it (our-tasks.ts), in a
 * fresh profile (the prefilter built into the page check) and in one where the articles of DIR were added through
 * the protocol (the published prefilter, read from storage.local after the flag script's document_start read).
 *
 *   npx tsx scripts/bench/quiet-page-with-added-stories.ts DIR [runs]
 *
 * Medians of `runs` (default 7) loads each, alternating. Figures depend on the machine's load: compare the two.
 * Measures .output/chrome-mv3 as it is (`npm run build` first).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension, ROOT } from '../browser/launch.mjs';
import { startStaticServer } from '../browser/static-server.mjs';
import { extensionRun } from './measure';
import { PAGES, writePages } from './pages';

const [dirArg, runsArg] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: npx tsx scripts/bench/quiet-page-with-added-stories.ts DIR [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 7);
const dir = resolve(dirArg);
const articles = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), origin: f }));

const pagesDir = join(ROOT, 'artifacts', 'bench', 'pages');
mkdirSync(pagesDir, { recursive: true });
writePages(pagesDir);
const page = PAGES.find((p) => !p.mentions)!;
const server = await startStaticServer(pagesDir);
const plain = await launchExtension();
const added = await launchExtension();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const popup = await added.openExtensionPage('popup.html');
  for (const article of articles) {
    await popup.evaluate(
      (data) =>
        new Promise<void>((done, fail) =>
          chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'addSource', data, timestamp: Date.now() }, (reply) =>
            reply?.res ? done() : fail(new Error(reply?.err?.message ?? 'no answer')),
          ),
        ),
      article,
    );
  }
  await popup.close();
  const url = server.url(page.file);
  // Warm both: the fresh profile builds its fact base on the first page.
  await extensionRun(plain.context, page, url);
  await extensionRun(added.context, page, url);
  const times = { plain: [] as number[], added: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.plain.push((await extensionRun(plain.context, page, url, { traceOurs: `chrome-extension://${plain.extensionId}/`, sampleOurs: true })).ourTaskMs ?? NaN);
    times.added.push((await extensionRun(added.context, page, url, { traceOurs: `chrome-extension://${added.extensionId}/`, sampleOurs: true })).ourTaskMs ?? NaN);
  }
  console.log(`${page.label}: our main-thread time, median of ${runs}`);
  console.log(`  nothing added:            ${median(times.plain).toFixed(1)} ms  (${times.plain.map((t) => t.toFixed(1)).join(', ')})`);
  console.log(`  ${articles.length} articles added:        ${median(times.added).toFixed(1)} ms  (${times.added.map((t) => t.toFixed(1)).join(', ')})`);
} finally {
  await Promise.all([plain.close(), added.close(), server.close()]);
}
