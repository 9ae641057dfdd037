/**
 * Keeps a fact base in the store. Nothing here is state that matters if the service worker dies: the databases
 * say whether a fact base is stored, how the last build went and whether a reset is unfinished; what is held in
 * memory is only the work in flight, so that two requests arriving together share one build instead of racing two.
 *
 * Order on every start: open the choices database, carry choices out of an older release's fact-base database,
 * finish a reset a stopped worker left, and only then open the fact-base database (whose schema upgrade drops
 * the table the choices were carried from).
 */
import type { BuildResult } from '../facts/build';
import type { ArticleInput, Catalog } from '../facts/types';
import { buildInputs, readBuildChoices } from '../store/added';
import { ensureFactBase, type EnsureResult } from '../store/build';
import { carryChoicesOver } from '../store/carry-over';
import { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { openChoices, openStore } from '../store/open';
import { readMeta } from '../store/read';
import { beginReset, finishReset, resetPending } from '../store/reset';
import type { OnStep } from '../store/steps';

export interface Bundle {
  articles: ArticleInput[];
  catalog: Catalog;
}

export interface FactBaseKeeperDeps {
  /** Makes a fact-base database instance: once at start, and again after a reset deleted the database. */
  openDb: () => SourcelightDb;
  /**
   * Makes the choices database instance, once. Without it, one on the fact base's IndexedDB (the browser's, or
   * the in-memory one a test gave the fact base).
   */
  openChoices?: () => ChoicesDb;
  /** The bundled articles and catalog, read only when a build needs them. */
  bundle: () => Bundle;
  openTimeoutMs?: number;
  /** Where tests stop the work half-way (lib/store/steps.ts). */
  onStep?: OnStep;
  /**
   * Called after every build that left a fact base stored (changed or not), with its version: what follows the
   * fact base outside the store (the pages' prefilter) catches up here, even after a worker stopped half-way.
   */
  onStored?: (version: string) => void | Promise<void>;
}

/** What a build reads: the articles (bundled, minus hidden, plus added), the catalog and the reader's story moves. */
export interface BuildInputs {
  articles: ArticleInput[];
  catalog: Catalog;
  storyOf: Record<string, string>;
}

export interface FactBaseKeeper {
  /** The fact-base database in use; a reset replaces it, so ask each time rather than keeping it. */
  readonly db: SourcelightDb;
  /** The reader's choices; never replaced, never deleted. */
  readonly choices: ChoicesDb;
  /** Why the last build or reset in this worker failed, if it did (a full disk may not let the store record it). */
  readonly lastFailure: unknown;
  /** The choices database, open. */
  openChoices(): Promise<ChoicesDb>;
  /** The fact-base database, open, after the start-up steps above. Builds nothing. */
  open(): Promise<SourcelightDb>;
  /** Build from the articles (bundled and added, minus hidden) and store now; shares a build already running. */
  build(): Promise<EnsureResult>;
  /**
   * Build after the reader changed the inputs: never shares a build that started before the change. `prebuilt`,
   * a build of the new inputs already run (a preview), is stored instead of building again when it still fits.
   */
  rebuild(prebuilt?: BuildResult | null): Promise<EnsureResult>;
  /** What a build would read now. */
  inputs(): Promise<BuildInputs>;
  /** The ids of the bundled articles (hidden or not). */
  bundledIds(): string[];
  /** Resolves once the store is open and holds a fact base, building one first if there is none. */
  ready(): Promise<void>;
  /**
   * On every wake: make sure the stored fact base is the one the articles give. Cheap when it is (a hash of the
   * inputs compared with the stored version), and it finishes a build that a stopped worker left half done.
   */
  wake(): Promise<void>;
  /** Delete the fact-base database and build afresh; the reader's choices are never touched. */
  reset(): Promise<EnsureResult>;
}

export function createFactBaseKeeper(deps: FactBaseKeeperDeps): FactBaseKeeper {
  const { openTimeoutMs, onStep } = deps;
  let db = deps.openDb();
  const choices = deps.openChoices?.() ?? new ChoicesDb(db.storeOptions);
  let prepared: Promise<void> | null = null;
  let inFlight: Promise<EnsureResult> | null = null;
  let resetting: Promise<unknown> | null = null;
  let lastFailure: unknown = null;
  /** How many builds have started in this worker: tells a build begun before a change from one begun after. */
  let started = 0;

  /** Deletes the fact-base database (a reset already in the journal) and starts a fresh instance. */
  async function deleteFactBase(): Promise<void> {
    db.close();
    await finishReset(choices, db.storeOptions, onStep, openTimeoutMs);
    db = deps.openDb();
  }

  function prepare(): Promise<void> {
    prepared ??= (async () => {
      await openChoices(choices, openTimeoutMs);
      await carryChoicesOver(choices, db.storeOptions, onStep, openTimeoutMs);
      if (await resetPending(choices)) await deleteFactBase();
    })().catch((error: unknown) => {
      prepared = null;
      throw error;
    });
    return prepared;
  }

  async function open(): Promise<SourcelightDb> {
    if (resetting) await resetting.catch(() => undefined);
    await prepare();
    return openStore(db, openTimeoutMs);
  }

  async function inputs(): Promise<BuildInputs> {
    await prepare();
    const { articles, catalog } = deps.bundle();
    const { added, hidden, storyOf } = await readBuildChoices(choices);
    return { articles: buildInputs(articles, added, hidden), catalog, storyOf };
  }

  function build(prebuilt?: BuildResult | null): Promise<EnsureResult> {
    if (!inFlight) started += 1;
    inFlight ??= (async () => {
      await open();
      const { articles, catalog, storyOf } = await inputs();
      const result = await ensureFactBase(db, articles, catalog, { storyOf, prebuilt, onStep });
      // What follows the fact base outside the store catches up on its own next time if this fails.
      await Promise.resolve(deps.onStored?.(result.version)).catch(() => undefined);
      return result;
    })()
      .then(
        (result) => {
          lastFailure = null;
          return result;
        },
        (error: unknown) => {
          lastFailure = error;
          throw error;
        },
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    get db() {
      return db;
    },
    choices,
    get lastFailure() {
      return lastFailure;
    },
    openChoices: () => openChoices(choices, openTimeoutMs),
    open,
    build: () => build(),
    inputs,
    bundledIds: () => deps.bundle().articles.map((a) => a.id),
    async rebuild(prebuilt) {
      const before = started;
      if (inFlight) await inFlight.catch(() => undefined);
      // A build that started since this call read the inputs after the change: share it.
      if (inFlight && started > before) return inFlight;
      return build(prebuilt);
    },
    async ready() {
      await open();
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
      const work = (async () => {
        await prepare();
        await beginReset(choices, onStep);
        await deleteFactBase();
      })();
      resetting = work;
      try {
        await work;
      } catch (error) {
        lastFailure = error;
        throw error;
      } finally {
        resetting = null;
      }
      return build();
    },
  };
}
