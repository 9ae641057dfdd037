/**
 * The pages the benchmark loads, written to a folder the static server serves. Sizes are of visible text,
 * as issue 5 sets them: about 50 KB, 1 MB and 5 MB of a page about the story, and 50 KB of a page that
 * mentions nothing of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from './news-page';

export interface BenchPage {
  /** Short label for the report. */
  label: string;
  file: string;
  textChars: number;
  /** Whether the page mentions the story at all. */
  mentions: boolean;
  /** Filled in once written. */
  htmlBytes?: number;
  writtenChars?: number;
}

/**
 * Share of article sentences about the story: about 7 mentions per 1,000 characters over the whole page, half
 * the density of the five shipped articles (14 per 1,000, counted with the matcher), because comments and
 * sidebars talk about other things.
 */
const STORY_SHARE = 0.45;

export const PAGES: readonly BenchPage[] = [
  { label: '50 KB', file: 'story-50k.html', textChars: 50_000, mentions: true },
  { label: '1 MB', file: 'story-1m.html', textChars: 1_000_000, mentions: true },
  { label: '5 MB', file: 'story-5m.html', textChars: 5_000_000, mentions: true },
  { label: '50 KB, no mention', file: 'other-50k.html', textChars: 50_000, mentions: false },
];

/** Writes every page into `dir`; the same seed per page on every run. */
export function writePages(dir: string, pages: readonly BenchPage[] = PAGES): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  return pages.map((page, index) => {
    const built = newsPage({ textChars: page.textChars, seed: 101 + index, storyShare: page.mentions ? STORY_SHARE : 0 });
    writeFileSync(join(dir, page.file), built.html);
    return { ...page, htmlBytes: Buffer.byteLength(built.html), writtenChars: built.textChars };
  });
}

/** Visible text of a generated page, for counting mentions in Node (tags dropped, entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    // Inline tags join their text to what surrounds it ("Flight <em>J2-8243</em>"); every other tag breaks it.
    .replace(/<\/?(a|em|span|time)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
