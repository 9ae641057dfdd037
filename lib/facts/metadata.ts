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
  /** What to call the source: publisher, else title, else the heart of its lede's opening clause. */
  label: string;
}

/** A headline has a few words at least; a one- or two-word first line is a section label ("World", "Live"). */
const HEADLINE_MIN_WORDS = 3;

/**
 * Words of the lede kept in a label: a subject, its verb and object ("Putin expressed a rare public apology"),
 * enough to tell two ledes about the same event apart in about half a line of a card.
 */
const LABEL_WORDS = 6;
/** A run of this many capitalised words opening a lede is a name with its titles ("Russian President Vladimir Putin"). */
const TITLED_NAME_WORDS = 3;

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
/** Words a label must not end on: "… an apology to", "… following the". */
const DANGLING = /^(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|following|after|before|amid|over|as|his|her|its|their|this|that)$/i;

/**
 * A label from the lede's opening clause, in its own words and order: titles before a name are left out
 * ("…Putin expressed a rare public apology…"), and the cut falls after a word, never inside one, with an
 * ellipsis wherever words were left out.
 */
export function ledeLabel(lede: string): string {
  const clause = lede.replace(/^[\p{Lu}/ ]{3,40}:\s+/u, '').split(/[,;:.!?—–(]\s|[.!?]$/)[0]!.trim();
  const words = [...clause.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (words.length === 0) return lede.trim().split(/\s+/).slice(0, LABEL_WORDS).join(' ');
  let first = 0;
  while (first < words.length && /^\p{Lu}/u.test(words[first]!.text)) first++;
  // "Russian President Vladimir Putin expressed…": the name is its last capitalised word.
  const from = first >= TITLED_NAME_WORDS && first < words.length ? first - 1 : 0;
  let to = Math.min(words.length, from + LABEL_WORDS) - 1;
  while (to > from && DANGLING.test(words[to]!.text)) to--;
  const text = clause.slice(words[from]!.start, words[to]!.end);
  return `${from > 0 ? '\u2026' : ''}${text}${to < words.length - 1 || clause.length < lede.trim().length ? '\u2026' : ''}`;
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
  const label = publisher ?? title ?? (lede ? ledeLabel(lede.text) : 'Untitled article');
  return { title, publisher, published, label };
}
