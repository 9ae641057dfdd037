/**
 * `npm run eval:story:text -- DIR`: how well Sourcelight marks a story it was never tuned to, in Node (no browser).
 * Builds the fact base from DIR/sources (the catalog stays the first authority, so a story it does not cover is
 * discovered), runs the matcher the background serves over DIR/pages (line 1, the URL, is left out) and scores the
 * marks against DIR/labels.json (the format of ../shared/stories/*: see its README).
 *
 * The labels' concept ids are not our entity ids. Each entity is mapped to the concept its marks agree with most
 * (a mark agrees with a label it overlaps: fully with its concept, half with a concept in its `also`), counted over
 * every page; an
 * entity whose marks fall mostly on neutral labels is neutral, one whose marks meet no label stays unmapped and
 * each of its marks counts as a false mark. Neutral labels neither reward nor punish: they are not scored, and a
 * mark on one is dropped unless it also meets a scored label.
 *
 * Options: --fuzzy (the fuzzy rescue, as on a page about the story), --catalog FILE (default assets/catalog.json).
 * The story's files are other outlets' text: read here for measuring only, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFactBase } from '../lib/facts/build';
import { cleanArticle } from '../lib/facts/clean';
import { articleCandidates } from '../lib/facts/discover';
import { lexiconOf } from '../lib/match/lexicon-of';
import { compileMatcher, findMentions, type Mention } from '../lib/match/matcher';
import { scorePage, type LabelledSpan } from '../lib/match/score';
import { readArticleFolder, readCatalogFile, ROOT } from './articles';
import { printReport, type DevsetPage, type ScoredPage } from './devset';

interface StoryLabel extends LabelledSpan {
  neutral?: boolean;
}
interface StoryPage extends DevsetPage {
  mentions: StoryLabel[];
}

const args = process.argv.slice(2);
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--catalog');
if (!dirArg) {
  console.error('usage: npm run eval:story:text -- DIR [--fuzzy] [--catalog FILE]');
  process.exit(2);
}
const dir = resolve(dirArg);
if (!existsSync(join(dir, 'labels.json'))) {
  console.error(`eval:story:text: no labels.json in ${dir}`);
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
const pages = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as StoryPage[];
const texts = new Map(pages.map((p) => [p.file, readFileSync(join(dir, p.file), 'utf8')]));
const marksOf = new Map<string, Mention[]>();
for (const page of pages) {
  const text = texts.get(page.file)!;
  const from = text.indexOf('\n') + 1;
  marksOf.set(page.file, findMentions(matcher, text.slice(from)).map((m) => ({ ...m, start: m.start + from, end: m.end + from })));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const NEUTRAL = '(neutral)';

/** Entity → concept: the concept its marks agree with most, over every page. */
function mapEntities(): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const m of marksOf.get(page.file)!) {
      for (const l of page.mentions.filter((l) => overlaps(m, l))) {
        // A label's own concept outweighs the ones it lists in `also`: "Harbour Air flight" is the flight.
        const concepts: [string, number][] = l.neutral ? [[NEUTRAL, 1]] : [[l.concept, 1], ...(l.also ?? []).map((c): [string, number] => [c, 0.5])];
        // Only the mark's own entity votes: one found inside another's span ("Eastport" in "Eastport Airport") is
        // mapped by its own marks, not by the longer name's.
        const v = votes.get(m.entity) ?? new Map<string, number>();
        for (const [c, w] of concepts) v.set(c, (v.get(c) ?? 0) + w);
        votes.set(m.entity, v);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [entity, v] of votes) out.set(entity, [...v].sort((a, b) => b[1] - a[1] || (a[0] === NEUTRAL ? 1 : -1))[0]![0]);
  return out;
}
const conceptOf = mapEntities();
const nameOf = new Map(factBase.entities.map((e) => [e.id, e.name]));

const scored: ScoredPage[] = [];
const unmapped = new Set<string>();
for (const page of pages) {
  const text = texts.get(page.file)!;
  const scoredLabels = page.mentions.filter((l) => !l.neutral);
  const neutral = page.mentions.filter((l) => l.neutral);
  const marks = marksOf
    .get(page.file)!
    .map((m) => {
      const concept = conceptOf.get(m.entity);
      if (concept === undefined) unmapped.add(m.entity);
      const also = (m.also ?? []).map((e) => conceptOf.get(e)).filter((c): c is string => c !== undefined && c !== NEUTRAL);
      return { ...m, entity: concept ?? `unmapped: ${nameOf.get(m.entity) ?? m.entity}`, ...(also.length > 0 ? { also } : {}) };
    })
    .filter((m) => m.entity !== NEUTRAL)
    .filter((m) => !neutral.some((n) => overlaps(m, n)) || scoredLabels.some((l) => overlaps(m, l)));
  scored.push({ page: { ...page, mentions: scoredLabels }, text, score: scorePage(scoredLabels, marks) });
}

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
const unrelated = scored.filter((s) => !s.page.related);
const falseUnrelated = unrelated.reduce((n, s) => n + s.score.falseMarks.length, 0);
const allUnrelated = unrelated.reduce((n, s) => n + s.score.marks.length, 0);
const sorted = [...discoveryMs].sort((a, b) => a - b);
console.log(
  `\nDiscovery per article (Node): first ${discoveryMs[0]?.toFixed(0)} ms (library warm-up), then median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms; whole build ${buildMs.toFixed(0)} ms for ${folder.articles.length} articles`,
);
console.log(`Related pages: ${related.length}; unrelated pages: ${unrelated.length}, ${allUnrelated} marks (${falseUnrelated} on unlabelled text)`);
