/**
 * Is the stored fact base what its `meta` row says it is? A store can be damaged from outside (tables cleared,
 * a table deleted, rows rewritten) while `meta` still says "ready"; these checks find that, so the popup offers
 * the repair instead of serving an empty or broken fact base as if it were whole. Each reads `meta` in the same
 * transaction as the tables, so a rebuild's swap can never look like damage.
 */
import type { Counts, SourcelightDb } from './db';
import { readAll, readMeta, type Malformed, type StoredMeta } from './read';

const TABLES = ['sources', 'stories', 'entities', 'claims', 'figures'] as const satisfies readonly (keyof Counts)[];
const ONE: Record<keyof Counts, string> = { sources: 'source', stories: 'story', entities: 'entity', claims: 'claim', figures: 'figure' };

export interface CountCheck {
  meta: StoredMeta;
  /** What the tables hold. */
  held: Counts;
  /** Where `meta` and the tables disagree, in words; null when they agree or no fact base is stored. */
  problem: string | null;
}

/** `meta` against the tables' row counts: four `count()`s, cheap enough for every status. */
export function checkCounts(db: SourcelightDb): Promise<CountCheck> {
  return db.transaction('r', [db.meta, db.sources, db.stories, db.entities, db.claims, db.figures], async () => {
    const [meta, ...counts] = await Promise.all([readMeta(db), ...TABLES.map((t) => db.table(t).count())]);
    const held = Object.fromEntries(TABLES.map((t, i) => [t, counts[i]!])) as unknown as Counts;
    return { meta, held, problem: meta.factBase ? countProblem(meta.factBase.counts, held) : null };
  });
}

function countProblem(said: Partial<Counts> | null | undefined, held: Counts): string | null {
  if (!said || TABLES.some((t) => typeof said[t] !== 'number')) return 'its description (meta) is malformed';
  const wrong = TABLES.flatMap((t) => (held[t] === said[t] ? [] : [`${said[t]} ${t} expected, ${held[t]} found`]));
  return wrong.length > 0 ? wrong.join(', ') : null;
}

export interface RowCheck {
  /** Which stored fact base was checked (`meta.storedAt`), so a check is done once per fact base. */
  storedAt: string | null;
  problem: string | null;
}

/** Every row against the shape the pipeline writes (row-shape.ts): reads the whole fact base once. */
export function checkRows(db: SourcelightDb): Promise<RowCheck> {
  return db.transaction('r', [db.meta, db.sources, db.stories, db.entities, db.claims, db.figures], async () => {
    const [meta, all] = await Promise.all([readMeta(db), readAll(db)]);
    return { storedAt: meta.factBase?.storedAt ?? null, problem: malformedProblem(all.malformed) };
  });
}

/** Rows a read left out, in words ("2 malformed claims"); null when there were none. */
export function malformedProblem(malformed: Malformed): string | null {
  const parts = TABLES.flatMap((t) => {
    const n = malformed[t] ?? 0;
    return n > 0 ? [`${n} malformed ${n === 1 ? ONE[t] : t}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : null;
}
