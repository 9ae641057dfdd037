/**
 * Where a known number is written inside a phrase ("claimed at least 38 lives", "thirty-eight dead"), in digits
 * or in words. Uses the matcher's own normaliser and number reader, so it reads numbers exactly as matching did.
 */
import { isWordCode, normalize } from '../match/normalize';
import { readNumber } from '../match/numbers';

/** Offsets of the first writing of `value` in `text`, or null when it is not there. */
export function findNumber(text: string, value: number): { start: number; end: number } | null {
  const { text: norm, map } = normalize(text);
  for (let pos = 0; pos < norm.length; pos++) {
    if (!isWordCode(norm.charCodeAt(pos)) || (pos > 0 && isWordCode(norm.charCodeAt(pos - 1)))) continue;
    const read = readNumber(norm, pos);
    if (read && read.value === value) return { start: map[pos] ?? 0, end: map[read.end] ?? text.length };
  }
  return null;
}
