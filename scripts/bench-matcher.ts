/**
 * Throughput of findMentions on about 1 MB of text (the bundled articles repeated), with the catalog lexicon
 * and with one ten times larger (synthetic names added), to check the cost stays flat as the lexicon grows.
 * Run: `npx tsx scripts/bench-matcher.ts`. Indicative only (Node, not Chrome; a shared machine).
 */

import type { CatalogEntity } from '../lib/facts/types';
import { lexiconFromCatalog } from '../lib/match/lexicon';
import { compileMatcher, findMentions, type Matcher } from '../lib/match/matcher';
import { readBundled } from './articles';

const bundled = readBundled();
const articles = bundled.articles.map((a) => a.text);
const ONE_MB = 1 << 20;
const paragraphs: string[] = [];
let size = 0;
for (let i = 0; size < ONE_MB; i++) {
  const a = articles[i % articles.length] ?? '';
  paragraphs.push(a);
  size += a.length;
}
const entities = bundled.catalog.entities;

/** Pseudo-names from a fixed seed, so runs are comparable. */
function syntheticEntities(count: number): CatalogEntity[] {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const syllables = ['ka', 'zo', 'mir', 'tal', 'ven', 'dro', 'sha', 'lik', 'por', 'ugu', 'nes', 'bar'];
  const word = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic_${i}`,
    name: word(),
    kind: 'place' as const,
    description: 'synthetic entity for the benchmark',
    aliases: [word(), `${word()} ${word()}`, `${word()}-${word()}`],
    phrases: [`the ${word()} (said|noted) [in a statement]`],
  }));
}

function run(label: string, matcher: Matcher, texts: string[]): void {
  for (const t of texts.slice(0, 20)) findMentions(matcher, t); // warm up
  const whole = texts.join('\n\n');
  let best = Infinity;
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    count = findMentions(matcher, whole).length;
    best = Math.min(best, performance.now() - t0);
  }
  let bestPer = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    for (const t of texts) findMentions(matcher, t);
    bestPer = Math.min(bestPer, performance.now() - t0);
  }
  const mb = whole.length / ONE_MB;
  console.log(
    `${label.padEnd(34)} one text: ${(mb / (best / 1000)).toFixed(1).padStart(5)} MB/s (${best.toFixed(0)} ms, ${count} mentions); ` +
      `${texts.length} texts: ${(mb / (bestPer / 1000)).toFixed(1).padStart(5)} MB/s`,
  );
}

console.log(`text: ${(size / ONE_MB).toFixed(2)} MB in ${paragraphs.length} articles`);
const big = [...entities, ...syntheticEntities(entities.length * 9)];
for (const [label, list] of [['catalog', entities], ['catalog x10', big]] as const) {
  const t0 = performance.now();
  const exact = compileMatcher(lexiconFromCatalog([...list]));
  const compileMs = performance.now() - t0;
  console.log(`${label}: ${list.length} entities, compiled in ${compileMs.toFixed(0)} ms`);
  run(`${label}, exact`, exact, paragraphs);
  run(`${label}, fuzzy`, compileMatcher(lexiconFromCatalog([...list]), { fuzzy: true }), paragraphs);
}
