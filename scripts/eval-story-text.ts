/**
 * `npm run eval:story:text -- DIR`: how well Sourcelight marks a story it was never tuned to, in Node (no browser).
 * Builds the fact base from DIR/sources (the catalog stays the first authority, so a story it does not cover is
 * discovered), runs the matcher the background serves over DIR/pages (line 1, the URL, is left out) and scores the
 * marks against DIR/labels.json (the format of ../shared/stories/*: see its README).
 *
 * How marks are scored (entities mapped to the labels' concepts, neutral labels neither rewarding nor punishing)
 * is scripts/story-score.ts, shared with `eval:story` in Chromium.
 *
 * Options: --fuzzy (the fuzzy rescue, as on a page about the story), --catalog FILE (default assets/catalog.json).
 * The story's files are other outlets' text: read here for measuring only, never copied.
 */
import { join, resolve } from 'node:path';
import { buildFactBase } from '../lib/facts/build';
import { cleanArticle } from '../lib/facts/clean';
import { articleCandidates } from '../lib/facts/discover';
import { lexiconOf } from '../lib/match/lexicon-of';
import { compileMatcher, findMentions, type Mention } from '../lib/match/matcher';
import { readArticleFolder, readCatalogFile, ROOT } from './articles';
import { printReport } from './devset';
import { readStorySet, scoreStory, unrelatedMarks } from './story-score';

const args = process.argv.slice(2);
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--catalog');
if (!dirArg) {
  console.error('usage: npm run eval:story:text -- DIR [--fuzzy] [--catalog FILE]');
  process.exit(2);
}
const dir = resolve(dirArg);
const set = readStorySet(dir);
if (typeof set === 'string') {
  console.error(`eval:story:text: ${set}`);
  process.exit(2);
}
const catalogAt = args.indexOf('--catalog');
const catalog = readCatalogFile(catalogAt >= 0 ? resolve(args[catalogAt + 1] ?? '') : join(ROOT, 'assets', 'catalog.json'));
const folder = readArticleFolder(join(dir, 'sources'));
for (const line of [...folder.skipped, ...folder.warnings]) console.error(`eval:story:text: ${line}`);

// Discovery per article, measured on its own: the first article pays for warming the library up.
const discoveryMs = folder.articles.map((a) => {
  const cleaned = cleanArticle(a.text);
  const started = performance.now();
  articleCandidates(a.id, cleaned);
  return performance.now() - started;
});
const started = performance.now();
const { factBase, problems } = buildFactBase(folder.articles, catalog);
const buildMs = performance.now() - started;
for (const p of problems) console.error(`eval:story:text: ${p.severity} ${p.article}: ${p.message}`);

const matcher = compileMatcher(lexiconOf(factBase), { fuzzy: args.includes('--fuzzy') });
const { pages, texts } = set;
const marksOf = new Map<string, Mention[]>();
for (const page of pages) {
  const text = texts.get(page.file)!;
  const from = text.indexOf('\n') + 1;
  marksOf.set(page.file, findMentions(matcher, text.slice(from)).map((m) => ({ ...m, start: m.start + from, end: m.end + from })));
}
const nameOf = new Map(factBase.entities.map((e) => [e.id, e.name]));
const { scored, conceptOf, unmapped } = scoreStory(set, marksOf, (id) => nameOf.get(id) ?? id);

printReport(`Story: ${dir}${args.includes('--fuzzy') ? ', fuzzy on' : ''}`, scored);

console.log('\nEntities and the concept each was mapped to:');
for (const story of factBase.stories) {
  console.log(`  story ${story.id} "${story.name}" (${story.origin}): ${story.sources.length} sources, ${story.entities.length} entities`);
  for (const id of story.entities) {
    const e = factBase.entities.find((x) => x.id === id)!;
    console.log(`    ${(conceptOf.get(id) ?? (unmapped.has(id) ? 'UNMAPPED (marks count as false)' : 'no mark on any page')).padEnd(24)} ${e.kind.padEnd(12)} ${e.name} [${e.aliases.slice(0, 6).join(' | ')}]`);
  }
}
const related = scored.filter((s) => s.page.related);
const other = unrelatedMarks(scored);
const sorted = [...discoveryMs].sort((a, b) => a - b);
console.log(
  `\nDiscovery per article (Node): first ${discoveryMs[0]?.toFixed(0)} ms (library warm-up), then median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms; whole build ${buildMs.toFixed(0)} ms for ${folder.articles.length} articles`,
);
console.log(`Related pages: ${related.length}; unrelated pages: ${other.pages}, ${other.all} marks (${other.unlabelled} on unlabelled text)`);
