/**
 * `npm run eval:devset`: measures the extension as readers meet it. Builds it, loads it into Chromium, and
 * opens each development-set page rendered as a plain news page (headline as <h1>, each paragraph as <p>,
 * served from 127.0.0.1); waits for the content script's marks, reads each mark's entity id and text offsets
 * back, and scores them against the hand labels with scripts/score-labels.ts; scripts/devset.ts prints recall and
 * precision per entity, then every miss and false mark with a little context. Recall and precision are measured
 * with "Mark every mention" on; the marks a reader sees by default (the first of each entity per section) are
 * measured too: marks per 1,000 words, and how many of the entities labelled on a page still get a mark there.
 *
 * `--pages DIR` also opens the pages of another story set (a folder with labels.json, as ../shared/stories/…)
 * with the bundled fact base, where every mark is one on a page about something else.
 *
 * The devset (../shared/devset, or DEVSET_DIR) is other outlets' text, for measuring only: pages are rendered
 * in memory and never written anywhere. Without it the script says so and exits cleanly.
 * SOURCELIGHT_SKIP_BUILD=1 reuses the existing build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePage } from './score-labels';
import { devsetDir, printReport, readDevset, servedLexicon, type ScoredPage } from './devset';
import { buildForChromium } from './browser/build.mjs';
import { launchExtension, ROOT } from './browser/launch.mjs';
import { waitForMarks } from './browser/marks.mjs';
import { blocksOf, EMPTY_PAGE_MS, marksOfPages, renderBlocks, servedPath, withAlso, type Block } from './browser/rendered-page';
import { startStaticServer } from './browser/static-server.mjs';

const devset = readDevset(devsetDir(ROOT));
if (!devset) {
  console.log(`No devset at ${devsetDir(ROOT)}: skipping the evaluation in Chromium (set DEVSET_DIR to point at one).`);
  process.exit(0);
}
buildForChromium();

const { pages, concepts } = devset;
const also = withAlso(servedLexicon(ROOT));

const served = new Map<string, string>();
const layouts = pages.map((page, i): { text: string; blocks: Block[] } => {
  const text = readFileSync(join(devset.dir, page.file), 'utf8');
  const blocks = blocksOf(text);
  served.set(servedPath(i), renderBlocks(blocks, 'devset page'));
  return { text, blocks };
});

const other = otherPages();
for (const [path, html] of other.served) served.set(path, html);
const server = await startStaticServer(served);
const browser = await launchExtension(undefined, { viewport: { width: 1280, height: 800 } });
let every: ScoredPage[];
let quiet: ScoredPage[];
let otherMarks: { file: string; marks: number }[] = [];
try {
  every = await scoreAll({ markEvery: true });
  quiet = await scoreAll({ markEvery: false });
  otherMarks = await countOther();
} finally {
  await browser.close();
  await server.close();
}
printReport(`Devset in Chromium, every mention marked: ${devset.dir}`, every);
printQuiet(quiet);
if (other.pages.length > 0) {
  console.log(`\nPages of another story (${other.dir}), with the bundled fact base: ${otherMarks.reduce((n, p) => n + p.marks, 0)} marks`);
  for (const p of otherMarks) if (p.marks > 0) console.log(`  ${p.file}: ${p.marks}`);
}

/** Opens every devset page with the marking setting given and scores what is marked. */
async function scoreAll(setting: { markEvery: boolean }): Promise<ScoredPage[]> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((values) => chrome.storage.local.set(values), setting);
  const marks = await marksOfPages(browser.context, layouts.map(({ blocks }, i) => ({ url: server.url(servedPath(i)), blocks })));
  return pages.map((page, i) => {
    const { text } = layouts[i]!;
    return { page, text, score: scorePage(page.mentions, marks[i]!.map((m) => also(m, text)), { concepts }) };
  });
}

/** The marks a reader sees by default: how dense, and whether each labelled entity still gets one on its page. */
function printQuiet(scored: ScoredPage[]): void {
  const related = scored.filter((s) => s.page.related);
  const words = (text: string) => text.split('\n').slice(1).join(' ').split(/\s+/).filter(Boolean).length;
  const perThousand = (list: ScoredPage[]) => {
    const marks = list.reduce((n, s) => n + s.score.marks.length, 0);
    const total = list.reduce((n, s) => n + words(s.text), 0);
    return (marks / total) * 1000;
  };
  let labelled = 0;
  let covered = 0;
  const uncovered: string[] = [];
  for (const { page, score } of related) {
    const concepts = new Set(page.mentions.map((m) => m.concept));
    const markedConcepts = new Set(score.marks.flatMap((m) => [m.entity, ...(m.also ?? [])]));
    for (const concept of concepts) {
      labelled++;
      if (markedConcepts.has(concept)) covered++;
      else uncovered.push(`${page.file} ${concept}`);
    }
  }
  const onUnrelated = scored.filter((s) => !s.page.related).reduce((n, s) => n + s.score.marks.length, 0);
  console.log('\nBy default (the first mention of each entity per section):');
  console.log(`  marks per 1,000 words on related pages: ${perThousand(related).toFixed(1)} (every mention marked: ${perThousand(every.filter((s) => s.page.related)).toFixed(1)})`);
  console.log(`  entities labelled on a page that get a mark there: ${covered}/${labelled} (${((covered / labelled) * 100).toFixed(1)} %)`);
  for (const miss of uncovered) console.log(`    not marked: ${miss}`);
  console.log(`  marks on unrelated pages: ${onUnrelated}`);
}

/** The other story set's pages, rendered like the devset's, from `--pages DIR`. */
function otherPages(): { dir: string; pages: { file: string; path: string }[]; served: Map<string, string> } {
  const at = process.argv.indexOf('--pages');
  const dir = at >= 0 ? process.argv[at + 1] : undefined;
  const set = dir ? readDevset(dir) : null;
  const served = new Map<string, string>();
  const list = (set?.pages ?? []).map((page, i) => {
    const path = servedPath(i, 'other');
    served.set(path, renderBlocks(blocksOf(readFileSync(join(set!.dir, page.file), 'utf8')), 'other story page'));
    return { file: page.file, path };
  });
  return { dir: dir ?? '', pages: list, served };
}

/** Opens the other story's pages by default settings and counts the marks each gets. */
async function countOther(): Promise<{ file: string; marks: number }[]> {
  const out: { file: string; marks: number }[] = [];
  const tab = await browser.context.newPage();
  for (const page of other.pages) {
    await tab.goto(server.url(page.path));
    out.push({ file: page.file, marks: await waitForMarks(tab, { emptyAfterMs: EMPTY_PAGE_MS }) });
  }
  await tab.close();
  return out;
}
