/**
 * Where the source reader lives and how a link says which sentence to show: `reader.html?source=<id>#claim-<n>`.
 * The source goes in the query (it picks what to load), the sentence in the fragment (it picks where to scroll),
 * so following a second link to another sentence of the same source only scrolls.
 */

/** The reader page as WXT builds it from entrypoints/reader/index.html. */
export const READER_PAGE = '/reader.html';

/** The element id of a claim's sentence in the reader, and the fragment that targets it. */
export function claimAnchor(claimIndex: number): string {
  return `claim-${claimIndex}`;
}

/** The reader's path for one source, at one sentence when `claimIndex` is given. */
export function readerPath(sourceId: string, claimIndex?: number | null): string {
  const at = claimIndex === undefined || claimIndex === null ? '' : `#${claimAnchor(claimIndex)}`;
  return `${READER_PAGE}?source=${encodeURIComponent(sourceId)}${at}`;
}

export interface ReaderTarget {
  /** The source to show; null when the address names none. */
  sourceId: string | null;
  /** The sentence to scroll to; null when the fragment names none (or names something else). */
  claimIndex: number | null;
}

/** Reads `location.search` and `location.hash` back into what `readerPath` put there. */
export function readerTarget(search: string, hash: string): ReaderTarget {
  const source = new URLSearchParams(search).get('source');
  const match = /^#?claim-(\d{1,6})$/.exec(hash);
  return { sourceId: source ? source : null, claimIndex: match ? Number(match[1]) : null };
}
