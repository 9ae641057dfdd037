/** Sources as the background serves them: the reader's details over the text's, with trust and the source's story. */
import type { Source } from '../facts/types';
import type { SourceSummary } from '../messages';
import type { ChoicesDb, DetailsRow, TrustRow } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { readDetails, withDetails } from '../store/details';
import { sourceRef } from '../store/read';

export interface SourceReads {
  /** Every source given, as served. */
  summaries(sources: Source[]): Promise<SourceSummary[]>;
  /** The stored source, or an error that names it. */
  sourceOrFail(id: string): Promise<Source>;
}

/** `store` and `choices` are asked per use, never kept: a reset swaps the instance. */
export function sourceReads(store: () => SourcelightDb, choices: () => ChoicesDb): SourceReads {
  return {
    async summaries(sources) {
      const [trust, details, stories, moved, added] = await Promise.all([
        choices().trust.toArray(),
        readDetails(choices()),
        store().stories.toArray(),
        choices().stories.toCollection().primaryKeys(),
        choices().added.toCollection().primaryKeys(),
      ]);
      const rows = new Map(trust.map((r) => [r.source, r]));
      const storyOf = new Map(stories.flatMap((story) => story.sources.map((id) => [id, story] as const)));
      const movedIds = new Set<string>(moved as string[]);
      const addedIds = new Set<string>(added as string[]);
      return sources.map((s) => {
        const story = storyOf.get(s.id);
        return summary(s, rows.get(s.id), details.get(s.id), {
          story: story ? { id: story.id, name: story.name, moved: movedIds.has(s.id) } : null,
          added: addedIds.has(s.id),
        });
      });
    },
    async sourceOrFail(id) {
      const source = await store().sources.get(id);
      if (!source) throw new Error(`There is no source "${id}" in the fact base.`);
      return source;
    },
  };
}

function summary(
  source: Source,
  trust: TrustRow | undefined,
  details: DetailsRow | undefined,
  place: Pick<SourceSummary, 'story' | 'added'>,
): SourceSummary {
  const served = withDetails(source, details);
  return {
    ...sourceRef(served),
    details: served.details,
    origin: source.origin,
    claimCount: source.claimCount,
    trusted: trust?.trusted ?? true,
    trustChangedAt: trust?.changedAt ?? null,
    ...place,
  };
}
