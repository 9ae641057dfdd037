/**
 * Text normalisation for matching: the lexicon and every text go through the same function, so a mention is
 * found however an outlet typed it (case, diacritics, curly quotes, dash kinds, NBSP and other spaces).
 *
 * The result keeps a map from each normalised offset back to the original string, so a match found in the
 * normalised text is reported at exactly the characters a reader sees.
 */

export interface Normalized {
  /** Lower-cased, accent-free text with `'`, `"`, `-` and single spaces standing for every variant. */
  text: string;
  /**
   * `map[i]` is the original offset where normalised character `i` came from; `map[text.length]` is the
   * original length. A normalised span `[s, e)` is the original span `[map[s], map[e])`: characters dropped
   * in normalisation (combining accents, soft hyphens) belong to the character before them, so a span that ends
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
  else {
    // NFKD splits accents off (İ → I + dot above); lower-casing can bring new marks back, so strip twice.
    out = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase().normalize('NFKD').replace(COMBINING, '');
  }
  foldCache.set(ch, out);
  return out;
}

/** Normalises `text` for matching and keeps the offset map back to it. Linear in the text's length. */
export function normalize(text: string): Normalized {
  const n = text.length;
  // Folding can lengthen a character (ﬁ → fi, rarely more), so grow the buffers when needed.
  let codes = new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let len = 0;
  const push = (code: number, from: number): void => {
    if (len >= codes.length) {
      const bigger = new Uint16Array(codes.length * 2);
      bigger.set(codes);
      codes = bigger;
      const biggerMap = new Int32Array(codes.length + 1);
      biggerMap.set(map);
      map = biggerMap;
    }
    codes[len] = code;
    map[len] = from;
    len++;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) push(c + 32, i);
      else if (c === 32 || (c >= 9 && c <= 13)) {
        i = pushWhitespace(text, i, push);
        continue;
      } else push(c, i);
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (WHITESPACE.test(ch)) {
      i = pushWhitespace(text, i, push);
      continue;
    }
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i);
    i += ch.length;
  }
  map[len] = n;

  let out = '';
  // fromCharCode with a spread of a huge array overflows the stack; 8192 code units at a time is safe.
  for (let k = 0; k < len; k += 8192) out += String.fromCharCode(...codes.subarray(k, Math.min(len, k + 8192)));
  return { text: out, map: map.slice(0, len + 1) };
}

/** Collapses the whitespace run starting at `i` to one space or one paragraph break; returns where it ends. */
function pushWhitespace(text: string, i: number, push: (code: number, from: number) => void): number {
  const start = i;
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITESPACE.test(text[i] ?? '')))) break;
    i++;
  }
  push(breaks >= 2 ? 10 : 32, start);
  return i;
}

/** Normalised form of a short string (an alias or a phrase), without the map. */
export function normalizeText(text: string): string {
  return normalize(text).text.trim();
}

const WORD_CACHE = new Map<number, boolean>();

/**
 * Whether a normalised code unit belongs to a word: ASCII letters and digits, and any letter or digit of other
 * scripts (Cyrillic, Greek, …) so "Путин" is one word. Surrogate halves count as word characters.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  let known = WORD_CACHE.get(c);
  if (known === undefined) {
    known = (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
    WORD_CACHE.set(c, known);
  }
  return known;
}
