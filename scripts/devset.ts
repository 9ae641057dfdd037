/**
 * What both devset evaluations share: finding and reading the development set, and printing the score report
 * (per-entity recall and precision, then every miss and false mark with a little context). The scripts differ
 * only in how they get the marks: the matcher in Node (eval-devset-text.ts) or the built extension in Chromium
 * (eval-devset.ts).
 *
 * The devset lives outside the project (../shared/devset, or DEVSET_DIR) and is other outlets' text: it is read
 * for measuring only, never copied.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFactBase } from '../lib/facts/build';
import { knownNumbers, lexiconFromCatalog, type Lexicon } from '../lib/match/lexicon';
import { readBundled } from './articles';
import { summarize, type ConceptScore, type LabelledSpan, type PageScore } from './score-labels';

export interface DevsetPage {
  file: string;
  related: boolean;
  mentions: LabelledSpan[];
}

export interface Devset {
  dir: string;
  pages: DevsetPage[];
  /** The concept ids the labels use; marks of other entities are not scored. */
  concepts: Set<string>;
}

export interface ScoredPage {
  page: DevsetPage;
  /** The page's whole devset file, which the label and mark offsets point into. */
  text: string;
  score: PageScore;
}

/** Where the devset is: DEVSET_DIR, or ../shared/devset next to the project. */
export function devsetDir(root: string): string {
  return resolve(process.env.DEVSET_DIR ?? join(root, '..', 'shared', 'devset'));
}

/** The devset's pages and concepts, or null when `dir` holds none. */
export function readDevset(dir: string): Devset | null {
  if (!existsSync(join(dir, 'labels.json'))) return null;
  const pages = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as DevsetPage[];
  return { dir, pages, concepts: devsetConcepts(dir, pages) };
}

/**
 * The lexicon the background serves (handlers.ts getLexicon), built in Node from the same bundled articles and
 * catalog: the fact base's entities, with number phrases held to the figure values it knows.
 */
export function servedLexicon(root: string): Lexicon {
  const { articles, catalog } = readBundled(root);
  const { factBase } = buildFactBase(articles, catalog);
  return lexiconFromCatalog(factBase.entities, knownNumbers(factBase.figures));
}

/** The concept ids the devset labels: its check.py lists them; fall back to the ids its labels use. */
function devsetConcepts(dir: string, pages: DevsetPage[]): Set<string> {
  const check = join(dir, 'check.py');
  const listed = existsSync(check) ? /CONCEPTS\s*=\s*\[([^\]]*)\]/.exec(readFileSync(check, 'utf8')) : null;
  if (listed?.[1]) return new Set([...listed[1].matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1] ?? ''));
  return new Set(pages.flatMap((p) => p.mentions.map((m) => m.concept)));
}

/** A share as a right-aligned percentage, or a dash when there is nothing to divide by. */
export const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The width of the entity column: the longest devset id (kremlin_statement) and a little room. */
const NAME_WIDTH = 18;

/** The per-entity score table, one row per entity and one for all of them. */
export function scoreTable(rows: ConceptScore[], overall: ConceptScore): string[] {
  const line = (r: ConceptScore): string =>
    `${r.concept.padEnd(NAME_WIDTH)} ${String(r.labels).padStart(6)} ${String(r.found).padStart(6)} ${pct(r.recall)}` +
    `   ${String(r.marks).padStart(6)} ${String(r.correct).padStart(7)} ${pct(r.precision)}`;
  const header = `${'entity'.padEnd(NAME_WIDTH)} ${'labels'.padStart(6)} ${'found'.padStart(6)} recall    ${'marks'.padStart(6)} correct precision`;
  return [header, ...rows.map(line), line(overall)];
}

/** Characters of context either side of a miss or false mark: enough to see the sentence around it. */
const CONTEXT_CHARS = 40;

/** A span with some text either side, the span itself in brackets, on one line. */
export function inContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  return `${before}[${text.slice(start, end)}]${text.slice(end, end + CONTEXT_CHARS)}`.replace(/\s+/g, ' ');
}

/**
 * Prints the report: the score table over related pages, their misses and false marks, then the unrelated
 * pages' marks. `title` is the first line; `extra` sections are printed after the false marks.
 */
export function printReport(title: string, scored: ScoredPage[], extra: (related: ScoredPage[]) => void = () => {}): void {
  const related = scored.filter((s) => s.page.related);
  const unrelated = scored.filter((s) => !s.page.related);
  const summary = summarize(related.map((s) => s.score));

  console.log(`${title} (${related.length} related pages, ${unrelated.length} unrelated)`);
  console.log('');
  for (const row of scoreTable(summary.concepts, summary.overall)) console.log(row);
  console.log(`exact spans: ${pct(summary.exactSpans)} of found labels`);

  console.log('\nMisses (related pages):');
  for (const { page, text, score } of related) {
    for (const m of score.misses) console.log(`  ${page.file} ${m.concept}: ${inContext(text, m.start, m.end)}`);
  }
  console.log('\nFalse marks (related pages):');
  for (const { page, text, score } of related) {
    for (const m of score.falseMarks) {
      console.log(`  ${page.file} ${m.entity}${m.fuzzy ? ' (fuzzy)' : ''}: ${inContext(text, m.start, m.end)}`);
    }
  }
  extra(related);

  // On unrelated pages a mark on a labelled word (Baku, Reuters) names the right thing in another story; only
  // marks on unlabelled text are wrong.
  const other = summarize(unrelated.map((s) => s.score)).overall;
  console.log(
    `\nUnrelated pages: ${other.marks} marks, ${other.marks - other.correct} on unlabelled text; labelled words found ${other.found}/${other.labels}`,
  );
  for (const { page, text, score } of unrelated) {
    for (const m of score.falseMarks) console.log(`  ${page.file} ${m.entity}: ${inContext(text, m.start, m.end)}`);
  }
  console.log(
    `\nOverall (related pages): recall ${pct(summary.overall.recall).trim()}, precision ${pct(summary.overall.precision).trim()}`,
  );
}
