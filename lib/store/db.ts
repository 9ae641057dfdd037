/**
 * The fact base's home: one Dexie database owned by the background service worker.
 *
 * Two kinds of data live here and are kept apart on purpose:
 * - the fact base (sources, entities, claims, figures, and `meta` describing it) is derived from the bundled
 *   articles and may be thrown away and rebuilt at any time;
 * - trust (which sources the user counts) is the user's choice; no rebuild ever touches it.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ArticleProblem, Claim, Entity, Figure, Measure, Source } from '../facts/types';

export const DB_NAME = 'sourcelight';

export interface Counts {
  sources: number;
  entities: number;
  claims: number;
  figures: number;
}

/** Describes the fact base currently stored; written in the same transaction as the fact base itself. */
export interface FactBaseMeta {
  key: 'factBase';
  version: string;
  builtAt: string;
  storedAt: string;
  counts: Counts;
}

/** How the last build went. 'building' left behind by a stopped worker is taken as "build again". */
export interface BuildMeta {
  key: 'build';
  status: 'building' | 'ready' | 'error';
  at: string;
  error: string | null;
  /** Articles the pipeline skipped or warned about in the last build. */
  problems: ArticleProblem[];
  /** How long the last build that ran the pipeline took, where it ran (service worker or Node): for diagnosis. */
  timings?: BuildTimings;
}

export interface BuildTimings {
  /** Running the pipeline over the articles. */
  pipelineMs: number;
  /** The one transaction that swaps the fact base in. */
  storeMs: number;
}

export type MetaRow = FactBaseMeta | BuildMeta;

/** The user's choice for one source. A source without a row is trusted: new sources start trusted. */
export interface TrustRow {
  source: string;
  trusted: boolean;
  /** ISO time of the choice; null for choices carried over from schema v1, which did not record it. */
  changedAt: string | null;
}

/** Schema v1 kept trust as one key-value row: `{ key: 'trust', value: { [sourceId]: boolean } }`. */
export interface SettingsRowV1 {
  key: string;
  value: unknown;
}

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry: add a version instead, so an
 * installed database can always be upgraded step by step.
 */
const SCHEMAS = [
  {
    version: 1,
    stores: {
      sources: 'id',
      entities: 'id, *aliases',
      claims: 'id, source, *entities',
      figures: '[entity+measure], entity',
      meta: 'key',
      settings: 'key',
    },
  },
  {
    // v2 gives trust its own table, one row per source with the time of the choice, so the popup can show
    // when a source was distrusted and a choice can be written without rewriting every other one.
    version: 2,
    stores: { trust: 'source', settings: null },
    upgrade: migrateTrustOutOfSettings,
  },
] as const;

export const LATEST_VERSION = SCHEMAS[SCHEMAS.length - 1]!.version;

async function migrateTrustOutOfSettings(tx: Transaction): Promise<void> {
  const row = (await tx.table('settings').get('trust')) as SettingsRowV1 | undefined;
  await tx.table('trust').bulkPut(trustFromV1Settings(row?.value));
}

/** v1's trust value as v2 rows; anything that is not a source id mapped to a boolean is dropped. */
export function trustFromV1Settings(value: unknown): TrustRow[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([source, trusted]) =>
    typeof trusted === 'boolean' ? [{ source, trusted, changedAt: null }] : [],
  );
}

export interface StoreOptions {
  /** An IndexedDB to use instead of the global one; tests pass a fresh `new IDBFactory()` each. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare the schema only up to this version; tests use it to create a database as an older release did. */
  upTo?: number;
}

export class SourcelightDb extends Dexie {
  declare sources: EntityTable<Source, 'id'>;
  declare entities: EntityTable<Entity, 'id'>;
  declare claims: EntityTable<Claim, 'id'>;
  declare figures: Table<Figure, [string, Measure]>;
  declare meta: Table<MetaRow, MetaRow['key']>;
  declare trust: EntityTable<TrustRow, 'source'>;
  /** Kept so a repair can open the same IndexedDB without a schema (see reset.ts). */
  readonly storeOptions: StoreOptions;

  constructor(options: StoreOptions = {}) {
    super(DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.storeOptions = options;
    const upTo = options.upTo ?? LATEST_VERSION;
    for (const schema of SCHEMAS) {
      if (schema.version > upTo) break;
      const version = this.version(schema.version).stores(schema.stores);
      if ('upgrade' in schema) version.upgrade(schema.upgrade);
    }
  }
}

/** The tables that make up the fact base; a rebuild replaces exactly these, never `trust`. */
export function factBaseTables(db: SourcelightDb) {
  return [db.sources, db.entities, db.claims, db.figures, db.meta] as const;
}
