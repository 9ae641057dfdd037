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

/** Whether `text[from, to)` stands whole: no letter (digit, for digits) continues it on either side. */
function whole(text: string, from: number, to: number, digits: boolean): boolean {
  const inWord = digits ? isDigitCode : isLetterCode;
  return !(from > 0 && inWord(text.charCodeAt(from - 1))) && !(to < text.length && inWord(text.charCodeAt(to)));
}

/**
 * Whether `text` holds `word` whole; a pair's two words with whitespace or one hyphen between them, as
 * normalising turns either into the one separator of a form. Native searches (indexOf) over a short text.
 */
function holds(text: string, word: string): boolean {
  const space = word.indexOf(' ');
  const first = space < 0 ? word : word.slice(0, space);
  const digits = isDigitCode(first.charCodeAt(0));
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let end = at + first.length;
    if (space < 0) {
      if (whole(text, at, end, digits)) return true;
      continue;
    }
    if (!whole(text, at, end, false)) continue;
    if (text.charCodeAt(end) === 45) end++;
    else while (isSpaceCode(text.charCodeAt(end))) end++;
    const second = word.slice(space + 1);
    if (end > at + first.length && text.startsWith(second, end) && whole(text, end, end + second.length, false)) return true;
  }
  return false;
}

/**
 * Whether `text` may mention the story: whether, around some key it holds whole, within the prefilter's reach,
 * it holds every word of one of that key's sets. A mention lies within one form's length, so its words do.
 */
export function mayMention(prefilter: Prefilter, text: string): boolean {
  if (prefilter.always) return true;
  if (prefilter.pattern === '') return false;
  let keys = patterns.get(prefilter);
  // Keys are runs of letters or digits: nothing in them needs escaping.
  if (!keys) patterns.set(prefilter, (keys = new RegExp(prefilter.pattern, 'g')));
  const folded = foldForSearch(text);
  keys.lastIndex = 0;
  for (let hit = keys.exec(folded); hit; hit = keys.exec(folded)) {
    const key = hit[0];
    const start = hit.index;
    const end = start + key.length;
    if (!whole(folded, start, end, isDigitCode(key.charCodeAt(0)))) continue;
    const near = folded.slice(Math.max(0, start - prefilter.reach), end + prefilter.reach);
    if (prefilter.byKey[key]?.some((words) => words.every((word) => holds(near, word)))) return true;
  }
  return false;
}
