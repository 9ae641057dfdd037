/**
 * Reads a number written in digits ("38", "1,000") or words ("thirty-eight", "one hundred and seventy-six")
 * at a position of normalized text: the `{n}` slot of a phrase.
 */

import { isWordCode } from './normalize';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** First three letters of every number word, packed as (c0 << 16 | c1 << 8) ^ c2 (letters are < 256). */
const WORD_STARTS = new Set(
  [...Object.keys(UNITS), ...Object.keys(TENS)].map(
    (w) => ((w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8)) ^ w.charCodeAt(2),
  ),
);

export interface ReadNumber {
  value: number;
  /** Offset just after the number. */
  end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The number starting at `pos` (which must be a word start), or null. Takes the longest reading. */
export function readNumber(text: string, pos: number): ReadNumber | null {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return readDigits(text, pos);
  // Most words are not numbers: reject them on their first three letters before building any string.
  if (!WORD_STARTS.has(((c << 16) | (text.charCodeAt(pos + 1) << 8)) ^ text.charCodeAt(pos + 2))) return null;
  return readWords(text, pos);
}

function readDigits(text: string, pos: number): ReadNumber | null {
  // "1.38" or "2,38": the digits after the point are not a number of their own.
  const before = text.charCodeAt(pos - 1);
  if ((before === 46 || before === 44) && isDigit(text.charCodeAt(pos - 2))) return null;
  let end = pos;
  while (isDigit(text.charCodeAt(end))) end++;
  let digits = text.slice(pos, end);
  // Thousands separators: "1,000" but not "38,29" (a list).
  while (text.charCodeAt(end) === 44 && /^\d{3}(?!\d)/.test(text.slice(end + 1, end + 5))) {
    digits += text.slice(end + 1, end + 4);
    end += 4;
  }
  if (isWordCode(text.charCodeAt(end))) return null; // "38th", "38km"
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) return null; // "3.8"
  return { value: Number(digits), end };
}

function wordAt(text: string, pos: number): { word: string; end: number } {
  let end = pos;
  while (isWordCode(text.charCodeAt(end))) end++;
  return { word: text.slice(pos, end), end };
}

/** After a number word: a separator and another word, or nothing. */
function nextWord(text: string, end: number, separators: string): { word: string; start: number; end: number } | null {
  if (!separators.includes(text[end] ?? '\u0000')) return null;
  const w = wordAt(text, end + 1);
  return w.word ? { word: w.word, start: end + 1, end: w.end } : null;
}

/** A number under 100 starting with `word` (which ends at `at`): "thirty", "thirty-eight", "seven". */
function under100(text: string, word: string, at: number): ReadNumber | null {
  const u = UNITS[word];
  if (u !== undefined) return { value: u, end: at };
  const t = TENS[word];
  if (t === undefined) return null;
  const next = nextWord(text, at, '- ');
  const unit = next ? UNITS[next.word] : undefined;
  if (next && unit !== undefined && unit > 0 && unit < 10) return { value: t + unit, end: next.end };
  return { value: t, end: at };
}

function readWords(text: string, pos: number): ReadNumber | null {
  const first = wordAt(text, pos);
  const head = under100(text, first.word, first.end);
  if (!head) return null;
  let { value, end } = head;
  // "one hundred [and] seventy-six"
  const hundred = value > 0 && value < 10 ? nextWord(text, end, ' -') : null;
  if (hundred && hundred.word === 'hundred') {
    value *= 100;
    end = hundred.end;
    let restAt = nextWord(text, end, ' ');
    if (restAt && restAt.word === 'and') restAt = nextWord(text, restAt.end, ' ');
    const rest = restAt ? under100(text, restAt.word, restAt.end) : null;
    if (rest && rest.value > 0) {
      value += rest.value;
      end = rest.end;
    }
  }
  return { value, end };
}

/**
 * Whether a count written on a page reports the same measure as a count the fact base knows. Early reports differ
 * by a few as counts are revised (the five sources say 28 survivors, other outlets 29; tolls move from 38 to 39),
 * so a number within NEAR_COUNT_SLACK, or NEAR_COUNT_SHARE of the known value if larger, counts; another crash's
 * toll (176, 298) is far from every known value and does not. The card then shows what the sources said.
 */
export function isNearKnownCount(value: number, known: ReadonlySet<number>): boolean {
  if (known.has(value)) return true;
  for (const k of known) {
    if (Math.abs(value - k) <= Math.max(NEAR_COUNT_SLACK, Math.round(k * NEAR_COUNT_SHARE))) return true;
  }
  return false;
}

/** Every count `isNearKnownCount` accepts for `known`, ascending. */
export function nearCounts(known: ReadonlySet<number>): number[] {
  const out: number[] = [];
  if (known.size === 0) return out;
  const values = [...known];
  const reach = Math.max(NEAR_COUNT_SLACK, ...values.map((k) => Math.round(Math.abs(k) * NEAR_COUNT_SHARE)));
  const from = Math.min(...values) - reach;
  const to = Math.max(...values) + reach;
  for (let v = from; v <= to; v++) if (isNearKnownCount(v, known)) out.push(v);
  return out;
}

/**
 * The one word every spelling of `value` in words contains, as `readNumber` reads them: "thirty" for 30-39,
 * "seven" for 7, "hundred" for 100-999; null for values it does not read in words (negative, 1,000 and more).
 */
export function numberWord(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 1000) return null;
  if (value >= 100) return 'hundred';
  if (value < 20) return Object.keys(UNITS).find((w) => UNITS[w] === value) ?? null;
  return Object.keys(TENS).find((w) => TENS[w] === Math.floor(value / 10) * 10) ?? null;
}

/** Revisions seen in this story's coverage: survivors 28 → 29, on board 67 = 62 passengers + 5 crew. */
const NEAR_COUNT_SLACK = 2;
/** For large counts, 5 %: a toll of 300 reported as 290 is the same toll; 176 is not 38. */
const NEAR_COUNT_SHARE = 0.05;
