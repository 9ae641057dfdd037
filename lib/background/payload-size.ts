/**
 * A message's size, measured before any handler looks at it, so a huge payload is refused without work: the
 * walk stops at the first value past the budget. (The browser has already parsed the message by then, and the
 * engine lists an object's keys once when the walk enters it; neither allocates an answer or runs a handler.)
 */
import { MAX_ARTICLE_CHARS } from '../facts/validate';
import { MAX_BATCH } from './validate';

/** Values of any kind, keys included: the largest message, `getCards` with MAX_BATCH ids, has about 500. */
export const MAX_PAYLOAD_VALUES = 2 * MAX_BATCH;
/** Characters in strings and keys: an article of the largest accepted size, with room for its details. */
export const MAX_PAYLOAD_CHARS = MAX_ARTICLE_CHARS + 100_000;

/** Why `data` is too large to be a message of the protocol, or null when it fits. */
export function oversizePayload(data: unknown): string | null {
  let values = 0;
  let chars = 0;
  const pending: unknown[] = [data];
  const tooMany = `it holds more than ${MAX_PAYLOAD_VALUES} values`;
  while (pending.length > 0) {
    const value = pending.pop();
    if (++values > MAX_PAYLOAD_VALUES) return tooMany;
    if (typeof value === 'string') {
      chars += value.length;
    } else if (Array.isArray(value)) {
      if (values + value.length > MAX_PAYLOAD_VALUES) return tooMany;
      pending.push(...value);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (++values > MAX_PAYLOAD_VALUES) return tooMany;
        chars += key.length;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
    if (chars > MAX_PAYLOAD_CHARS) return `it holds more than ${MAX_PAYLOAD_CHARS} characters`;
  }
  return null;
}
