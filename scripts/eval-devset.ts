/**
 * `npm run eval:devset`: measures the extension as readers meet it. Builds it, loads it into Chromium, and
 * opens each development-set page rendered as a plain news page (headline as <h1>, each paragraph as <p>,
 * served from 127.0.0.1); waits for the content script's marks, reads each mark's entity id and text offsets
 * back, and scores them against the hand labels with lib/match/score.ts; scripts/devset.ts prints recall and
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
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher, findMentions } from '../lib/match/matcher';
import { scorePage, type MarkedSpan } from '../lib/match/score';
import { hasChromium, missingChromiumMessage } from './chromium.mjs';
import { devsetDir, printReport, readDevset, servedLexicon, type ScoredPage } from './devset';
import { launchExtension, ROOT } from './browser/launch.mjs';
import { waitForMarks } from './browser/marks.mjs';
import { blocksOf, readFileMarks, renderBlocks, type Block } from './browser/rendered-page';
import { startStaticServer } from './browser/static-server.mjs';

/** A page with no mention shows no mark; this long after load with none, it counts as done. */
const EMPTY_PAGE_MS = 4000;

const devset = readDevset(devsetDir(ROOT));
if (!devset) {
  console.log(`No devset at ${devsetDir(ROOT)}: skipping the evaluation in Chromium (set DEVSET_DIR to point at one).`);
  process.exit(0);
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

const { pages, concepts } = devset;
const alsoOf = markAlso();

const served = new Map<string, string>();
const layouts = new Map<string, { text: string; blocks: Block[] }>();
pages.forEach((page, i) => {
  const text = readFileSync(join(devset.dir, page.file), 'utf8');
  const blocks = blocksOf(text);
  const path = `/page-${String(i + 1).padStart(2, '0')}.html`;
  served.set(path, renderBlocks(blocks, 'devset page'));
  layouts.set(page.file, { text, blocks });
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
  const scored: ScoredPage[] = [];
  const tab = await browser.context.newPage();
  for (const [i, page] of pages.entries()) {
    const { text, blocks } = layouts.get(page.file)!;
    await tab.goto(server.url(`/page-${String(i + 1).padStart(2, '0')}.html`));
    await waitForMarks(tab, { emptyAfterMs: EMPTY_PAGE_MS });
    const marks = (await readFileMarks(tab, blocks)).map((m): MarkedSpan => {
      const also = alsoOf(m.entity, text.slice(m.start, m.end));
      return also ? { ...m, also } : m;
    });
    scored.push({ page, text, score: scorePage(page.mentions, marks, { concepts }) });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  await tab.close();
  return scored;
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
    const path = `/other-${String(i + 1).padStart(2, '0')}.html`;
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

/**
 * The scorer accepts a mark whose span also names another labelled concept ("Azerbaijan Airlines flight" is the
 * flight and names the airline). A mark carries no such list in the page, so it is recomputed from the mark's own
 * text with the matcher the background serves: the same lexicon, built from the same fact base in Node.
 */
function markAlso(): (entity: string, text: string) => string[] | undefined {
  const matcher = compileMatcher(servedLexicon(ROOT));
  return (entity, text) => findMentions(matcher, text).find((m) => m.entity === entity && m.start === 0)?.also;
}
