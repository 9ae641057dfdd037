/**
 * `npm run facts`: builds the fact base from assets/articles with the same lib/ code the background runs, and
 * prints a readable report (per entity: which sources mention it and what each says; figures and conflicts).
 * `npm run facts -- --json` prints the fact base and the problems as JSON instead.
 *
 * Options: --articles <dir> (default assets/articles), --catalog <file> (default assets/catalog.json),
 * --time [runs]: build `runs` times (default 15) and print the median build time instead of a report.
 * Files are read by scripts/articles.ts, not lib/, so lib/facts stays free of Node APIs for the service worker.
 */
import { join, resolve } from 'node:path';
import { buildFactBase } from '../lib/facts/build';
import type { ArticleInput, ArticleProblem, Catalog, FactBase } from '../lib/facts/types';
import { readArticleFolder, readCatalogFile, ROOT, type ArticleFolder } from './articles';

const root = ROOT;

function fail(message: string): never {
  process.stderr.write(`facts: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return resolve(value);
}

/** The folder's articles; a line on stderr for each entry skipped or read with damage, so stdout stays the report. */
function readArticles(dir: string): ArticleInput[] {
  let folder: ArticleFolder;
  try {
    folder = readArticleFolder(dir);
  } catch (e) {
    fail((e as Error).message);
  }
  for (const line of folder.skipped) process.stderr.write(`facts: skipped ${line}\n`);
  for (const line of folder.warnings) process.stderr.write(`facts: warning ${line}\n`);
  if (folder.articles.length === 0) fail(`no .txt or .md articles in ${dir}.`);
  return folder.articles;
}

function readCatalog(file: string): Catalog {
  try {
    return readCatalogFile(file);
  } catch (e) {
    fail((e as Error).message);
  }
}

function report(fb: FactBase, problems: ArticleProblem[], ms: number): string {
  const out: string[] = [];
  const label = new Map(fb.sources.map((s) => [s.id, s.label]));
  out.push(`Fact base ${fb.version}: ${fb.sources.length} sources, ${fb.claims.length} claims, built in ${ms.toFixed(0)} ms`);

  out.push('', 'SOURCES');
  for (const s of fb.sources) {
    out.push(`  ${s.id}  ${s.label}`);
    out.push(
      `      title: ${s.title ?? '(none)'} | publisher: ${s.publisher ?? '(not named)'} | date: ${s.published ?? '(none)'} | ${s.claimCount} claims`,
    );
  }
  out.push('', 'STORIES');
  for (const story of fb.stories) {
    out.push(`  ${story.id}  ${story.name} (${story.origin}): ${story.sources.length} sources, ${story.entities.length} entities`);
  }
  if (problems.length > 0) {
    out.push('', 'PROBLEMS');
    for (const p of problems) out.push(`  ${p.severity === 'error' ? 'skipped' : 'warning'} ${p.article}: ${p.message}`);
  }

  out.push('', 'ENTITIES');
  const unmentioned: string[] = [];
  for (const e of fb.entities) {
    if (e.sources.length === 0) {
      unmentioned.push(e.name);
      continue;
    }
    out.push('', `  ${e.name} (${e.kind}, ${e.id}): ${e.sources.length} of ${fb.sources.length} sources`);
    for (const source of e.sources) {
      out.push(`    ${label.get(source)}`);
      for (const c of fb.claims) if (c.source === source && c.entities.includes(e.id)) out.push(`      - ${c.text}`);
    }
  }
  if (unmentioned.length > 0) out.push('', `  Named by no source: ${unmentioned.join(', ')}`);

  out.push('', 'FIGURES');
  for (const f of fb.figures) {
    out.push('', `  ${f.measure} (${f.entity}, story ${f.story})`);
    for (const v of f.values) {
      out.push(`    ${v.atLeast ? 'at least ' : ''}${v.value}: ${v.sources.length} source(s)`);
      for (const q of v.quotes) out.push(`      ${label.get(q.source)}: "${q.text}"${q.atLeast ? ' (a lower bound)' : ''}`);
    }
    for (const c of f.conflicts) out.push(`    ! ${c}`);
  }
  return out.join('\n');
}

/** Median and range of `runs` builds: the figure for the closing note, measured rather than asserted in a test. */
function timeBuilds(articles: ArticleInput[], catalog: Catalog, runs: number): string {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    buildFactBase(articles, catalog);
    times.push(performance.now() - t);
  }
  // The first build is cold (JIT, caches), like the service worker's single build on install.
  const first = times[0]!;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return `buildFactBase over ${articles.length} articles: first (cold) run ${first.toFixed(1)} ms; median of ${runs} runs ${median.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[times.length - 1]!.toFixed(1)})`;
}

function main(): void {
  // `npm run facts | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const args = process.argv.slice(2);
  const articles = readArticles(option(args, '--articles', join(root, 'assets', 'articles')));
  const catalog = readCatalog(option(args, '--catalog', join(root, 'assets', 'catalog.json')));
  if (args.includes('--time')) {
    const runs = Number(args[args.indexOf('--time') + 1]) || 15;
    process.stdout.write(`${timeBuilds(articles, catalog, runs)}\n`);
    return;
  }
  const started = performance.now();
  const { factBase, problems } = buildFactBase(articles, catalog);
  const ms = performance.now() - started;
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ ...factBase, problems }, null, 2)}\n`);
  else process.stdout.write(`${report(factBase, problems, ms)}\n`);
}

main();
