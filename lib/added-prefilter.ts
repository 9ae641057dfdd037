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

/**
 * The prefilter as stored: its word sets as one JSON string, parsed only where a page holds a key (as the bundled
 * one ships: scripts/build/bundled-prefilter.ts). A page about something else then deserialises one string
 * instead of tens of thousands of small arrays.
 */
export type StoredPrefilter = Omit<Prefilter, 'byKey'> & { byKeyJson: string };

export interface PublishedPrefilter {
  /** The fact base it was computed for: the background publishes again only when that changes. */
  factBase: string;
  /** The lexicon's version. */
  lexicon: string;
  prefilter: StoredPrefilter;
  /** Every entity id of the lexicon: the marks' stylesheet gets a rule for each. */
  entities: string[];
}

/** What the page check needs of a published prefilter. */
export interface AddedPrefilter {
  prefilter: Prefilter;
  entities: string[];
}

/** `prefilter` as stored. */
export function storedPrefilter({ byKey, ...rest }: Prefilter): StoredPrefilter {
  return { ...rest, byKeyJson: JSON.stringify(byKey) };
}

/** A stored prefilter as the matcher's, its word sets parsed on first use. */
export function usablePrefilter({ byKeyJson, ...rest }: StoredPrefilter): Prefilter {
  let byKey: Prefilter['byKey'] | undefined;
  return {
    ...rest,
    get byKey() {
      return (byKey ??= JSON.parse(byKeyJson) as Prefilter['byKey']);
    },
  };
}

/** Whether `value` (read from storage, so anything) is a published prefilter a page can use. */
export function isPublishedPrefilter(value: unknown): value is PublishedPrefilter {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PublishedPrefilter>;
  const p = v.prefilter as Partial<StoredPrefilter> | undefined;
  return (
    typeof v.factBase === 'string' &&
    Array.isArray(v.entities) &&
    v.entities.every((e) => typeof e === 'string') &&
    typeof p === 'object' &&
    p !== null &&
    typeof p.pattern === 'string' &&
    typeof p.byKeyJson === 'string' &&
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
export function addedPrefilterRead(global: object): Promise<AddedPrefilter | null> | null {
  const read = (global as Record<symbol, unknown>)[ADDED_PREFILTER_READ];
  if (!(read instanceof Promise)) return null;
  return read.then(
    (stored: Record<string, unknown> | undefined) => {
      const value = stored?.[ADDED_PREFILTER_KEY];
      return isPublishedPrefilter(value) ? { prefilter: usablePrefilter(value.prefilter), entities: value.entities } : null;
    },
    () => null,
  );
}
