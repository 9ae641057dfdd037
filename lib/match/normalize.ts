/**
 * Text normalization for matching: the lexicon and every text go through the same function, so a mention is
 * found however an outlet typed it (case, diacritics, curly quotes, dash kinds, NBSP and other spaces).
 *
 * The result keeps a map from each normalized offset back to the original string, so a match found in the
 * normalized text is reported at exactly the characters a reader sees.
 */

export interface Normalized {
  /** Lower-cased, accent-free text with `'`, `"`, `-` and single spaces standing for every variant. */
  text: string;
  /**
   * `map[i]` is the original offset where normalized character `i` came from; `map[text.length]` is the
   * original length. A normalized span `[s, e)` is the original span `[map[s], map[e])`: characters dropped
   * in normalization (combining accents, soft hyphens) belong to the character before them, so a span that ends
   * on "e" + combining acute still covers the accent.
   */
  map: Int32Array;
}

/**
 * A paragraph break (a whitespace run with two or more line breaks) becomes `\n`, which no alias contains,
 * so a match never runs from one paragraph into the next; any other whitespace run becomes one space.
 */
export const PARAGRAPH_BREAK = '\n';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/;
// Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus, small and full-width hyphen.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, so a reader never sees them split a word.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const WHITESPACE = /\s/;
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

/** Cache of folded forms of non-ASCII characters: pages reuse a few hundred distinct ones. */
const foldCache = new Map<string, string>();

/** What one non-ASCII character becomes: possibly several characters (ﬁ → fi), possibly none (a combining mark). */
function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  if (SINGLE_QUOTES.test(ch)) out = "'";
  else if (DOUBLE_QUOTES.test(ch)) out = '"';
  else if (DASHES.test(ch)) out = '-';
  else if (INVISIBLE.test(ch)) out = '';
  else return foldLetter(ch);
  foldCache.set(ch, out);
  return out;
}

/**
 * What a non-ASCII character none of the classes above holds becomes. Called directly where those classes were
 * already replaced (foldForSearch): on a page with no mention, each of their expressions is compiled on first use.
 */
function foldLetter(ch: string): string {
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  // NFKD splits accents off (İ → I + dot above); lower-casing can bring new marks back, so strip twice.
  out = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase().normalize('NFKD').replace(COMBINING, '');
  foldCache.set(ch, out);
  return out;
}

/** Turns UTF-16 code units back into a string in one call (a spread of a huge array would overflow the stack). */
/** Made at first use: the content script every page gets imports this module and should do nothing it need not. */
let utf16: TextDecoder | undefined;

/** Normalizes `text` for matching and keeps the offset map back to it. Linear in the text's length. */
export function normalize(text: string): Normalized {
  const n = text.length;
  // An ASCII character never becomes more than one; only folding (ﬁ → fi) can lengthen the text, and that
  // branch checks for room, so the hot ASCII path writes without bounds checks. The 16 spare units let a few
  // such folds fit before the arrays must grow; the map holds one more entry, the end offset.
  let codes = new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      // Collapse the whitespace run (ASCII or not) to one space, or a paragraph break when it holds two
      // line breaks.
      const start = i;
      let breaks = 0;
      for (; i < n; i++) {
        const w = text.charCodeAt(i);
        if (w === 10) breaks++;
        else if (!isWhitespaceCode(w)) break;
      }
      codes[len] = breaks >= 2 ? 10 : 32;
      map[len++] = start;
      continue;
    }
    if (c < 128) {
      codes[len] = c >= 65 && c <= 90 ? c + 32 : c;
      map[len++] = i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(width === 2 ? text.slice(i, i + 2) : text[i] ?? '');
    const need = len + folded.length + (n - i - width) + 1;
    if (need > codes.length) {
      const bigger = new Uint16Array(need * 2);
      bigger.set(codes.subarray(0, len));
      codes = bigger;
      const biggerMap = new Int32Array(need * 2 + 1);
      biggerMap.set(map.subarray(0, len));
      map = biggerMap;
    }
    for (let k = 0; k < folded.length; k++) {
      codes[len] = folded.charCodeAt(k);
      map[len++] = i;
    }
    i += width;
  }
  map[len] = n;
  utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return { text: utf16.decode(codes.subarray(0, len)), map: map.slice(0, len + 1) };
}

/**
 * Texts whose normalized form needs no offset map: no whitespace run to collapse (a page's text contexts are
 * already collapsed, lib/page/contexts.ts) and no surrogate pair (which may fold to one unit).
 */
const NOT_IN_PLACE = /\s\s|[\ud800-\udfff]/;
const HAS_NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII = /[^\x00-\x7f]/g;
const ASCII_SPACE = /[\t\n\v\f\r]/g;

/**
 * `normalize(text).text` when it lines up with `text` character for character (the map would be the identity),
 * or null when it does not (then call `normalize`). Most text a page shows qualifies, and this path is native
 * string work only (a regular expression test, a replace of the few non-ASCII characters, toLowerCase) instead
 * of a loop over every character: matching spends most of its time normalizing otherwise.
 */
export function normalizeInPlace(text: string): string | null {
  if (NOT_IN_PLACE.test(text)) return null;
  let out = text;
  let inPlace = true;
  if (HAS_NON_ASCII.test(text)) {
    out = out.replace(NON_ASCII, (ch) => {
      const folded = isSpace(ch.charCodeAt(0)) ? ' ' : foldChar(ch);
      if (folded.length !== 1) inPlace = false;
      return folded;
    });
    if (!inPlace) return null;
  }
  // A single tab or line break is one space (two or more were caught above).
  out = out.replace(ASCII_SPACE, ' ').toLowerCase();
  return out.length === text.length ? out : null;
}

const NON_ASCII_POINT = /[^\x00-\x7f]/gu;

/**
 * The non-ASCII characters most pages hold (spaces, quotes, dashes, invisible ones), each class replaced in one
 * native pass before anything is looked at character by character: on a page's whole text, a callback per curly
 * quote cost more than the rest of the fold. Spaces first, as in `foldForSearch` (U+FEFF is both).
 */
const SEARCH_FOLDS: readonly [RegExp, string][] = [
  [/[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g, ' '],
  [new RegExp(SINGLE_QUOTES.source, 'g'), "'"],
  [new RegExp(DOUBLE_QUOTES.source, 'g'), '"'],
  [new RegExp(DASHES.source, 'g'), '-'],
  [new RegExp(INVISIBLE.source, 'g'), ''],
];

/**
 * `text` with its characters folded as `normalize` folds them (case, accents, quotes, dashes; invisible ones
 * dropped, any space a space) but whitespace runs kept and no offsets: for searching words in a page's whole
 * text, where only native string work is fast enough (prefilter checks, may-mention.ts).
 */
export function foldForSearch(text: string): string {
  if (!HAS_NON_ASCII.test(text)) return text.toLowerCase();
  let folded = text;
  for (const [characters, into] of SEARCH_FOLDS) folded = folded.replace(characters, into);
  // What is left is neither a space, a quote, a dash nor invisible: SEARCH_FOLDS replaced every one.
  if (HAS_NON_ASCII.test(folded)) folded = folded.replace(NON_ASCII_POINT, foldLetter);
  return folded.toLowerCase();
}

/** Whether a code unit is whitespace: ASCII space, tab to carriage return (9–13), or a Unicode space. */
function isWhitespaceCode(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c);
}

const SPACE_CACHE = new Map<number, boolean>();

/** Whether a non-ASCII code unit is whitespace (NBSP, thin space, ideographic space, …). */
function isSpace(c: number): boolean {
  let known = SPACE_CACHE.get(c);
  if (known === undefined) {
    known = WHITESPACE.test(String.fromCharCode(c));
    SPACE_CACHE.set(c, known);
  }
  return known;
}

/** Normalized form of a short string (an alias or a phrase), without the map. */
export function normalizeText(text: string): string {
  return normalize(text).text.trim();
}

const WORD_CACHE = new Map<number, boolean>();

/**
 * Whether a normalized code unit belongs to a word: ASCII letters and digits, and any letter or digit of other
 * scripts (Cyrillic, Greek, …) so "Путин" is one word. Surrogate halves count as word characters.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  let known = WORD_CACHE.get(c);
  if (known === undefined) {
    // A surrogate is half of an emoji or another symbol far more often than of a letter: it ends a word.
    known = !(c >= 0xd800 && c <= 0xdfff) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
    WORD_CACHE.set(c, known);
  }
  return known;
}
