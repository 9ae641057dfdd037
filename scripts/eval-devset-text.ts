/**
 * Measures the matcher on the development set's page texts (no browser): per-entity recall and precision,
 * then every miss and false mark with a little context. Run: `npx tsx scripts/eval-devset-text.ts`
 * (`--fuzzy` turns the fuzzy rescue on, as the content script does).
 *
 * The devset lives outside the project (../shared/devset, or DEVSET_DIR) and is other outlets' text: it is
 * read here for measuring only, never copied. Without it the script says so and exits cleanly.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher, findMentions } from '../lib/match/matcher';
import { scorePage } from './score-labels';
import { devsetDir, printReport, readDevset, servedLexicon, type ScoredPage } from './devset';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = readDevset(devsetDir(root));
if (!devset) {
  console.log(`No devset at ${devsetDir(root)}: skipping the text evaluation (set DEVSET_DIR to point at one).`);
  process.exit(0);
}

const fuzzy = process.argv.includes('--fuzzy');
const matcher = compileMatcher(servedLexicon(root), { fuzzy });

const scored: ScoredPage[] = [];
for (const page of devset.pages) {
  const text = readFileSync(join(devset.dir, page.file), 'utf8');
  // Line 1 is the URL, never labelled and never shown as prose; the headline (line 2) and body are scanned.
  const from = text.indexOf('\n') + 1;
  const marks = findMentions(matcher, text.slice(from)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  scored.push({ page, text, score: scorePage(page.mentions, marks, { concepts: devset.concepts }) });
}

printReport(`Devset: ${devset.dir}${fuzzy ? ', fuzzy on' : ''}`, scored, (related) => {
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
});
