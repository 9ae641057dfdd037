/**
 * The measurements that need no browser: building the fact base as the number of articles grows, and matching
 * throughput on plain text with the real lexicon and with one ten times larger. The project's code arrives as
 * functions (index.ts passes them), so this file stays free of lib/ and only times.
 */
import { storyParagraphs, syntheticArticles, type SyntheticArticle } from './synthetic-articles';
import { syntheticEntities, type SyntheticEntity } from './synthetic-lexicon';

export interface FactBaseCost {
  articles: number;
  ms: number;
  msPerArticle: number;
}

export interface FactBaseGrowth {
  five: FactBaseCost;
  synthetic: FactBaseCost[];
  /** k in time ∝ n^k between the smallest and the largest synthetic set: 1 is linear. */
  exponent: number;
}

export interface MatchingCost {
  label: string;
  entities: number;
  compileMs: number;
  ms: number;
  mbPerSecond: number;
  mentions: number;
}

export interface Matching {
  textChars: number;
  paragraphs: number;
  real: MatchingCost;
  tenfold: MatchingCost;
  /** tenfold.ms / real.ms */
  ratio: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Median of `repeats` timed runs. */
function timeMedian(repeats: number, run: () => void): number {
  return median(Array.from({ length: repeats }, () => time(run)));
}

export interface FactBaseOptions {
  build: (articles: readonly SyntheticArticle[]) => void;
  realArticles: readonly SyntheticArticle[];
  sizes: readonly number[];
  repeats: number;
}

export function measureFactBase(options: FactBaseOptions): FactBaseGrowth {
  const largest = Math.max(...options.sizes);
  const articles = syntheticArticles(largest);
  // Warm the JIT on every code path first, so the smallest set does not pay for compilation alone.
  for (let i = 0; i < 3; i++) options.build(options.realArticles);
  options.build(articles.slice(0, 50));
  const cost = (list: readonly SyntheticArticle[], repeats: number): FactBaseCost => {
    const ms = timeMedian(repeats, () => options.build(list));
    return { articles: list.length, ms, msPerArticle: ms / list.length };
  };
  // Small sets run more often: a 100 ms build is easily disturbed by another process on a shared machine.
  const runsFor = (n: number): number => options.repeats * Math.max(1, Math.ceil(300 / n));
  const five = cost(options.realArticles, runsFor(options.realArticles.length));
  const synthetic = options.sizes.map((n) => cost(articles.slice(0, n), runsFor(n)));
  const first = synthetic[0]!;
  const last = synthetic[synthetic.length - 1]!;
  const exponent = Math.log(last.ms / first.ms) / Math.log(last.articles / first.articles);
  return { five, synthetic, exponent };
}

export interface MatchingOptions<E> {
  realEntities: readonly E[];
  /** Compiles a matcher for these entities and returns a function counting the mentions in one text. */
  compile: (entities: readonly (E | SyntheticEntity)[]) => (text: string) => number;
  textChars: number;
  repeats: number;
}

export function measureMatching<E>(options: MatchingOptions<E>): Matching {
  const paragraphs = storyParagraphs(options.textChars);
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const extra = syntheticEntities(options.realEntities.length * 9);
  const prepare = (label: string, entities: readonly (E | SyntheticEntity)[]) => {
    let count: (text: string) => number = () => 0;
    const compileMs = time(() => {
      count = options.compile(entities);
    });
    for (const paragraph of paragraphs.slice(0, 300)) count(paragraph);
    return { label, entities: entities.length, compileMs, count, times: [] as number[], mentions: 0 };
  };
  const both = [prepare('catalog', options.realEntities), prepare('catalog ×10', [...options.realEntities, ...extra])];
  // Alternating runs, so a slow moment of the machine does not fall on one lexicon only.
  for (let i = 0; i < options.repeats; i++) {
    for (const lexicon of both) {
      // Paragraph by paragraph, as the content script matches a page's text blocks.
      lexicon.times.push(
        time(() => {
          lexicon.mentions = 0;
          for (const paragraph of paragraphs) lexicon.mentions += lexicon.count(paragraph);
        }),
      );
    }
  }
  const [real, tenfold] = both.map(({ label, entities, compileMs, times, mentions }): MatchingCost => {
    const ms = median(times);
    return { label, entities, compileMs, ms, mbPerSecond: chars / 1e6 / (ms / 1000), mentions };
  }) as [MatchingCost, MatchingCost];
  return { textChars: chars, paragraphs: paragraphs.length, real, tenfold, ratio: tenfold.ms / real.ms };
}
