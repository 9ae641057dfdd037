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
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExportFile } from '../lib/transfer/export-file';
import { lexiconOf } from '../lib/match/lexicon-of';
import type { MarkedSpan } from './score-labels';
import { buildForChromium } from './browser/build.mjs';
import { launchExtension } from './browser/launch.mjs';
import { blocksOf, marksOfPages, renderBlocks, servedPath, withAlso } from './browser/rendered-page';
import { startStaticServer } from './browser/static-server.mjs';
import { printReport } from './devset';
import { readStorySet, scoreStory, unrelatedMarks } from './story-score';

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
buildForChromium();

const sourcesDir = join(set.dir, 'sources');
const files = readdirSync(sourcesDir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort()
  .map((f) => join(sourcesDir, f));

const layouts = set.pages.map((p, i) => ({ path: servedPath(i), blocks: blocksOf(set.texts.get(p.file)!) }));
const server = await startStaticServer(new Map(layouts.map(({ path, blocks }) => [path, renderBlocks(blocks, 'story page')])));
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

  const marks = await marksOfPages(browser.context, layouts.map(({ path, blocks }) => ({ url: server.url(path), blocks })));
  set.pages.forEach((page, i) => marksOf.set(page.file, marks[i]!));
} finally {
  await browser.close();
  await server.close();
}

// With the lexicon the extension built from the sources added.
const also = withAlso(lexiconOf(factBase));
for (const [file, marks] of marksOf) marksOf.set(file, marks.map((m) => also(m, set.texts.get(file)!)));
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
