/**
 * Keeps a fact base in the store. Nothing here is state that matters if the service worker dies: the database
 * says whether a fact base is stored and how the last build went; the only thing held in memory is the build in
 * flight, so that two requests arriving together share one build instead of racing two.
 */
import type { ArticleInput, Catalog } from '../facts/types';
import { ensureFactBase, type EnsureResult } from '../store/build';
import type { SourcelightDb } from '../store/db';
import { openStore } from '../store/open';
import { readMeta } from '../store/read';
import { resetStore } from '../store/reset';

export interface Bundle {
  articles: ArticleInput[];
  catalog: Catalog;
}

export interface Keeper {
  /** The database in use; a reset replaces it, so ask each time rather than keeping it. */
  readonly db: SourcelightDb;
  /** Build and store now (install, update, user asked); shares a build already running. */
  build(): Promise<EnsureResult>;
  /** Resolves once the store is open and holds a fact base, building one first if there is none. */
  ready(): Promise<void>;
  /**
   * On every wake: make sure the stored fact base is the bundled one. Cheap when it is (a hash of the inputs
   * compared with the stored version), and it finishes a build that a stopped worker left half done.
   */
  wake(): Promise<void>;
  /** Delete a database that cannot be used, keep trust, build afresh. */
  reset(): Promise<EnsureResult>;
}

export function createKeeper(openDb: () => SourcelightDb, bundle: () => Bundle, openTimeoutMs?: number): Keeper {
  let db = openDb();
  let inFlight: Promise<EnsureResult> | null = null;

  function build(): Promise<EnsureResult> {
    inFlight ??= (async () => {
      await openStore(db, openTimeoutMs);
      const { articles, catalog } = bundle();
      return ensureFactBase(db, articles, catalog);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    get db() {
      return db;
    },
    build,
    async ready() {
      await openStore(db, openTimeoutMs);
      if (inFlight) await inFlight.catch(() => undefined);
      if ((await readMeta(db)).factBase !== null) return;
      // Nothing stored: build, and let a failure reach the asker as the build's own clear error.
      await build();
    },
    async wake() {
      await build();
    },
    async reset() {
      if (inFlight) await inFlight.catch(() => undefined);
      ({ db } = await resetStore(db, openDb));
      return build();
    },
  };
}
