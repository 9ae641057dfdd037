/**
 * Reads a source's metadata from the article text itself: the headline, the publisher and the date, each only
 * where the text gives it. Nothing is guessed: an article without a copyright line has no known publisher, and
 * a dateline ("MOSCOW:") names where a story was filed, not who published it.
 */
import type { CleanArticle } from './clean';
import { furniture } from './furniture';
import { timestampLine } from './dates';

export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  published: string | null;
  /** What to call the source: publisher, else title, else the lede's opening words. */
  label: string;
}

/** A headline has a few words at least; a one- or two-word first line is a section label ("World", "Live"). */
const HEADLINE_MIN_WORDS = 3;

/** Opening words of the lede used as a label: enough to tell two ledes about the same event apart. */
const LABEL_WORDS = 8;

/** An outlet's name is short; a longer run after © is a sentence, not a name. */
const PUBLISHER_MAX_WORDS = 8;

/** The outlet named by a copyright line: "© 2024 Latin Times. All rights reserved." gives "Latin Times". */
export function publisherFromCopyright(line: string): string | null {
  const mark = /\u00A9|\(c\)|\bcopyright\b/i.exec(line);
  if (!mark) return null;
  const name = line
    .slice(mark.index + mark[0].length)
    .replace(/^(?:\s*(?:\u00A9|\(c\)|copyright|\d{4}(?:\s*[-\u2013]\s*\d{4})?)[\s,]*)+/i, '')
    .split(/\.\s|\.$|,|\s[-|\u2013\u2014]\s|\ball rights reserved\b/i)[0]!
    .trim();
  const words = name.split(/\s+/).filter(Boolean);
  if (!/\p{L}/u.test(name) || words.length > PUBLISHER_MAX_WORDS) return null;
  return name;
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}\u2026` : words.join(' ');
}

/** Metadata of one article, from its raw text (for the page furniture) and its cleaned blocks (for the headline). */
export function readMetadata(raw: string, cleaned: CleanArticle): ArticleMetadata {
  let publisher: string | null = null;
  let published: string | null = null;
  for (const match of raw.matchAll(/[^\r\n]+/g)) {
    const line = match[0].trim();
    if (publisher === null && furniture(line) === 'copyright') publisher = publisherFromCopyright(line);
    if (published === null) published = timestampLine(line);
  }

  // The headline is the first kept line when it is a heading, kept exactly as the text gives it (000's is cut
  // short: "… Fatal Crash in").
  const first = cleaned.blocks[0];
  const title =
    first && first.kind === 'heading' && first.text.split(/\s+/).length >= HEADLINE_MIN_WORDS ? first.text : null;

  const lede = cleaned.blocks.find((b) => b.kind === 'paragraph') ?? first;
  const label = publisher ?? title ?? (lede ? firstWords(lede.text, LABEL_WORDS) : 'Untitled article');
  return { title, publisher, published, label };
}
