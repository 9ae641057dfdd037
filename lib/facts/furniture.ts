/**
 * What page furniture looks like: the lines a news page prints around an article that are not reporting
 * (teasers for other stories, copyright lines, widget labels, gallery counters, timestamps, bylines, photo
 * credits, a pasted URL), and the dateline that opens a lede. Patterns, not lists of lines, so they hold for any
 * English news page.
 */
import { timestampLine } from './dates';
import { normalizeForComparison } from './validate';

export type FurnitureKind = 'url' | 'teaser' | 'copyright' | 'widget' | 'counter' | 'timestamp' | 'byline' | 'credit';

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A label for another story, then a separator, then that story's headline ("Also Read | Hydraulic Failure …"). */
const TEASER =
  /^(?:also read|read also|also see|see also|read more|read next|more from|related(?: news| stories| articles?)?|recommended|must read|don['\u2019]?t miss|watch|listen|trending)\s*[:|\u2013\u2014>\u00BB-]\s*\S/i;

/** "© 2024 Latin Times. All rights reserved.", "Copyright 2024 The Associated Press". */
const COPYRIGHT = /^(?:\u00A9|\(c\)|copyright\b)|\ball rights reserved\b/i;
/** A copyright notice is a line or two; a longer paragraph that says "copyright" is reporting about one. */
const COPYRIGHT_MAX_WORDS = 30;

/** Widget labels printed between or after articles; matched against the whole line. */
const WIDGET_LABELS = new Set([
  'recent news', 'latest news', 'related news', 'more news', 'top news', 'top stories', 'trending', 'trending now',
  'trending news', 'most read', 'most popular', 'popular stories', 'advertisement', 'advertisements', 'sponsored',
  'sponsored content', 'share', 'share this', 'share this article', 'share this story', 'comments', 'read more',
  'read next', 'subscribe', 'subscribe now', 'sign up', 'newsletter', 'follow us', 'click here', 'see more',
  'more stories', 'related', 'related articles', 'related stories', 'related posts', 'you may also like',
  'you might also like', 'recommended', 'recommended for you', "editor's picks", 'tags', 'topics',
  'skip to content', 'continue reading', 'story continues below advertisement', 'also read', "don't miss",
]);

/** A line that is only a web address: the page's URL pasted above its text. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** A gallery counter: "1 / 1", "2 of 5". */
const COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;

/** "By Jane Doe", "Reporting by …; Editing by …". */
const BYLINE = /^(?:(?:[Ww]ritten |[Rr]eported )?[Bb]y\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|and|&)){0,5},?(?:\s+\p{Lu}[\p{L}]*)?$|(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b)/u;

/** "Photo: AFP", "Image credit: Getty Images". */
const CREDIT = /^(?:file )?(?:photo|image|picture|video)s?(?: credit)?\s*:\s*\S.{0,60}$/i;

/**
 * A dateline opening the lede: "MOSCOW:", "Moscow/Baku:", "WASHINGTON (Reuters) -". Only capitals, a slash
 * or an agency in brackets mark one; a single Title-case word before a colon may be a speaker ("Aliyev: …").
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.'\u2019-]+(?:[ ,]+\p{Lu}[\p{Lu}.'\u2019-]+){0,3}|\p{Lu}[\p{L}.'\u2019-]*(?:\s*\/\s*\p{Lu}[\p{L}.'\u2019-]*)+)(?: \([^)]{1,40}\))?(?::| [-\u2013\u2014])\s+(?=["\u201C\u2018']?\p{Lu})|^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2} \([^)]{1,40}\) [-\u2013\u2014:]\s+/u;

/** Why a whole line is page furniture, or null when it may be reporting. */
export function furniture(line: string): FurnitureKind | null {
  if (URL_LINE.test(line)) return 'url';
  if (TEASER.test(line)) return 'teaser';
  if (COPYRIGHT.test(line) && wordCount(line) <= COPYRIGHT_MAX_WORDS) return 'copyright';
  if (WIDGET_LABELS.has(normalizeForComparison(line).replace(/[\s:.\u2026>\u00BB|-]+$/, ''))) return 'widget';
  if (COUNTER.test(line)) return 'counter';
  if (timestampLine(line) !== null) return 'timestamp';
  if (BYLINE.test(line)) return 'byline';
  if (CREDIT.test(line)) return 'credit';
  return null;
}
