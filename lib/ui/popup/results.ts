/**
 * The popup's result list as one flat sequence of options, the way the combobox's arrow keys walk it: answers
 * first (a figure's value and verdict), then entities (what a reader searches for most), then the sentences
 * sources wrote. Pure, so the keyboard model is tested without a DOM.
 */
import type { ClaimHit, EntityHit, FigureHit, SearchResults } from '../../search';

export type ResultOption =
  | { kind: 'figure'; key: string; figure: FigureHit }
  | { kind: 'entity'; key: string; entity: EntityHit }
  | { kind: 'claim'; key: string; claim: ClaimHit };

export function resultOptions(results: SearchResults | null): ResultOption[] {
  if (!results) return [];
  return [
    ...(results.figures ?? []).map((figure): ResultOption => ({ kind: 'figure', key: `figure:${figure.entity}:${figure.measure}`, figure })),
    ...results.entities.map((entity): ResultOption => ({ kind: 'entity', key: `entity:${entity.id}`, entity })),
    ...results.claims.map((claim): ResultOption => ({ kind: 'claim', key: `claim:${claim.id}`, claim })),
  ];
}

/**
 * The option an arrow key makes active, -1 for none. Down from none goes to the first option and Up to the
 * last; both wrap around the ends, as the WAI-ARIA combobox examples do. Home and End are left to the text
 * field, where they move the caret.
 */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}

/** After the list changed under the reader (a trust change re-ran the search): the same option if it is still there. */
export function keepActive(previous: ResultOption | undefined, options: readonly ResultOption[]): number {
  return previous ? options.findIndex((o) => o.key === previous.key) : -1;
}
