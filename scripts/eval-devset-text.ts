/**
 * Measures the matcher on the development set's page texts (no browser): per-concept recall and precision,
 * then every miss and false mark with a little context. Run: `npx tsx scripts/eval-devset-text.ts`
 * (`--fuzzy` turns the fuzzy rescue on, as the content script does).
 *
 * The devset lives outside the project (../shared/devset, or DEVSET_DIR) and is other outlets' text: it is
 * read here for measuring only, never copied. Without it the script says so and exits cleanly.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import catalog from '../assets/catalog.json';
import type { Catalog } from '../lib/facts/types';
import { lexiconFromCatalog } from '../lib/match/lexicon';
import { compileMatcher, findMentions } from '../lib/match/matcher';
import { scorePage, summarize, type ConceptScore, type LabelledSpan, type PageScore } from '../lib/match/score';

interface DevsetPage {
  file: string;
  related: boolean;
  mentions: LabelledSpan[];
}

/** The figure values the fact base knows for this story, as the content script would pass them. */
const KNOWN_NUMBERS = { death_toll: [38], survivors: [28, 29], on_board: [67] };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = resolve(process.env.DEVSET_DIR ?? join(root, '..', 'shared', 'devset'));
if (!existsSync(join(devset, 'labels.json'))) {
  console.log(`No devset at ${devset}: skipping the text evaluation (set DEVSET_DIR to point at one).`);
  process.exit(0);
}

const pages = JSON.parse(readFileSync(join(devset, 'labels.json'), 'utf8')) as DevsetPage[];
const concepts = devsetConcepts(pages);
const fuzzy = process.argv.includes('--fuzzy');
const matcher = compileMatcher(lexiconFromCatalog((catalog as Catalog).entities, KNOWN_NUMBERS), { fuzzy });

const scored: { page: DevsetPage; text: string; score: PageScore }[] = [];
for (const page of pages) {
  const text = readFileSync(join(devset, page.file), 'utf8');
  // Line 1 is the URL, never labelled and never shown as prose; the headline (line 2) and body are scanned.
  const from = text.indexOf('\n') + 1;
  const marks = findMentions(matcher, text.slice(from)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  scored.push({ page, text, score: scorePage(page.mentions, marks, { concepts }) });
}

const related = scored.filter((s) => s.page.related);
const unrelated = scored.filter((s) => !s.page.related);
const summary = summarize(related.map((s) => s.score));

const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const line = (r: ConceptScore): string =>
  `${r.concept.padEnd(18)} ${String(r.labels).padStart(6)} ${String(r.found).padStart(6)} ${pct(r.recall)}` +
  `   ${String(r.marks).padStart(6)} ${String(r.correct).padStart(7)} ${pct(r.precision)}`;

console.log(`Devset: ${devset} (${related.length} related pages, ${unrelated.length} unrelated)${fuzzy ? ', fuzzy on' : ''}`);
console.log(`\n${'concept'.padEnd(18)} ${'labels'.padStart(6)} ${'found'.padStart(6)} recall    ${'marks'.padStart(6)} correct precision`);
for (const r of summary.concepts) console.log(line(r));
console.log(line(summary.overall));
console.log(`exact spans: ${pct(summary.exactSpans)} of found labels`);

const context = (text: string, start: number, end: number): string =>
  `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

console.log('\nMisses (related pages):');
for (const { page, text, score } of related) {
  for (const m of score.misses) console.log(`  ${page.file} ${m.concept}: ${context(text, m.start, m.end)}`);
}
console.log('\nFalse marks (related pages):');
for (const { page, text, score } of related) {
  for (const m of score.falseMarks) console.log(`  ${page.file} ${m.entity}${m.fuzzy ? ' (fuzzy)' : ''}: ${context(text, m.start, m.end)}`);
}

console.log('\nFound with a different span (label → marks):');
for (const { page, text, score } of related) {
  const missed = new Set(score.misses);
  for (const l of score.labels) {
    if (missed.has(l)) continue;
    const hits = score.marks.filter((m) => m.start < l.end && l.start < m.end);
    if (hits.some((m) => m.start === l.start && m.end === l.end)) continue;
    const seen = hits.map((m) => `${m.entity} "${text.slice(m.start, m.end)}"`).join(', ');
    console.log(`  ${page.file} ${l.concept} "${text.slice(l.start, l.end)}" → ${seen}`);
  }
}

// On unrelated pages a mark on a labelled word (Baku, Reuters) names the right thing in another story; only
// marks on unlabelled text are wrong.
const unrelatedSummary = summarize(unrelated.map((s) => s.score));
console.log(
  `\nUnrelated pages: ${unrelatedSummary.overall.marks} marks, ${unrelatedSummary.overall.marks - unrelatedSummary.overall.correct} on unlabelled text` +
    `; labelled words found ${unrelatedSummary.overall.found}/${unrelatedSummary.overall.labels}`,
);
for (const { page, text, score } of unrelated) {
  for (const m of score.falseMarks) console.log(`  ${page.file} ${m.entity}: ${context(text, m.start, m.end)}`);
}

/** The concept ids the devset labels: its check.py lists them; fall back to the ids its labels use. */
function devsetConcepts(all: DevsetPage[]): Set<string> {
  const check = join(devset, 'check.py');
  const listed = existsSync(check) ? /CONCEPTS\s*=\s*\[([^\]]*)\]/.exec(readFileSync(check, 'utf8')) : null;
  if (listed?.[1]) return new Set([...listed[1].matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1] ?? ''));
  return new Set(all.flatMap((p) => p.mentions.map((m) => m.concept)));
}
