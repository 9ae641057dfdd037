/**
 * `npm run eval:devset`: measures the extension as readers meet it. Builds it, loads it into Chromium, and
 * opens each development-set page rendered as a plain news page (headline as <h1>, each paragraph as <p>,
 * served from 127.0.0.1); waits for the content script's marks, reads each mark's entity id and text offsets
 * back, and scores them against the hand labels with lib/match/score.ts: recall and precision per entity,
 * then every miss and false mark with a little context.
 *
 * The devset (../shared/devset, or DEVSET_DIR) is other outlets' text, for measuring only: pages are rendered
 * in memory and never written anywhere. Without it the script says so and exits cleanly.
 * SOURCELIGHT_SKIP_BUILD=1 reuses the existing build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { knownNumbers } from '../lib/background/handlers';
import { buildFactBase } from '../lib/facts/build';
import type { ArticleInput, Catalog } from '../lib/facts/types';
import { lexiconFromCatalog } from '../lib/match/lexicon';
import { compileMatcher, findMentions } from '../lib/match/matcher';
import { scorePage, summarize, type ConceptScore, type LabelledSpan, type MarkedSpan, type PageScore } from '../lib/match/score';
import { hasChromium, missingChromiumMessage } from './chromium.mjs';
import { ROOT, launchWithExtension, serve, waitForMarks } from './extension-browser.mjs';

interface DevsetPage {
  file: string;
  related: boolean;
  mentions: LabelledSpan[];
}

/** A block of the rendered page and where its text starts in the devset file. */
interface Block {
  tag: 'h1' | 'p';
  text: string;
  start: number;
}

/** A page with no mention shows no mark; this long after load with none, it counts as done. */
const EMPTY_PAGE_MS = 4000;

const devset = resolve(process.env.DEVSET_DIR ?? join(ROOT, '..', 'shared', 'devset'));
if (!existsSync(join(devset, 'labels.json'))) {
  console.log(`No devset at ${devset}: skipping the evaluation in Chromium (set DEVSET_DIR to point at one).`);
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

const pages = JSON.parse(readFileSync(join(devset, 'labels.json'), 'utf8')) as DevsetPage[];
const concepts = devsetConcepts(pages);
const alsoOf = markAlso();

const served = new Map<string, string>();
const layouts = new Map<string, { text: string; blocks: Block[] }>();
pages.forEach((page, i) => {
  const text = readFileSync(join(devset, page.file), 'utf8');
  const blocks = blocksOf(text);
  const path = `/page-${String(i + 1).padStart(2, '0')}.html`;
  served.set(path, render(blocks));
  layouts.set(page.file, { text, blocks });
});

const server = await serve({ pages: served });
const browser = await launchWithExtension();
const scored: { page: DevsetPage; text: string; score: PageScore }[] = [];
try {
  const tab = await browser.context.newPage();
  for (const [i, page] of pages.entries()) {
    const { text, blocks } = layouts.get(page.file)!;
    await tab.goto(server.url(`/page-${String(i + 1).padStart(2, '0')}.html`));
    await waitForMarks(tab, { emptyAfterMs: EMPTY_PAGE_MS });
    const marks = (await readMarks(tab)).map((m): MarkedSpan => {
      const start = blocks[m.block]!.start + m.start;
      const end = blocks[m.block]!.start + m.end;
      const also = alsoOf(m.entity, text.slice(start, end));
      return also ? { entity: m.entity, start, end, also } : { entity: m.entity, start, end };
    });
    scored.push({ page, text, score: scorePage(page.mentions, marks, { concepts }) });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  await server.close();
}
report();

/**
 * Line 1 is the URL (never shown as prose, never labelled), line 2 the headline, then paragraphs separated by
 * blank lines. Each block keeps its exact characters and its offset in the file.
 */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const headlineStart = text.indexOf('\n') + 1;
  const headlineEnd = text.indexOf('\n', headlineStart);
  const stop = headlineEnd < 0 ? text.length : headlineEnd;
  blocks.push({ tag: 'h1', text: text.slice(headlineStart, stop), start: headlineStart });
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  paragraph.lastIndex = stop;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) blocks.push({ tag: 'p', text: m[0], start: m.index });
  return blocks;
}

function render(blocks: Block[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = blocks.map((b, i) => `<${b.tag} data-block="${i}">${escape(b.text)}</${b.tag}>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>devset page</title></head><body><article>\n${body}\n</article></body></html>`;
}

/** Each mention's entity and offsets within its block, pieces of one mention (data-sourcelight-part) joined. */
async function readMarks(tab: Page): Promise<{ block: number; entity: string; start: number; end: number }[]> {
  return tab.evaluate(() => {
    const found: { block: number; entity: string; start: number; end: number; part: string | null }[] = [];
    for (const mark of Array.from(document.querySelectorAll('sourcelight-mark'))) {
      const block = mark.closest('[data-block]');
      if (!block) continue;
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEndBefore(mark);
      const start = before.toString().length;
      found.push({
        block: Number(block.getAttribute('data-block')),
        entity: mark.getAttribute('data-sourcelight-entity') ?? '',
        start,
        end: start + (mark.textContent ?? '').length,
        part: mark.getAttribute('data-sourcelight-part'),
      });
    }
    const joined: typeof found = [];
    for (const mark of found) {
      const first = mark.part === null ? undefined : joined.find((m) => m.part === mark.part);
      if (first) first.end = mark.end;
      else joined.push(mark);
    }
    return joined.map(({ part: _part, ...rest }) => rest);
  });
}

/**
 * The scorer accepts a mark whose span also names another labelled concept ("Azerbaijan Airlines flight" is the
 * flight and names the airline). A mark carries no such list in the page, so it is recomputed from the mark's own
 * text with the matcher the background serves: the same lexicon, built from the same fact base in Node.
 */
function markAlso(): (entity: string, text: string) => string[] | undefined {
  const dir = join(ROOT, 'assets', 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles: ArticleInput[] = files.map((f) => ({ id: f.replace(/\.txt$/, ''), origin: f, text: readFileSync(join(dir, f), 'utf8') }));
  const catalog = JSON.parse(readFileSync(join(ROOT, 'assets', 'catalog.json'), 'utf8')) as Catalog;
  const { factBase } = buildFactBase(articles, catalog);
  const matcher = compileMatcher(lexiconFromCatalog(factBase.entities, knownNumbers(factBase.figures)));
  return (entity, text) => findMentions(matcher, text).find((m) => m.entity === entity && m.start === 0)?.also;
}

function report(): void {
  const related = scored.filter((s) => s.page.related);
  const unrelated = scored.filter((s) => !s.page.related);
  const summary = summarize(related.map((s) => s.score));
  const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const line = (r: ConceptScore): string =>
    `${r.concept.padEnd(18)} ${String(r.labels).padStart(6)} ${String(r.found).padStart(6)} ${pct(r.recall)}` +
    `   ${String(r.marks).padStart(6)} ${String(r.correct).padStart(7)} ${pct(r.precision)}`;
  const context = (text: string, start: number, end: number): string =>
    `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

  console.log(`Devset in Chromium: ${devset} (${related.length} related pages, ${unrelated.length} unrelated)`);
  console.log(`\n${'entity'.padEnd(18)} ${'labels'.padStart(6)} ${'found'.padStart(6)} recall    ${'marks'.padStart(6)} correct precision`);
  for (const r of summary.concepts) console.log(line(r));
  console.log(line(summary.overall));
  console.log(`exact spans: ${pct(summary.exactSpans)} of found labels`);

  console.log('\nMisses (related pages):');
  for (const { page, text, score } of related) {
    for (const m of score.misses) console.log(`  ${page.file} ${m.concept}: ${context(text, m.start, m.end)}`);
  }
  console.log('\nFalse marks (related pages):');
  for (const { page, text, score } of related) {
    for (const m of score.falseMarks) console.log(`  ${page.file} ${m.entity}: ${context(text, m.start, m.end)}`);
  }
  // On unrelated pages a mark on a labelled word (Baku, Reuters) names the right thing in another story; only
  // marks on unlabelled text are wrong.
  const other = summarize(unrelated.map((s) => s.score)).overall;
  console.log(
    `\nUnrelated pages: ${other.marks} marks, ${other.marks - other.correct} on unlabelled text; labelled words found ${other.found}/${other.labels}`,
  );
  for (const { page, text, score } of unrelated) {
    for (const m of score.falseMarks) console.log(`  ${page.file} ${m.entity}: ${context(text, m.start, m.end)}`);
  }
  console.log(
    `\nOverall (related pages): recall ${pct(summary.overall.recall).trim()}, precision ${pct(summary.overall.precision).trim()}`,
  );
}

/** The concept ids the devset labels: its check.py lists them; fall back to the ids its labels use. */
function devsetConcepts(all: DevsetPage[]): Set<string> {
  const check = join(devset, 'check.py');
  const listed = existsSync(check) ? /CONCEPTS\s*=\s*\[([^\]]*)\]/.exec(readFileSync(check, 'utf8')) : null;
  if (listed?.[1]) return new Set([...listed[1].matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1] ?? ''));
  return new Set(all.flatMap((p) => p.mentions.map((m) => m.concept)));
}
