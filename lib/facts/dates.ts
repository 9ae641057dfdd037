/**
 * Dates as news pages print them ("Dec 28, 2024 - 19:08", "28 December 2024", "2024-12-28"), read into ISO form.
 * Only full dates count: "on December 25" names a day but not which year, so it is not a publication date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(year: string, month: number, day: string): string | null {
  const y = Number(year);
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > 31 || y < 1900 || y > 2999) return null;
  const date = new Date(Date.UTC(y, month - 1, d));
  // Date.UTC rolls 31 April over into May; a date that rolls over was never a date.
  if (date.getUTCDate() !== d) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first full date in `text` as YYYY-MM-DD, with the match, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const value = iso(mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, mdy[2]!);
    if (value) return { iso: value, index: mdy.index, length: mdy[0].length };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const value = iso(dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, dmy[1]!);
    if (value) return { iso: value, index: dmy.index, length: dmy[0].length };
  }
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const value = iso(isoMatch[1]!, Number(isoMatch[2]), isoMatch[3]!);
    if (value) return { iso: value, index: isoMatch.index, length: isoMatch[0].length };
  }
  return null;
}

/** Words that may surround a date on a timestamp line without making it a sentence. */
const TIMESTAMP_WORDS =
  /\b(?:published|updated|posted|last|first|modified|on|at|date|ist|gmt|utc|est|edt|cet|msk|am|pm|a\.m\.|p\.m\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/gi;

/**
 * Whether the line is nothing but a timestamp ("Dec 28, 2024 - 19:08", "Updated: 28 December 2024, 10:15 GMT"):
 * page furniture, not reporting. Returns the ISO date when it is, else null.
 */
export function timestampLine(line: string): string | null {
  const found = findDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .replace(TIMESTAMP_WORDS, ' ')
    .replace(/[\s\-\u2010-\u2015|\u2022\u00B7,:;()/]+/g, '');
  return rest === '' ? found.iso : null;
}
