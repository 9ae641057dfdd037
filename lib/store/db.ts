/**
 * The fact base's home: one Dexie database owned by the background service worker. Everything in it (sources,
 * entities, claims, figures, and `meta` describing them) is derived from the articles and may be thrown away and
 * rebuilt at any time. What the reader chose or added lives in its own database (choices-db.ts), which no reset
 * deletes; releases before schema 3 kept trust here, and carry-over.ts moves it out before anything drops it.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ArticleProblem, Claim, Entity, Figure, Measure, Source, Story } from '../facts/types';
import type { TrustRow } from './choices-db';
import type { OnStep } from './steps';

export const DB_NAME = 'sourcelight';

export interface Counts {
  sources: number;
  stories: number;
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
  /** The last build failed for a full disk: freeing space fixes it, not a repair. */
  full?: boolean;
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
  {
    // v3 holds only what the articles give: trust moved to the choices database (carry-over.ts copies it there,
    // and the keeper opens this database only once that copy is committed).
    version: 3,
    stores: { trust: null },
    upgrade: (_tx: Transaction, onStep?: OnStep) => onStep?.('upgrade:schema'),
  },
  {
    // v4 stores the fact base's stories. A fact base stored before has none, so its description goes: the keeper
    // then finds no fact base and builds one, stories included (the articles are all it needs).
    version: 4,
    stores: { stories: 'id' },
    upgrade: forgetStoredFactBase,
  },
] as const;

export const LATEST_VERSION = SCHEMAS[SCHEMAS.length - 1]!.version;

async function forgetStoredFactBase(tx: Transaction, onStep?: OnStep): Promise<void> {
  await tx.table('meta').delete('factBase');
  onStep?.('upgrade:stories');
}

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
  /** Where tests stop an upgrade half-way (steps.ts). */
  onStep?: OnStep;
}

export class SourcelightDb extends Dexie {
  declare sources: EntityTable<Source, 'id'>;
  declare stories: EntityTable<Story, 'id'>;
  declare entities: EntityTable<Entity, 'id'>;
  declare claims: EntityTable<Claim, 'id'>;
  declare figures: Table<Figure, [string, Measure]>;
  declare meta: Table<MetaRow, MetaRow['key']>;
  /** Kept so the carry-over and a reset can open the same IndexedDB without a schema (carry-over.ts, reset.ts). */
  readonly storeOptions: StoreOptions;

  constructor(options: StoreOptions = {}) {
    // Never opened by a query: an implicit open could upgrade to v3, dropping the old trust table, before the
    // keeper carried it over. Only `openStore` opens it (open.ts), once the keeper says the carry-over is done.
    super(DB_NAME, {
      autoOpen: false,
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.storeOptions = options;
    const upTo = options.upTo ?? LATEST_VERSION;
    for (const schema of SCHEMAS) {
      if (schema.version > upTo) break;
      const version = this.version(schema.version).stores(schema.stores);
      if ('upgrade' in schema) version.upgrade((tx) => schema.upgrade(tx, options.onStep));
    }
  }
}

/**
 * The tables that make up the fact base; a rebuild replaces exactly these. A database declared only up to an older
 * version (`upTo`: how tests make what an older release left) has no stories table.
 */
export function factBaseTables(db: SourcelightDb) {
  return [db.sources, db.stories, db.entities, db.claims, db.figures, db.meta].filter((t) => t !== undefined);
}

/** Whether `db` is declared with the stories table (version 4 on). */
export function hasStories(db: SourcelightDb): boolean {
  return db.tables.some((t) => t.name === 'stories');
}
