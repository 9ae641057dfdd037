/**
 * Drops what a news page prints around an article that is not reporting: teasers for other stories, copyright
 * lines, widget labels ("Recent News"), photo counters ("1 / 1"), timestamps, bylines, captions and pull quotes
 * that repeat the body, photo credits trailing a caption. Everything else is kept, verbatim.
 *
 * Rules are patterns about page furniture, not about these five articles, because a user may add any English
 * news article through the same path. Each kept line becomes a block whose text is a slice of the original line,
 * so every sentence cut out of the cleaned text is also a verbatim substring of the article as given.
 */
import { timestampLine } from './dates';
import { endsWithStop, splitSentences } from './sentences';
import { normaliseForComparison } from './validate';

export type BlockKind = 'heading' | 'paragraph';

/** A kept line: a heading (short, no full stop) or a paragraph of sentences. Offsets into `CleanArticle.text`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
}

export type DropReason =
  | 'teaser'
  | 'copyright'
  | 'widget'
  | 'counter'
  | 'timestamp'
  | 'byline'
  | 'credit'
  | 'repeat'
  | 'dangling-heading'
  | 'stray-words'
  | 'dateline'
  | 'url';

export interface DroppedText {
  text: string;
  reason: DropReason;
}

export interface CleanArticle {
  /** The kept blocks joined by blank lines. Claims point into this text. */
  text: string;
  blocks: Block[];
  /** What was removed and why, for the CLI report and for tests. */
  dropped: DroppedText[];
}

/** A label for another story, then a separator, then that story's headline ("Also Read | Hydraulic Failure …"). */
const TEASER =
  /^(?:also read|read also|also see|see also|read more|read next|more from|related(?: news| stories| articles?)?|recommended|must read|don['\u2019]?t miss|watch|listen|trending)\s*[:|\u2013\u2014>\u00BB-]\s*\S/i;

/** "© 2024 Latin Times. All rights reserved.", "Copyright 2024 The Associated Press". */
const COPYRIGHT = /^(?:\u00A9|\(c\)|copyright\b)|\ball rights reserved\b/i;

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
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.'\u2019-]+(?:[ ,]+\p{Lu}[\p{Lu}.'\u2019-]+){0,3}|\p{Lu}[\p{L}.'\u2019-]*(?:\s*\/\s*\p{Lu}[\p{L}.'\u2019-]*)+)(?: \([^)]{1,40}\))?(?::| [-\u2013\u2014])\s+(?=["\u201C\u2018']?\p{Lu})|^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2} \([^)]{1,40}\) [-\u2013\u2014:]\s+/u;

/** A photo credit or stray words trailing a caption: at most this many words after the last full stop. */
const STRAY_TAIL_MAX_WORDS = 4;

/**
 * Headings are short. Sentence-case lines up to 12 words without a full stop read as headings ("Kremlin
 * Response", a headline); longer ones are sentences missing their stop (a standfirst). Title Case headlines run
 * longer, up to about 20 words.
 */
const HEADING_MAX_WORDS = 12;
const TITLE_CASE_HEADING_MAX_WORDS = 20;
/** The first line is where a headline stands; sentence-case headlines there run to about 25 words. */
const FIRST_LINE_HEADING_MAX_WORDS = 25;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function isTitleCase(ws: string[]): boolean {
  const long = ws.filter((w) => /^["'\u201C\u2018(]?\p{L}{4,}/u.test(w));
  if (long.length === 0) return false;
  return long.filter((w) => /^["'\u201C\u2018(]?\p{Lu}/u.test(w)).length / long.length >= 0.8;
}

/**
 * A short line without a full stop: a headline or a section heading, which is not a sentence. `first` is true for
 * the article's first line, where a headline may be longer.
 */
export function isHeadingLike(line: string, first = false): boolean {
  if (endsWithStop(line)) return false;
  const ws = words(line);
  if (first && ws.length <= FIRST_LINE_HEADING_MAX_WORDS) return true;
  return ws.length <= HEADING_MAX_WORDS || (ws.length <= TITLE_CASE_HEADING_MAX_WORDS && isTitleCase(ws));
}

/** Why a whole line is page furniture, or null when it may be reporting. */
export function furniture(line: string): DropReason | null {
  if (URL_LINE.test(line)) return 'url';
  if (TEASER.test(line)) return 'teaser';
  if (COPYRIGHT.test(line) && words(line).length <= 30) return 'copyright';
  if (WIDGET_LABELS.has(normaliseForComparison(line).replace(/[\s:.\u2026>\u00BB|-]+$/, ''))) return 'widget';
  if (COUNTER.test(line)) return 'counter';
  if (timestampLine(line) !== null) return 'timestamp';
  if (BYLINE.test(line)) return 'byline';
  if (CREDIT.test(line)) return 'credit';
  return null;
}

/** Sentences of a line, normalised, with a list number ("1. ") removed: what two copies of a caption share. */
function sentenceKeys(line: string): string[] {
  return splitSentences(line.replace(/^\d{1,3}\.\s+/, '')).map((s) => normaliseForComparison(s.text));
}

interface Candidate {
  text: string;
  kind: BlockKind;
  keys: string[];
}

/** Trims a dateline before the lede and stray words after a caption's last sentence; both are recorded. */
function trimLine(line: string, dropped: DroppedText[]): string {
  let text = line;
  const units = splitSentences(text);
  const last = units[units.length - 1];
  const previous = units[units.length - 2];
  if (
    last &&
    previous &&
    endsWithStop(previous.text) &&
    !endsWithStop(last.text) &&
    words(last.text).length <= STRAY_TAIL_MAX_WORDS
  ) {
    dropped.push({ text: last.text, reason: 'stray-words' });
    text = text.slice(0, previous.end);
  }
  const dateline = DATELINE.exec(text);
  if (dateline && !isHeadingLike(text)) {
    dropped.push({ text: dateline[0].trim(), reason: 'dateline' });
    text = text.slice(dateline[0].length);
  }
  return text;
}

/**
 * A caption, pull quote or standfirst printed twice: every sentence of it is in a line kept earlier, or in a
 * longer line further down (the body paragraph the caption quotes). Of two equal lines the first is kept.
 */
function isRepeat(index: number, candidates: Candidate[], keptKeys: Set<string>, lineOf: Map<string, number[]>) {
  const { keys } = candidates[index]!;
  if (keys.length === 0) return false;
  if (keys.every((k) => keptKeys.has(k))) return true;
  return keys.every((k) =>
    (lineOf.get(k) ?? []).some((j) => j > index && candidates[j]!.keys.length > keys.length),
  );
}

export function cleanArticle(raw: string): CleanArticle {
  const dropped: DroppedText[] = [];
  const candidates: Candidate[] = [];
  for (const match of raw.matchAll(/[^\r\n]+/g)) {
    const line = match[0].trim();
    if (line === '') continue;
    const reason = furniture(line);
    if (reason) {
      dropped.push({ text: line, reason });
      continue;
    }
    const text = trimLine(line, dropped);
    const kind = isHeadingLike(text, candidates.length === 0) ? 'heading' : 'paragraph';
    candidates.push({ text, kind, keys: sentenceKeys(text) });
  }

  const lineOf = new Map<string, number[]>();
  candidates.forEach((c, i) =>
    c.keys.forEach((k) => {
      const lines = lineOf.get(k);
      if (lines) lines.push(i);
      else lineOf.set(k, [i]);
    }),
  );
  const keptKeys = new Set<string>();
  const kept: Candidate[] = [];
  candidates.forEach((c, i) => {
    if (isRepeat(i, candidates, keptKeys, lineOf)) {
      dropped.push({ text: c.text, reason: 'repeat' });
      return;
    }
    c.keys.forEach((k) => keptKeys.add(k));
    kept.push(c);
  });

  // A heading with nothing after it heads no section ("Recent News" over a list the copy left out).
  while (kept.length > 1 && kept[kept.length - 1]!.kind === 'heading') {
    dropped.push({ text: kept.pop()!.text, reason: 'dangling-heading' });
  }

  const blocks: Block[] = [];
  let text = '';
  for (const c of kept) {
    if (text !== '') text += '\n\n';
    blocks.push({ kind: c.kind, start: text.length, end: text.length + c.text.length, text: c.text });
    text += c.text;
  }
  return { text, blocks, dropped };
}
