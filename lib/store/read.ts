/** Reading slices of the stored fact base, shaped for the pure modules that turn them into answers. */
import { webAddress } from '../cards/text-fragment';
import type { CardData, SourceRef } from '../facts/cards';
import type { Source } from '../facts/types';
import type { BuildMeta, FactBaseMeta, SourcelightDb } from './db';

export interface StoredMeta {
  factBase: FactBaseMeta | null;
  build: BuildMeta | null;
}

export async function readMeta(db: SourcelightDb): Promise<StoredMeta> {
  const [factBase, build] = await db.meta.bulkGet(['factBase', 'build']);
  return {
    factBase: factBase?.key === 'factBase' ? factBase : null,
    build: build?.key === 'build' ? build : null,
  };
}

export function sourceRef(s: Source): SourceRef {
  return { id: s.id, label: s.label, title: s.title, publisher: s.publisher, published: s.published, url: webAddress(s.origin) };
}

/** Everything the cards for `entityIds` need, read in one transaction so a rebuild cannot land in between. */
export function readCardData(db: SourcelightDb, entityIds: readonly string[]): Promise<CardData> {
  return db.transaction('r', [db.sources, db.entities, db.claims, db.figures], async () => {
    const [entities, claims, figures, sources] = await Promise.all([
      db.entities.bulkGet([...entityIds]),
      db.claims.where('entities').anyOf([...entityIds]).distinct().toArray(),
      db.figures.where('entity').anyOf([...entityIds]).toArray(),
      db.sources.toArray(),
    ]);
    return {
      entities: entities.filter((e) => e !== undefined),
      claims,
      figures,
      sources: sources.map(sourceRef),
    };
  });
}

/** The whole fact base but the source texts: what search and the lexicon are built from. */
export function readAll(db: SourcelightDb) {
  return db.transaction('r', [db.sources, db.entities, db.claims, db.figures], async () => {
    const [sources, entities, claims, figures] = await Promise.all([
      db.sources.toArray(),
      db.entities.toArray(),
      db.claims.toArray(),
      db.figures.toArray(),
    ]);
    return { sources, entities, claims, figures };
  });
}
