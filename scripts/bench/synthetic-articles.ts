/**
 * Invented articles about the story, to time the fact base build on many more articles than the five shipped:
 * a headline, a byline with an outlet and a date, then paragraphs mixing story sentences (the same templates as
 * the pages) with filler, plus the figures reporters disagree on (the death toll, the survivors, the people on
 * board) with values that vary between outlets, as they did. Plain text, like assets/articles.
 */
import { seeded, type Random } from './random';
import { AUTHORS, FILLER, fill, HEADLINES, STORY } from './sentences';

export interface SyntheticArticle {
  id: string;
  text: string;
}

const OUTLETS = [
  'The Meridian', 'Northern Ledger', 'Daily Courier', 'Capital Wire', 'Evening Standard-Bearer', 'Coastal Times',
  'The Observer Post', 'Metro Dispatch',
];
const MONTHS = ['December'];

/** Sentences with the figures outlets gave; the values vary between articles as early reports did. */
const FIGURES: readonly ((random: Random) => string)[] = [
  (r) => `At least ${r.pick([38, 38, 38, 39, 37])} people were killed, officials said.`,
  (r) => `There were ${r.pick([67, 67, 67, 69])} people on board, including five crew members.`,
  (r) => `${r.pick([29, 29, 28, 32])} people survived the crash, many of them with serious injuries.`,
  (r) => `The death toll rose to ${r.pick([38, 38, 39])} on Thursday.`,
];

function paragraph(random: Random): string {
  const sentences: string[] = [];
  const count = random.int(2, 5);
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const text = roll < 0.55 ? fill(random.pick(STORY), random) : roll < 0.65 ? random.pick(FIGURES)(random) : random.pick(FILLER);
    sentences.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  return sentences.join(' ');
}

export function syntheticArticles(count: number, seed = 2024): SyntheticArticle[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const headline = fill(random.pick(HEADLINES.filter((h) => h.includes('{'))), random);
    const lines = [
      headline.charAt(0).toUpperCase() + headline.slice(1),
      `By ${random.pick(AUTHORS)} | ${random.pick(OUTLETS)} | ${random.pick(MONTHS)} ${random.int(25, 31)}, 2024`,
      '',
    ];
    const paragraphs = random.int(6, 14);
    for (let i = 0; i < paragraphs; i++) lines.push(paragraph(random), '');
    return { id: `synthetic_${String(index).padStart(4, '0')}`, text: lines.join('\n') };
  });
}

/** About `chars` characters of article paragraphs (as a page's text blocks are), for timing the matcher. */
export function storyParagraphs(chars: number, seed = 4048): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let total = 0; total < chars; ) {
    const text = paragraph(random);
    out.push(text);
    total += text.length;
  }
  return out;
}
