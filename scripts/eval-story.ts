/**
 * `npm run eval:story -- DIR`: how well the built extension marks a story it was never tuned to, in Chromium, with
 * the story's sources added the way a reader adds them. Builds the extension, opens its popup, puts every file of
 * DIR/sources into the Sources tab's "Add articles" file input (Playwright, as a person would choose them), sets
 * "Mark every mention" (storage.local `markEvery`, as outside checks do), opens each of DIR/pages rendered as a
 * news page on 127.0.0.1, reads the marks from CSS.highlights and scores them against DIR/labels.json
 * (scripts/story-score.ts: `neutral` labels neither reward nor punish). Prints recall per concept, precision, the
 * marks on unrelated pages, every miss and false mark, and how long adding the sources took.
 *
 * The story's files are other outlets' text, for measuring only: pages are rendered in memory, never written.
 * SOURCELIGHT_SKIP_BUILD=1 reuses the existing build.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExportFile } from '../lib/transfer/export-file';
import { lexiconOf } from '../lib/match/lexicon-of';
import { compileMatcher, findMentions } from '../lib/match/matcher';
import type { MarkedSpan } from '../lib/match/score';
import { launchExtension, ROOT } from './browser/launch.mjs';
import { waitForMarks } from './browser/marks.mjs';
import { blocksOf, readFileMarks, renderBlocks } from './browser/rendered-page';
import { startStaticServer } from './browser/static-server.mjs';
import { hasChromium, missingChromiumMessage } from './chromium.mjs';
import { printReport } from './devset';
import { readStorySet, scoreStory, unrelatedMarks } from './story-score';

/** A page with no mention shows no mark; this long after load with none, it counts as done. */
const EMPTY_PAGE_MS = 4000;
/** Adding a story's sources builds the fact base once per file; generous for a loaded 2-core machine. */
const ADD_TIMEOUT_MS = 180_000;
/** The popup waits for the first build of a fresh profile. */
const READY_TIMEOUT_MS = 60_000;

const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dirArg) {
  console.error('usage: npm run eval:story -- DIR');
  process.exit(2);
}
const set = readStorySet(resolve(dirArg));
if (typeof set === 'string') {
  console.error(`eval:story: ${set}`);
  process.exit(2);
}
if (!hasChromium()) {
  console.error(missingChromiumMessage());
  process.exit(1);
}
if (process.env.SOURCELIGHT_SKIP_BUILD !== '1') {
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(build.status ?? 1);
  }
}

const sourcesDir = join(set.dir, 'sources');
const files = readdirSync(sourcesDir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort()
  .map((f) => join(sourcesDir, f));

const layouts = new Map(set.pages.map((p, i) => [p.file, { path: `/page-${String(i + 1).padStart(2, '0')}.html`, blocks: blocksOf(set.texts.get(p.file)!) }]));
const server = await startStaticServer(new Map([...layouts.values()].map(({ path, blocks }) => [path, renderBlocks(blocks, 'story page')])));
const browser = await launchExtension(undefined, { viewport: { width: 1280, height: 800 } });
const marksOf = new Map<string, MarkedSpan[]>();
let factBase: ExportFile['factBase'];
let addMs = 0;
try {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.getByRole('listbox', { name: 'Entities by how many sources mention them' }).waitFor({ timeout: READY_TIMEOUT_MS });
  await popup.getByRole('tab', { name: /^Sources/ }).click();
  const started = performance.now();
  await popup.getByLabel('Add articles', { exact: true }).setInputFiles(files);
  const outcomes = popup.getByRole('list', { name: 'Files added' }).getByRole('listitem');
  await popup.waitForFunction(
    (n) => document.querySelectorAll('[aria-label="Files added"] li').length === n && document.querySelector('.add-status')?.textContent === '',
    files.length,
    { timeout: ADD_TIMEOUT_MS, polling: 100 },
  );
  addMs = performance.now() - started;
  for (const line of await outcomes.allTextContents()) console.error(`eval:story: ${line}`);

  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ markEvery: true }));
  factBase = (await ask<ExportFile>(popup, 'exportFactBase')).factBase;

  const tab = await browser.context.newPage();
  for (const page of set.pages) {
    const { path, blocks } = layouts.get(page.file)!;
    await tab.goto(server.url(path));
    await waitForMarks(tab, { emptyAfterMs: EMPTY_PAGE_MS });
    marksOf.set(page.file, await readFileMarks(tab, blocks));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  await server.close();
}

// A mark carries no `also` in the page: recompute it from the mark's own text with the lexicon the extension built.
const matcher = compileMatcher(lexiconOf(factBase));
for (const [file, marks] of marksOf) {
  const text = set.texts.get(file)!;
  marksOf.set(
    file,
    marks.map((m) => {
      const also = findMentions(matcher, text.slice(m.start, m.end)).find((x) => x.entity === m.entity && x.start === 0)?.also;
      return also ? { ...m, also } : m;
    }),
  );
}
const names = new Map(factBase.entities.map((e) => [e.id, e.name]));
const { scored, conceptOf } = scoreStory(set, marksOf, (id) => names.get(id) ?? id);
printReport(`Story in Chromium, sources added through the popup: ${set.dir}`, scored);
const other = unrelatedMarks(scored);
console.log(`Unrelated pages: ${other.pages}, ${other.all} marks (${other.unlabelled} on unlabelled text)`);
console.log(`Adding ${files.length} sources through the popup's file input: ${(addMs / 1000).toFixed(1)} s (${(addMs / files.length).toFixed(0)} ms a file)`);
console.log(`Stories: ${factBase.stories.map((s) => `${s.name} (${s.sources.length} sources)`).join('; ')}`);
const mapped = [...conceptOf].filter(([, c]) => c !== '(neutral)').length;
console.log(`Entities with marks: ${conceptOf.size}, mapped to a concept: ${mapped}`);

/** One protocol message from an extension page, in @webext-core/messaging's envelope (test/e2e/support/messaging.ts). */
async function ask<T>(page: Page, type: string, data?: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([type, data]) =>
      new Promise<{ res?: unknown; err?: { message?: string } } | undefined>((done) =>
        chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, done),
      ),
    [type, data] as const,
  );
  if (!reply || reply.err) throw new Error(`"${type}" failed: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res as T;
}
