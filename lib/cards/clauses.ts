/**
 * Cutting a sentence down to the clause that concerns one entity, without rewording: the result is one
 * contiguous slice of the sentence, and the card puts an ellipsis wherever words were left out before or after it.
 *
 * A sentence is split where English joins clauses: semicolons, colons and dashes, commas, and the words that open
 * a subordinate clause or a long adjunct ("when", "while", "though", "after", "amid"). The piece holding the
 * mention is grown with its neighbours until it reads as a phrase (a list "Grozny, Mozdok, and Vladikavkaz" is one
 * piece), and cut at word boundaries when it is still longer than the card's line.
 */
import { isFunctionWord, isVerbLike, wordsOf, type Word } from './words';

export interface Slice {
  start: number;
  end: number;
}

export interface Clause extends Slice {
  /** Words of the sentence were left out before `start` / after `end`: the card shows an ellipsis there. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Under two lines of the card's 13 px text at its 360 px width (about 50 characters a line): with the source's
 * name before it and the stance after it, a summary line then takes three lines at most.
 */
export const CLAUSE_MAX_CHARS = 90;
/** Fewer words than this do not read as a statement ("Reuters reported", "Kazakhstan"). */
export const CLAUSE_MIN_WORDS = 6;

const PUNCTUATION_BOUNDARY = /\s*(?:;|:\s|\s[—–]\s|—|,(?=\s))\s*/g;
const WORD_BOUNDARY = /\s(?=(?:when|while|though|although|but|after|before|because|whereas|amid|amidst|despite|following|citing|leading|causing|forcing|resulting)\s)/gi;

/** The pieces of a sentence between clause boundaries, in order, without the boundary punctuation. */
export function clausePieces(text: string): Slice[] {
  const cuts: { at: number; resume: number }[] = [];
  for (const m of text.matchAll(PUNCTUATION_BOUNDARY)) {
    // "1,000" and a comma inside a number are no boundary; the regex only takes a comma before a space.
    cuts.push({ at: m.index, resume: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORD_BOUNDARY)) cuts.push({ at: m.index, resume: m.index + m[0].length });
  cuts.sort((a, b) => a.at - b.at);
  const pieces: Slice[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.at < from) continue;
    pushTrimmed(pieces, text, from, cut.at);
    from = cut.resume;
  }
  pushTrimmed(pieces, text, from, text.length);
  return pieces;
}

function pushTrimmed(pieces: Slice[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) pieces.push({ start, end });
}

function wordCount(text: string, a: Slice, b: Slice): number {
  return wordsOf(text.slice(a.start, b.end)).length;
}

/**
 * The clause of `text` around `focus` (a mention's offsets), at most `maxChars` long where the words allow.
 * The whole sentence comes back, uncut, when it is short enough already.
 */
export function clauseAround(text: string, focus: Slice, maxChars = CLAUSE_MAX_CHARS): Clause {
  const whole = trimmedSentence(text);
  if (whole.end - whole.start <= maxChars) return { ...whole, cutBefore: false, cutAfter: false };
  const pieces = clausePieces(text);
  let i = pieces.findIndex((p) => p.end > focus.start);
  if (i < 0) i = pieces.length - 1;
  let j = i;
  while (wordCount(text, pieces[i]!, pieces[j]!) < CLAUSE_MIN_WORDS && (i > 0 || j < pieces.length - 1)) {
    const next = pieces[j + 1];
    const previous = pieces[i - 1];
    // An item inside a list ("Grozny" before "Mozdok, and Vladikavkaz were…") reads on into the rest of it; the
    // list's last item ("Mozdok and Vladikavkaz") belongs with what came before it.
    const inList = wordCount(text, pieces[j]!, pieces[j]!) <= 2;
    const listGoesOn = next !== undefined && inList && (wordCount(text, next, next) <= 3 || /^(?:and|or)\s/i.test(text.slice(next.start)));
    if (next && (!previous || listGoesOn)) j++;
    else if (previous) i--;
    else j++;
  }
  // The run opens inside a list: take in the items before it too ("Grozny, Mozdok, and Vladikavkaz were…").
  const opensList = () => wordCount(text, pieces[i]!, pieces[i]!) <= 3 || /^(?:and|or)\s/i.test(text.slice(pieces[i]!.start));
  while (i > 0 && wordCount(text, pieces[i - 1]!, pieces[i - 1]!) <= 2 && opensList()) i--;
  let start = pieces[i]!.start;
  let end = pieces[j]!.end;
  if (end - start > maxChars) ({ start, end } = windowAround(text, { start, end }, focus, maxChars));
  // A clause that runs to the sentence's end keeps its full stop; one that stops earlier gets an ellipsis.
  if (end >= whole.end - 1 && /^[.!?"'”’)\]]+$/.test(text.slice(end, whole.end))) end = whole.end;
  return { start, end, cutBefore: start > whole.start, cutAfter: end < whole.end };
}

function trimmedSentence(text: string): Slice {
  const slice: Slice[] = [];
  pushTrimmed(slice, text, 0, text.length);
  return slice[0] ?? { start: 0, end: 0 };
}

/**
 * Word-aligned slice of `range`, at most `maxChars` long, holding `focus`: from the range's start (where the
 * subject and verb are) when that fits, else starting a little before the mention. Never ends on "of", "the".
 */
function windowAround(text: string, range: Slice, focus: Slice, maxChars: number): Slice {
  const words = wordsOf(text.slice(range.start, range.end)).map((w) => ({ ...w, start: w.start + range.start, end: w.end + range.start }));
  if (words.length === 0) return range;
  let a = 0;
  if (focus.end - range.start > maxChars * 0.8) {
    // Start about a third of a line before the mention.
    const wanted = focus.start - maxChars * 0.3;
    a = words.findIndex((w) => w.start >= wanted);
    if (a < 0) a = 0;
  }
  let b = a;
  while (b + 1 < words.length && words[b + 1]!.end - words[a]!.start <= maxChars) b++;
  let focusWord = words.findIndex((w) => w.end > focus.start);
  if (focusWord < 0) focusWord = a;
  // End where a phrase ends (before "and conveyed…", "with wishes…") if that keeps most of the room.
  if (b + 1 < words.length) {
    for (let k = b; k > Math.max(focusWord, a + Math.floor((b - a) * 0.5)); k--) {
      if (opensPhrase(words, k + 1) || /[,;:]\s*$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) {
        b = k;
        break;
      }
    }
  }
  while (b > a && b > focusWord && isFunctionWord(words[b]!.lower)) b--;
  // Opening quote marks before the first word stay with it when the window starts where the range does.
  const start = a === 0 ? range.start : words[a]!.start;
  return { start, end: closeQuote(text, words[b]!.end, range.end) };
}

/** Words that start a new phrase: a cut just before one reads as a whole phrase. "at" is left out ("at least"). */
const PHRASE_OPENERS = new Set('and or but with which who while after before amid during to by for in on from'.split(' '));

/** "and conveyed…" opens a phrase; "deep and sincere" does not: "and"/"or" count only before a verb. */
function opensPhrase(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!PHRASE_OPENERS.has(w.lower)) return false;
  if (w.lower !== 'and' && w.lower !== 'or') return true;
  const next = words[i + 1];
  return next !== undefined && isVerbLike(next);
}

/** Keep a closing quote mark or bracket that ends the last word ("…an “incoming threat”"). */
function closeQuote(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && /["'”’)\]]/.test(text[e]!)) e++;
  return e;
}
