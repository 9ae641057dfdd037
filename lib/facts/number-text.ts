/**
 * Where a known number is written inside a phrase ("claimed at least 38 lives", "thirty-eight dead"), in digits
 * or in words. Uses the matcher's own normalizer and number reader, so it reads numbers exactly as matching did.
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

/** The number written at the very start of `text` ("five crew", "5 crew"), with its length, or null. */
export function numberAtStart(text: string): { value: number; length: number } | null {
  const { text: norm, map } = normalize(text);
  const read = readNumber(norm, 0);
  return read ? { value: read.value, length: map[read.end] ?? text.length } : null;
}

/**
 * The crew counted after a passenger figure: "62 passengers| and five crew members" → 5 and the length of
 * " and five crew members". Passengers plus crew are the people on board.
 */
export function crewAfter(text: string): { value: number; length: number } | null {
  const joint = /^\s*,?\s*(?:and|plus)\s+/i.exec(text);
  if (!joint) return null;
  const count = numberAtStart(text.slice(joint[0].length));
  if (!count) return null;
  const at = joint[0].length + count.length;
  const crew = /^\s+crew(?:\s+members)?\b/i.exec(text.slice(at));
  return crew ? { value: count.value, length: at + crew[0].length } : null;
}
