/**
 * Putting a fact base into the store. All or nothing: a reader either sees the old fact base or the new one,
 * never a mix, and what the user chose (trust) is never part of the swap.
 */
import { buildFactBase, factBaseVersion, type BuildResult } from '../facts/build';
import type { ArticleInput, ArticleProblem, Catalog, FactBase } from '../facts/types';
import { factBaseTables, hasStories, type BuildMeta, type BuildTimings, type FactBaseMeta, type SourcelightDb } from './db';
import { openStore } from './open';
import { readMeta } from './read';
import type { OnStep } from './steps';
import { explainWriteError, isStorageFull } from './storage-full';

export type StoreOutcome = 'stored' | 'unchanged';

/**
 * Replace the stored fact base with `factBase` in one read-write transaction. If anything throws, IndexedDB
 * aborts the transaction and the previous fact base stays exactly as it was. Storing the version already
 * stored changes nothing.
 */
export async function storeFactBase(
  db: SourcelightDb,
  factBase: FactBase,
  problems: ArticleProblem[] = [],
  onStep?: OnStep,
): Promise<StoreOutcome> {
  await openStore(db);
  return db.transaction('rw', factBaseTables(db), async () => {
    const now = new Date().toISOString();
    const build: BuildMeta = { key: 'build', status: 'ready', at: now, error: null, problems };
    const current = await db.meta.get('factBase');
    if (current?.key === 'factBase' && current.version === factBase.version) {
      await db.meta.put(build);
      return 'unchanged';
    }
    const stories = hasStories(db);
    await Promise.all([db.sources, ...(stories ? [db.stories] : []), db.entities, db.claims, db.figures].map((t) => t.clear()));
    onStep?.('build:swap');
    // bulkAdd, not bulkPut: a duplicate key is a pipeline bug and must abort the swap rather than overwrite.
    await db.sources.bulkAdd(factBase.sources);
    if (stories) await db.stories.bulkAdd(factBase.stories);
    await db.entities.bulkAdd(factBase.entities);
    await db.claims.bulkAdd(factBase.claims);
    await db.figures.bulkAdd(factBase.figures);
    const meta: FactBaseMeta = {
      key: 'factBase',
      version: factBase.version,
      builtAt: factBase.builtAt,
      storedAt: now,
      counts: {
        sources: factBase.sources.length,
        stories: factBase.stories.length,
        entities: factBase.entities.length,
        claims: factBase.claims.length,
        figures: factBase.figures.length,
      },
    };
    await db.meta.bulkPut([meta, build]);
    return 'stored';
  }).catch((error: unknown) => {
    throw explainWriteError(error);
  });
}

export interface EnsureResult {
  outcome: StoreOutcome;
  version: string;
  problems: ArticleProblem[];
}

export interface EnsureOptions {
  /** The reader's story moves: source id → story id (lib/facts/build.ts BuildOptions.storyOf). */
  storyOf?: Readonly<Record<string, string>>;
  /** A build of these very inputs already run (an article's preview): stored as it is rather than built again. */
  prebuilt?: BuildResult | null;
  onStep?: OnStep;
}

/**
 * Build the fact base from `articles` and store it unless the same version is already stored (on install, on
 * update, when the store is found empty). The version is a hash of the inputs and the pipeline version, so an
 * unchanged fact base is recognised without running the pipeline.
 */
export async function ensureFactBase(
  db: SourcelightDb,
  articles: ArticleInput[],
  catalog: Catalog,
  options: EnsureOptions = {},
): Promise<EnsureResult> {
  const { storyOf = {}, prebuilt, onStep } = options;
  await openStore(db);
  try {
    const version = factBaseVersion(articles, catalog, storyOf);
    const { factBase: stored, build } = await readMeta(db);
    if (stored?.version === version && build?.status === 'ready') {
      return { outcome: 'unchanged', version, problems: build.problems };
    }
    onStep?.('build:mark');
    await markBuild(db, 'building', null);
    onStep?.('build:pipeline');
    const started = performance.now();
    const { factBase, problems } = prebuilt?.factBase.version === version ? prebuilt : buildFactBase(articles, catalog, { storyOf });
    const built = performance.now();
    const outcome = await storeFactBase(db, factBase, problems, onStep);
    onStep?.('build:timings');
    // The swap's duration is only known once it committed, so the timings are written just after it.
    const timings: BuildTimings = { pipelineMs: built - started, storeMs: performance.now() - built };
    await db.meta.update('build', (row) => {
      if (row.key === 'build') row.timings = timings;
    });
    return { outcome, version: factBase.version, problems };
  } catch (error) {
    const message = `Building the fact base failed: ${error instanceof Error ? error.message : String(error)}`;
    // If even this write fails the database itself is broken; `getStatus` reports that when it cannot open it.
    await markBuild(db, 'error', message, isStorageFull(error)).catch(() => undefined);
    throw new Error(message, { cause: error });
  }
}

async function markBuild(db: SourcelightDb, status: BuildMeta['status'], error: string | null, full = false): Promise<void> {
  const previous = await db.meta.get('build');
  const problems = previous?.key === 'build' ? previous.problems : [];
  await db.meta.put({ key: 'build', status, at: new Date().toISOString(), error, problems, ...(full ? { full } : {}) });
}
