/**
 * `npm run eval:devset`: measures the extension as readers meet it. Builds it, loads it into Chromium, and
 * opens each development-set page rendered as a plain news page (headline as <h1>, each paragraph as <p>,
 * served from 127.0.0.1); waits for the content script's marks, reads each mark's entity id and text offsets
 * back, and scores them against the hand labels with lib/match/score.ts; scripts/devset.ts prints recall and
 * precision per entity, then every miss and false mark with a little context.
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

const server = await startStaticServer(served);
const browser = await launchExtension(undefined, { viewport: { width: 1280, height: 800 } });
const scored: ScoredPage[] = [];
try {
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
} finally {
  await browser.close();
  await server.close();
}
printReport(`Devset in Chromium: ${devset.dir}`, scored);

/**
 * The scorer accepts a mark whose span also names another labelled concept ("Azerbaijan Airlines flight" is the
 * flight and names the airline). A mark carries no such list in the page, so it is recomputed from the mark's own
 * text with the matcher the background serves: the same lexicon, built from the same fact base in Node.
 */
function markAlso(): (entity: string, text: string) => string[] | undefined {
  const matcher = compileMatcher(servedLexicon(ROOT));
  return (entity, text) => findMentions(matcher, text).find((m) => m.entity === entity && m.start === 0)?.also;
}
