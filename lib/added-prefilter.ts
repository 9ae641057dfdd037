/**
 * The prefilter of the reader's own stories, as the background publishes it and the page check reads it (see
 * lib/background/added-prefilter.ts for why and when). Plain JSON in `storage.local`; the page starts reading it at
 * document_start from a flag script registered only while there is one (entrypoints/added-prefilter.ts), and finds
 * the read under a symbol on its world's global object.
 */
import type { Prefilter } from './match/prefilter';

/** Where the published prefilter lives in `storage.local`. */
export const ADDED_PREFILTER_KEY = 'addedPrefilter';

/** The content script the background registers while a prefilter is published (wxt builds entrypoints/added-prefilter.ts). */
export const ADDED_PREFILTER_SCRIPT = { id: 'sourcelight-added-prefilter', file: 'added-prefilter.js' } as const;

/** The global the flag script leaves its read under, in the extension's isolated world (a page cannot see it). */
export const ADDED_PREFILTER_READ = Symbol.for('sourcelight.added-prefilter');

export interface PublishedPrefilter {
  /** The fact base it was computed for: the background publishes again only when that changes. */
  factBase: string;
  /** The lexicon's version. */
  lexicon: string;
  prefilter: Prefilter;
  /** Every entity id of the lexicon: the marks' stylesheet gets a rule for each. */
  entities: string[];
}

/** Whether `value` (read from storage, so anything) is a published prefilter a page can use. */
export function isPublishedPrefilter(value: unknown): value is PublishedPrefilter {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PublishedPrefilter>;
  const p = v.prefilter as Partial<Prefilter> | undefined;
  return (
    typeof v.factBase === 'string' &&
    Array.isArray(v.entities) &&
    v.entities.every((e) => typeof e === 'string') &&
    typeof p === 'object' &&
    p !== null &&
    typeof p.pattern === 'string' &&
    typeof p.byKey === 'object' &&
    p.byKey !== null &&
    typeof p.others === 'object' &&
    p.others !== null &&
    typeof p.always === 'boolean' &&
    typeof p.reach === 'number'
  );
}

/**
 * The published prefilter the flag script started reading, or null when there is no flag (the reader added
 * nothing: the page uses the one built in) or the read gives nothing usable.
 */
export function addedPrefilterRead(global: object): Promise<PublishedPrefilter | null> | null {
  const read = (global as Record<symbol, unknown>)[ADDED_PREFILTER_READ];
  if (!(read instanceof Promise)) return null;
  return read.then(
    (stored: Record<string, unknown> | undefined) => {
      const value = stored?.[ADDED_PREFILTER_KEY];
      return isPublishedPrefilter(value) ? value : null;
    },
    () => null,
  );
}
