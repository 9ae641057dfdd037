/**
 * The page side of the prefilter (prefilter.ts). It runs on every page with the content script's code still cold,
 * so it leans on native string work: one fold of the text and one regular expression over it for the keys, which
 * a page about something else rarely holds, and only around a key found, a search for the other words of its sets.
 */

import { foldForSearch, isWordCode } from './normalize';
import type { Prefilter } from './prefilter';

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterCode = (c: number): boolean => isWordCode(c) && !isDigitCode(c);
/** Whitespace in folded text (other spaces are folded to a space). */
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

const patterns = new WeakMap<Prefilter, RegExp>();

/** Whether a word may end at an offset of the text although letters touch there (see TextBatch.breaks). */
type IsBreak = (at: number) => boolean;
const noBreak: IsBreak = () => false;

/** Whether `text[from, to)` stands whole: no letter (digit, for digits) continues it on either side. */
function whole(text: string, from: number, to: number, digits: boolean, isBreak: IsBreak): boolean {
  const inWord = digits ? isDigitCode : isLetterCode;
  return (
    (from === 0 || !inWord(text.charCodeAt(from - 1)) || isBreak(from)) &&
    (to >= text.length || !inWord(text.charCodeAt(to)) || isBreak(to))
  );
}

/** Membership in ascending offsets, by bisection. */
function breakTest(breaks: readonly number[]): IsBreak {
  if (breaks.length === 0) return noBreak;
  return (at) => {
    let lo = 0;
    let hi = breaks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = breaks[mid] as number;
      if (value === at) return true;
      if (value < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

/**
 * Folds `text` for search and moves `breaks` along. Folding keeps the length unless the text holds a character
 * that folds to more or fewer (a ligature, a soft hyphen); only then is it folded piece by piece.
 */
function foldWithBreaks(text: string, breaks: readonly number[]): { folded: string; breaks: readonly number[] } {
  const folded = foldForSearch(text);
  if (folded.length === text.length || breaks.length === 0) return { folded, breaks };
  const pieces: string[] = [];
  const moved: number[] = [];
  let from = 0;
  let length = 0;
  for (const at of [...breaks, text.length]) {
    const piece = foldForSearch(text.slice(from, at));
    pieces.push(piece);
    length += piece.length;
    if (at < text.length) moved.push(length);
    from = at;
  }
  return { folded: pieces.join(''), breaks: moved };
}

/**
 * Whether `text` holds `word` whole; a pair's two words with whitespace or one hyphen between them, as
 * normalizing turns either into the one separator of a form. Native searches (indexOf) over a short text.
 */
function holds(text: string, word: string, isBreak: IsBreak): boolean {
  const space = word.indexOf(' ');
  const first = space < 0 ? word : word.slice(0, space);
  const digits = isDigitCode(first.charCodeAt(0));
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let end = at + first.length;
    if (space < 0) {
      if (whole(text, at, end, digits, isBreak)) return true;
      continue;
    }
    if (!whole(text, at, end, false, isBreak)) continue;
    if (text.charCodeAt(end) === 45) end++;
    else while (isSpaceCode(text.charCodeAt(end))) end++;
    const second = word.slice(space + 1);
    if (end > at + first.length && text.startsWith(second, end) && whole(text, end, end + second.length, false, isBreak)) return true;
  }
  return false;
}

/**
 * Whether `text` may mention the story: whether, around some key it holds whole, within the prefilter's reach,
 * it holds every word of one of that key's sets. A mention lies within one form's length, so its words do.
 * `breaks` (ascending offsets into `text`) are places where a word may end although letters touch: where one
 * text node of a page ends and the next begins (lib/page/text-batches.ts).
 */
export function mayMention(prefilter: Prefilter, text: string, breaks: readonly number[] = []): boolean {
  if (prefilter.always) return true;
  if (prefilter.pattern === '') return false;
  let keys = patterns.get(prefilter);
  // Keys are runs of letters or digits: nothing in them needs escaping.
  if (!keys) patterns.set(prefilter, (keys = new RegExp(prefilter.pattern, 'g')));
  const { folded, breaks: foldedBreaks } = foldWithBreaks(text, breaks);
  const isBreak = breakTest(foldedBreaks);
  keys.lastIndex = 0;
  for (let hit = keys.exec(folded); hit; hit = keys.exec(folded)) {
    const key = hit[0];
    const start = hit.index;
    const end = start + key.length;
    if (!whole(folded, start, end, isDigitCode(key.charCodeAt(0)), isBreak)) continue;
    // Prefilter.others: a set may hold only where one of these words is near the key too.
    const others = prefilter.others[key] ?? [];
    if (others.length === 0) return true;
    const from = Math.max(0, start - prefilter.reach);
    const near = folded.slice(from, end + prefilter.reach);
    const nearBreak: IsBreak = isBreak === noBreak ? noBreak : (at) => isBreak(at + from);
    // Whole words, as the sets need them: a substring search let "us" (of "us officials") through in "thus".
    if (!others.some((word) => holds(near, word, nearBreak))) continue;
    // A key's sets share words (a common word ends dozens of them): look for each word once per key found.
    const found = new Map<string, boolean>();
    const has = (word: string): boolean => {
      let known = found.get(word);
      if (known === undefined) found.set(word, (known = holds(near, word, nearBreak)));
      return known;
    };
    if (prefilter.byKey[key]?.some((words) => words.every(has))) return true;
  }
  return false;
}
