/**
 * Links to a sentence on the original page with a text fragment (`#:~:text=`, WICG Scroll-to-Text-Fragment):
 * browsers that support it scroll to the words and highlight them; others open the page at its top.
 *
 * A long sentence is named by its first and last words (`textStart,textEnd`), which survives small differences in
 * between (a link, an ad) better than the whole sentence. A context term (`prefix-,` or `,-suffix`) is added only
 * where the start alone would find another place first: its words recur elsewhere in the source, or it is short.
 */

export interface SentenceContext {
  /** The source's text the sentence sits in, and where. */
  text: string;
  start: number;
  end: number;
}

/** Whole sentences up to this many words are quoted whole; longer ones by their ends. */
const WHOLE_MAX_WORDS = 10;
/** Words taken from each end of a longer sentence, and for a prefix or suffix. */
const END_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes one term: the directive's own syntax characters (`-`, `,`, `&`) too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

interface Span {
  start: number;
  end: number;
}

function wordSpans(text: string): Span[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Strips the punctuation a word-bounded match cannot end on (a closing period) and leading quote marks. */
function tidy(term: string): string {
  return term.replace(/^[\s]+|[\s.,;:!?]+$/g, '');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** The `text=` directive for `sentence` (without `#:~:`). */
export function textDirective(sentence: string, context?: SentenceContext): string {
  const words = wordSpans(sentence);
  if (words.length === 0) return '';
  let start: string;
  let end: string | null = null;
  if (words.length <= WHOLE_MAX_WORDS) {
    start = tidy(sentence);
  } else {
    start = tidy(sentence.slice(0, words[END_WORDS - 1]!.end));
    end = tidy(sentence.slice(words[words.length - END_WORDS]!.start));
  }
  let prefix: string | null = null;
  let suffix: string | null = null;
  if (context && needsContext(start, words.length, context)) {
    prefix = wordsBefore(context);
    if (!prefix) suffix = wordsAfter(context);
  }
  const terms = [prefix ? `${encodeTerm(prefix)}-` : null, encodeTerm(start), end ? encodeTerm(end) : null, suffix ? `-${encodeTerm(suffix)}` : null];
  return `text=${terms.filter((t) => t !== null).join(',')}`;
}

function needsContext(start: string, wordCount: number, context: SentenceContext): boolean {
  if (wordCount < 4) return true;
  const haystack = collapse(context.text);
  const needle = collapse(start);
  const own = collapse(context.text.slice(0, context.start)).length + (/^\s/.test(context.text.slice(context.start)) ? 1 : 0);
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    if (Math.abs(at - own) > 1) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/** The last few words before the sentence in its own paragraph; null at a paragraph's start. */
function wordsBefore(context: SentenceContext): string | null {
  const before = context.text.slice(0, context.start);
  const paragraph = before.slice(before.search(/\n\s*\n(?![\s\S]*\n\s*\n)/) + 1);
  const words = wordSpans(paragraph);
  if (words.length === 0) return null;
  return tidy(paragraph.slice(words[Math.max(0, words.length - CONTEXT_WORDS)]!.start)) || null;
}

/** The first few words after the sentence in its own paragraph; null at a paragraph's end. */
function wordsAfter(context: SentenceContext): string | null {
  const after = context.text.slice(context.end);
  const brk = after.search(/\n\s*\n/);
  const paragraph = brk >= 0 ? after.slice(0, brk) : after;
  const words = wordSpans(paragraph);
  if (words.length === 0) return null;
  return tidy(paragraph.slice(0, words[Math.min(words.length, CONTEXT_WORDS) - 1]!.end)) || null;
}

/** `url` opened at the directive: after the page's own fragment if it has one (`#top:~:text=…`). */
export function urlAtText(url: string, directive: string): string {
  if (!directive) return url;
  return url.includes('#') ? `${url}:~:${directive}` : `${url}#:~:${directive}`;
}

/** An address a card may link to: http(s) only, never `javascript:` or a bundled file name. */
export function webAddress(origin: string | null | undefined): string | null {
  if (!origin) return null;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
