/**
 * Source details the reader set (outlet, address, date, name), applied when the fact base is read rather than
 * when it is built: a change shows at once without running the pipeline again, the fact base stays a function of
 * the articles alone, and details set for a source that is hidden or failed to build wait for it to come back.
 */
import type { Source } from '../facts/types';
import type { ChoicesDb, DetailsRow } from './choices-db';
import { explainWriteError } from './storage-full';

export type DetailField = 'publisher' | 'url' | 'published' | 'title';
export const DETAIL_FIELDS: readonly DetailField[] = ['publisher', 'url', 'published', 'title'];

/** A change to a source's details: a string sets a field, null clears it (back to what the text says), absent leaves it. */
export type DetailsChange = Partial<Record<DetailField, string | null>>;

/** What the reader set, field by field; null where they set nothing. */
export type ReaderDetails = Record<DetailField, string | null>;

/** A source as everything served shows it: the reader's details over the text's, and the original's address. */
export interface ServedSource extends Source {
  /** The original's address: the one the reader set, else the web page an added source came from, else null. */
  url: string | null;
  /** What the reader set themselves, so the popup can show and clear it. */
  details: ReaderDetails;
}

export async function readDetails(choices: ChoicesDb): Promise<Map<string, DetailsRow>> {
  return new Map((await choices.details.toArray()).map((row) => [row.source, row]));
}

/** Applies `change` to what is stored for `source`; a row left with no field is deleted. Answers the new row. */
export async function writeDetails(choices: ChoicesDb, source: string, change: DetailsChange): Promise<DetailsRow | undefined> {
  try {
    return await choices.transaction('rw', choices.details, async () => {
      const row: DetailsRow = { ...(await choices.details.get(source)), source, changedAt: new Date().toISOString() };
      for (const field of DETAIL_FIELDS) {
        const value = change[field];
        if (value === null) delete row[field];
        else if (value !== undefined) row[field] = value;
      }
      if (DETAIL_FIELDS.some((field) => row[field] !== undefined)) {
        await choices.details.put(row);
        return row;
      }
      await choices.details.delete(source);
      return undefined;
    });
  } catch (error) {
    throw explainWriteError(error);
  }
}

export function readerDetails(row: DetailsRow | undefined): ReaderDetails {
  return {
    publisher: row?.publisher ?? null,
    url: row?.url ?? null,
    published: row?.published ?? null,
    title: row?.title ?? null,
  };
}

/**
 * `source` with the reader's details over what the pipeline read. The label follows: the outlet, else the name,
 * else the label the pipeline made (its opening words), exactly as the pipeline chooses it.
 */
export function withDetails(source: Source, row: DetailsRow | undefined): ServedSource {
  const details = readerDetails(row);
  const publisher = details.publisher ?? source.publisher;
  const title = details.title ?? source.title;
  return {
    ...source,
    publisher,
    title,
    published: details.published ?? source.published,
    label: publisher ?? title ?? source.label,
    url: details.url ?? webAddress(source.origin),
    details,
  };
}

/** An added source's origin is the page it came from when it is a web address; a file name or "pasted" is not. */
function webAddress(origin: string | null): string | null {
  return origin !== null && /^https?:\/\//i.test(origin) ? origin : null;
}
