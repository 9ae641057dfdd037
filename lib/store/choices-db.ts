/**
 * What the reader chose or added, in a database of its own that no rebuild, reset or fact-base upgrade ever
 * deletes: the fact base (db.ts) can be thrown away and rebuilt from the articles, this cannot. Site switches and
 * "not this" choices live in `storage.local` (lib/settings.ts), which no reset touches either.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';

export const CHOICES_DB_NAME = 'sourcelight-choices';

/** The reader's trust choice for one source. A source without a row is trusted: new sources start trusted. */
export interface TrustRow {
  source: string;
  trusted: boolean;
  /** ISO time of the choice; null for choices carried over from fact-base schema v1, which did not record it. */
  changedAt: string | null;
}

/**
 * What the reader set about one source, each overriding what the pipeline read from the text. A field left out
 * falls back to the text; the row outlives the source, so a hidden or re-added source gets its details back.
 */
export interface DetailsRow {
  source: string;
  /** The outlet. */
  publisher?: string;
  /** The original's address (http or https). */
  url?: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  /** The name or headline. */
  title?: string;
  changedAt: string;
}

/** An article the reader added: the build's input beside the bundled articles, kept verbatim. */
export interface AddedSourceRow {
  /** Unique among all sources, bundled ones included (the adder derives it; a clash with a bundled id is skipped). */
  id: string;
  text: string;
  /** Where the reader added it from: the page's address, a file name, or "pasted". */
  origin: string | null;
  /** The original's address when the page gave one (its canonical link); preferred over `origin` as the source's. */
  url: string | null;
  /** Metadata from outside the text (the page's own headline, outlet, date), which the pipeline prefers. */
  title: string | null;
  publisher: string | null;
  published: string | null;
  /** ISO time it was added. */
  addedAt: string;
}

/** A bundled source the reader hid: left out of every build until shown again. Bundled sources cannot be deleted. */
export interface HiddenRow {
  source: string;
  hiddenAt: string;
  /** What the source was called when it was hidden, so the popup can list it without the fact base. */
  label?: string;
}

/**
 * The story the reader put a source in (lib/facts/build.ts BuildOptions.storyOf): an existing story's id, or a new
 * one's. A source without a row goes where the pipeline groups it.
 */
export interface StoryChoiceRow {
  source: string;
  story: string;
  changedAt: string;
}

/**
 * Work that must finish even if the worker stops half-way, written before the work starts:
 * - `carried`: the reader's choices were copied out of the fact-base database (carry-over.ts); never again.
 * - `reset`: a reset began; the next start deletes the fact-base database before it opens it (reset.ts).
 */
export type JournalRow = { key: 'carried'; at: string; trust: number } | { key: 'reset'; at: string };

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry: add a version instead, so an
 * installed database can always be upgraded step by step. No version may drop a table: this database only grows.
 */
const SCHEMAS = [
  {
    version: 1,
    stores: {
      trust: 'source',
      details: 'source',
      added: 'id, addedAt',
      hidden: 'source',
      journal: 'key',
    },
  },
  {
    // v2: the story the reader moved a source to.
    version: 2,
    stores: { stories: 'source' },
  },
] as const;

export const CHOICES_LATEST_VERSION = SCHEMAS[SCHEMAS.length - 1]!.version;

export interface ChoicesOptions {
  /** An IndexedDB to use instead of the global one; tests pass the same `new IDBFactory()` as the fact base. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class ChoicesDb extends Dexie {
  declare trust: EntityTable<TrustRow, 'source'>;
  declare details: EntityTable<DetailsRow, 'source'>;
  declare added: EntityTable<AddedSourceRow, 'id'>;
  declare hidden: EntityTable<HiddenRow, 'source'>;
  declare stories: EntityTable<StoryChoiceRow, 'source'>;
  declare journal: Table<JournalRow, JournalRow['key']>;

  constructor(options: ChoicesOptions = {}) {
    super(CHOICES_DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const schema of SCHEMAS) this.version(schema.version).stores(schema.stores);
  }
}
