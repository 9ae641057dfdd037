/**
 * Who a sentence says something on the word of: the noun phrase just before a reporting or hedging verb
 * ("The Kremlin confirmed", "U.S. officials believe", "Four sources … told Reuters"), in the sentence's own words.
 * Pronouns ("he said", "it stopped short of") name nobody a reader could check, so they give no attribution; a
 * phrase with a verb in it is a clause, not a speaker.
 */
import { isVerbLike, wordsOf, type Word } from './words';

/** Words between a speaker and its verb that are not part of the speaker: "the Kremlin has also not …". */
const BETWEEN = new Set(
  'has have had also further quickly not explicitly did does do is was were been initially earlier later since already repeatedly consistently reportedly still then meanwhile however'.split(
    ' ',
  ),
);
/** Words that end a speaker phrase on its left: the clause that holds it starts after them. */
const CLAUSE_WORDS = new Set('that which who whom and but while though although when as if whether because after before since despite amid amidst'.split(' '));
const PRONOUNS = new Set('he she it they we i you this that these those which who one'.split(' '));
const PREPOSITIONS = new Set('with of from in on at by for about near'.split(' '));
/** Longest speaker phrase kept whole; longer ones are cut at their first preposition ("Four sources"). */
const MAX_SPEAKER_WORDS = 6;

export interface Speaker {
  text: string;
  start: number;
  end: number;
}

/** The speaker of the verb that starts at `at` in `sentence`, or null. */
export function speakerBefore(sentence: string, at: number): Speaker | null {
  const words = wordsOf(sentence);
  let i = words.findIndex((w) => w.start >= at) - 1;
  if (i < -1) i = words.length - 1;
  while (i >= 0 && BETWEEN.has(words[i]!.lower)) i--;
  if (i < 0) return null;
  const phrase: Word[] = [];
  for (let k = i; k >= 0; k--) {
    const w = words[k]!;
    const gap = sentence.slice(w.end, (phrase[0] ?? words[i + 1] ?? w).start);
    if (phrase.length > 0 && /[,;:“”"()—–]/.test(gap)) break;
    if (CLAUSE_WORDS.has(w.lower)) break;
    phrase.unshift(w);
    if (phrase.length > MAX_SPEAKER_WORDS + 4) break;
  }
  if (phrase.length === 0 || (phrase.length === 1 && PRONOUNS.has(phrase[0]!.lower))) return null;
  let kept = phrase;
  if (kept.length > MAX_SPEAKER_WORDS) {
    const cut = kept.findIndex((w, n) => n > 0 && PREPOSITIONS.has(w.lower));
    if (cut > 0) kept = kept.slice(0, cut);
    if (kept.length > MAX_SPEAKER_WORDS) kept = kept.slice(-MAX_SPEAKER_WORDS);
  }
  // A phrase with a verb in it is a clause ("the deviation occurred amidst … strikes reported"), not a speaker.
  if (kept.some(isVerbLike)) return null;
  const start = kept[0]!.start;
  const end = kept[kept.length - 1]!.end;
  return { text: sentence.slice(start, end), start, end };
}
