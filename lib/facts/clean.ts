/**
 * Drops what a news page prints around an article that is not reporting: teasers for other stories, copyright
 * lines, widget labels ("Recent News"), photo counters ("1 / 1"), timestamps, bylines, captions and pull quotes
 * that repeat the body, photo credits trailing a caption. Everything else is kept, verbatim.
 *
 * Rules are patterns about page furniture (`furniture.ts`), not about these five articles, because a user may add
 * any English news article through the same path. Each kept line becomes a block whose text is a slice of the original line,
 * so every sentence cut out of the cleaned text is also a verbatim substring of the article as given.
 */
import { DATELINE, furniture, type FurnitureKind } from './furniture';
import { endsWithStop, splitSentences } from './sentences';
import { normalizeForComparison } from './validate';

export type BlockKind = 'heading' | 'paragraph';

/** A kept line: a heading (short, no full stop) or a paragraph of sentences. Offsets into `CleanArticle.text`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
}

/** Page furniture found on its own line, or what cleaning removed from around the reporting. */
export type DropReason = FurnitureKind | 'repeat' | 'dangling-heading' | 'stray-words' | 'dateline';

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

/** Sentences of a line, normalized, with a list number ("1. ") removed: what two copies of a caption share. */
function sentenceKeys(line: string): string[] {
  return splitSentences(line.replace(/^\d{1,3}\.\s+/, '')).map((s) => normalizeForComparison(s.text));
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
