/**
 * The words of a cleaned article with what candidate rules need to know about each: where it stands, whether it
 * is written like a name, whether it opens a sentence or sits in a heading (where every word may be capitalised).
 */
import type { CleanArticle } from '../clean';
import { splitSentences } from '../sentences';

export interface Token {
  /** The word as written, without a possessive "'s". */
  text: string;
  start: number;
  end: number;
  /** Written like a name: a capital first letter, or letters and digits mixed in a code ("7C2216"). */
  cap: boolean;
  /** Holds a digit ("2216", "737-800", "7C"). */
  digits: boolean;
  /** Followed by a possessive "'s" or "’s". */
  possessive: boolean;
  /** The first word of a sentence, or of a clause after a colon or a spaced dash: capitalised by grammar. */
  opensSentence: boolean;
  /** In a heading block, or in a line written all in capitals. */
  heading: boolean;
  /** What stands between the previous word and this one ("" for the first word of the text). */
  gap: string;
}

/** Letters and digits, joined by hyphens, dots, apostrophes or ampersands inside the word ("Sang-mok", "U.S"). */
const WORD = /[\p{L}\p{N}]+(?:[-.'\u2019&][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019]s$/u;
/** "U.S" before its final dot: initials keep the dot. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** A clause opens after these: "08:57 – Control tower issues …", "Key points: Rescuers …". */
const CLAUSE_GAP = /(?:[:;]|\s[-\u2013\u2014]+)\s*["'\u201C\u2018(]?$/u;

function isCap(word: string): boolean {
  const first = word[0] ?? '';
  if (first !== first.toLowerCase()) return true;
  return /\d/.test(word) && /\p{Lu}/u.test(word);
}

/** Lines written all in capitals ("SEOUL, Dec. 29", a byline): their words are capitalised by typography. */
function allCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

export function tokenize(cleaned: CleanArticle): Token[] {
  const text = cleaned.text;
  const opens: number[] = [];
  for (const block of cleaned.blocks) {
    for (const s of splitSentences(block.text)) opens.push(block.start + s.start);
  }
  opens.sort((a, b) => a - b);
  // Words come in order, so sentence starts and blocks are walked once alongside them.
  let nextOpen = 0;
  let blockAt = 0;
  let line = { start: -1, end: -1, caps: false };
  const headingAt = (at: number): boolean => {
    while (blockAt < cleaned.blocks.length && cleaned.blocks[blockAt]!.end <= at) blockAt++;
    const block = cleaned.blocks[blockAt];
    if (!block || block.start > at) return false;
    if (block.kind === 'heading') return true;
    if (at >= line.end) {
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      line = { start, end: end < 0 ? text.length : end, caps: false };
      line.caps = allCaps(text.slice(line.start, line.end));
    }
    return line.caps;
  };

  const out: Token[] = [];
  let previousEnd = 0;
  let sentenceOpen = true;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (INITIALS.test(word) && text[end] === '.') {
      word += '.';
      end++;
    }
    const possessive = POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    if (word === '') continue;
    const gap = text.slice(previousEnd, start);
    // A sentence opens at a unit start the splitter found, even behind an opening quote or bracket.
    while (nextOpen < opens.length && opens[nextOpen]! <= start) {
      if (opens[nextOpen]! >= previousEnd) sentenceOpen = true;
      nextOpen++;
    }
    out.push({
      text: word,
      start,
      end: start + word.length,
      cap: isCap(word),
      digits: /\d/.test(word),
      possessive,
      opensSentence: sentenceOpen || CLAUSE_GAP.test(gap),
      heading: headingAt(start),
      gap,
    });
    sentenceOpen = false;
    previousEnd = end;
  }
  return out;
}
