/** The popup's phrasing in one place, as pure functions (the card's own words live in ../card-text.ts). */

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "in 4 of 5 sources" for a result; "in 4 sources" when the number of trusted sources is not known yet. */
export function resultCoverage(sourceCount: number, trustedCount: number | null): string {
  return trustedCount === null
    ? `in ${plural(sourceCount, 'source', 'sources')}`
    : `in ${sourceCount} of ${plural(trustedCount, 'source', 'sources')}`;
}

/** What a screen reader hears after the results change. */
export function resultsAnnouncement(query: string, count: number): string {
  if (query.trim() === '') return count === 0 ? 'No entities to show' : `The story at a glance: ${plural(count, 'entity', 'entities')}`;
  return count === 0 ? `No results for ${query.trim()}` : plural(count, 'result', 'results');
}

/** "12 claims" under a source's name in the trust list. */
export function claimCountText(count: number): string {
  return plural(count, 'claim', 'claims');
}

/** "4 of 5 sources trusted", for the sources tab and its summary. */
export function trustSummary(trusted: number, total: number): string {
  return trusted === total ? `All ${plural(total, 'source', 'sources')} trusted` : `${trusted} of ${plural(total, 'source', 'sources')} trusted`;
}

/** What search says when no source is trusted: there is nothing to find, and why. */
export const NO_TRUSTED_SOURCE = 'You trust no source, so there is nothing to search. Trust a source under Sources.';

/** What "Mark every mention" changes, under the switch. */
export const MARK_EVERY_NOTE = 'Off: only the first mention of each name in each part of a page is marked.';

/** The removed-marks list before anything was removed: what fills it. */
export const NO_MARKS_REMOVED = 'None. “Not this” in a card removes a wrong mark; it is listed here to restore.';

/** One removed mark: "not Kazakhstan", "on news.example". */
export function removedText(choice: { entityName: string; site: string }): { notEntity: string; where: string } {
  return { notEntity: `is not ${choice.entityName}`, where: ` on ${choice.site}` };
}
