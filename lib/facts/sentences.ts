/**
 * Splits text into sentences with offsets, so a claim can be cut verbatim out of its source.
 *
 * A line break always ends a unit: headlines, headings and captions stand on their own lines without a full stop.
 * Inside a line, a unit ends at `.`, `!`, `?` or an ellipsis, plus any closing quotes or brackets, when the next
 * word starts like a sentence (a capital letter or a digit, possibly after an opening quote). The period is the
 * hard case: abbreviations (Mr., St., U.S., Dec. 28) and initials (John F. Kennedy) do not end a sentence.
 */

export interface SentenceSpan {
  /** Offset of the first character in the text given to `splitSentences`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

/** Titles and honorifics: always followed by a name, never the last word of a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sgt', 'lt', 'col', 'gen', 'maj', 'capt', 'cpt', 'cpl', 'pvt',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'mt', 'ft', 'messrs',
]);

/** Abbreviations that stand before a number ("Dec. 28", "No. 5"): no sentence ends between them and the number. */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'art', 'sec', 'ch', 'approx', 'est', 'ca',
]);

/**
 * Abbreviations that can also close a sentence ("… Apple Inc. The company …"). They end one only when the next
 * word is a typical sentence opener (below); "U.S. officials" and "U.S. President Joe Biden" stay whole.
 */
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'etc', 'govt', 'dept', 'bros', 'esq', 'al']);

/** Words that commonly open a sentence, used only to decide the ambiguous cases above. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'after',
  'before', 'while', 'when', 'if', 'however', 'meanwhile', 'still', 'also', 'no', 'not', 'some', 'many', 'most',
  'according', 'both', 'despite', 'since', 'until', 'during', 'officials', 'what', 'who', 'why', 'how',
]);

/** A terminator, the quotes or brackets that close around it, and the space before the next sentence. */
const BOUNDARY = /(\.{3}|[.!?\u2026]+)(["'\u201D\u2019)\]]*)(\s+)/g;
const OPENERS = /^["'\u201C\u2018(\[]*/;

function startsLikeSentence(rest: string): boolean {
  const afterOpeners = rest.slice(OPENERS.exec(rest)![0].length);
  return /^[\p{Lu}\p{N}]/u.test(afterOpeners);
}

function firstWord(rest: string): string {
  return (/^["'\u201C\u2018(\[]*([\p{L}']+)/u.exec(rest)?.[1] ?? '').toLowerCase();
}

/** Whether the period that ends `before` (which excludes the period) ends a sentence, given what follows. */
function periodEndsSentence(before: string, rest: string): boolean {
  // A list number opening the line ("1. Vladimir Putin apologises …") is not a sentence.
  if (/^\s*\d{1,3}$/.test(before)) return false;
  const token = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["'\u201C\u2018(\[]+/, '');
  const word = token.toLowerCase();
  if (TITLES.has(word)) return false;
  // An initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(token)) return false;
  if (BEFORE_NUMBER.has(word) && /^\d/.test(rest)) return false;
  // Dotted abbreviations ("U.S", "a.m", "e.g") and the MAY_END words end a sentence only before an opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token) || MAY_END.has(word)) return SENTENCE_OPENERS.has(firstWord(rest));
  return true;
}

function splitLine(text: string, from: number, to: number, out: SentenceSpan[]): void {
  const line = text.slice(from, to);
  let unitStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const [whole, stop, closers] = m as unknown as [string, string, string];
    const afterStop = m.index + stop.length;
    const next = m.index + whole.length;
    const rest = line.slice(next);
    if (!startsLikeSentence(rest)) continue;
    // A closing quote or bracket after the stop settles it; a bare period may belong to an abbreviation.
    if (stop === '.' && closers === '' && !periodEndsSentence(line.slice(unitStart, m.index), rest)) continue;
    push(text, from + unitStart, from + afterStop + closers.length, out);
    unitStart = next;
  }
  push(text, from + unitStart, to, out);
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Sentences of `text` in order, trimmed, with offsets into `text`. Lines are split separately. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) splitLine(text, line.index, line.index + line[0].length, out);
  return out;
}

/** Whether a unit ends like a sentence: a stop, maybe inside closing quotes or brackets. */
export function endsWithStop(unit: string): boolean {
  return /(?:[.!?\u2026])["'\u201D\u2019)\]]*\s*$/.test(unit);
}
