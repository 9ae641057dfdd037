/** Reading slices of the stored fact base, shaped for the pure modules that turn them into answers. */
import { webAddress } from '../cards/text-fragment';
import type { CardData, SourceRef } from '../cards/card';
import type { Claim, Entity, Figure, Source, Story } from '../facts/types';
import type { DetailsRow } from './choices-db';
import type { BuildMeta, FactBaseMeta, SourcelightDb } from './db';
import { withDetails } from './details';
import { wellFormed, type FactTable } from './row-shape';

export interface StoredMeta {
  factBase: FactBaseMeta | null;
  build: BuildMeta | null;
}

/** How many rows of each table a read left out for not having the pipeline's shape (row-shape.ts). */
export type Malformed = Partial<Record<FactTable, number>>;

export async function readMeta(db: SourcelightDb): Promise<StoredMeta> {
  const [factBase, build] = await db.meta.bulkGet(['factBase', 'build']);
  return {
    factBase: factBase?.key === 'factBase' ? factBase : null,
    build: build?.key === 'build' ? build : null,
  };
}

/** How a source is named wherever it is cited (cards, search): the address the reader set, else its own web address. */
export function sourceRef(s: Source & { url?: string | null }): SourceRef & { url: string | null } {
  return { id: s.id, label: s.label, title: s.title, publisher: s.publisher, published: s.published, url: s.url ?? webAddress(s.origin) };
}

/**
 * Everything the cards for `entityIds` need, read in one transaction so a rebuild cannot land in between, with
 * the reader's source details applied.
 */
export function readCardData(
  db: SourcelightDb,
  entityIds: readonly string[],
  details: ReadonlyMap<string, DetailsRow>,
): Promise<CardData & { malformed: Malformed }> {
  return db.transaction('r', [db.sources, db.stories, db.entities, db.claims, db.figures], async () => {
    const [entities, claims, figures, sources, stories] = await Promise.all([
      db.entities.bulkGet([...entityIds]),
      db.claims.where('entities').anyOf([...entityIds]).distinct().toArray(),
      db.figures.where('entity').anyOf([...entityIds]).toArray(),
      db.sources.toArray(),
      db.stories.toArray(),
    ]);
    const malformed: Malformed = {};
    return {
      stories: wellFormed<Story>('stories', stories, malformed),
      entities: wellFormed<Entity>('entities', entities.filter((e) => e !== undefined), malformed),
      claims: wellFormed<Claim>('claims', claims, malformed),
      figures: wellFormed<Figure>('figures', figures, malformed),
      sources: wellFormed<Source>('sources', sources, malformed).map((s) => sourceRef(withDetails(s, details.get(s.id)))),
      malformed,
    };
  });
}

/** The whole fact base as stored, malformed rows left out: what search, the lexicon and the consistency check read. */
export function readAll(db: SourcelightDb) {
  return db.transaction('r', [db.sources, db.stories, db.entities, db.claims, db.figures], async () => {
    const [sources, stories, entities, claims, figures] = await Promise.all([
      db.sources.toArray(),
      db.stories.toArray(),
      db.entities.toArray(),
      db.claims.toArray(),
      db.figures.toArray(),
    ]);
    const malformed: Malformed = {};
    return {
      sources: wellFormed<Source>('sources', sources, malformed),
      stories: wellFormed<Story>('stories', stories, malformed),
      entities: wellFormed<Entity>('entities', entities, malformed),
      claims: wellFormed<Claim>('claims', claims, malformed),
      figures: wellFormed<Figure>('figures', figures, malformed),
      malformed,
    };
  });
}
