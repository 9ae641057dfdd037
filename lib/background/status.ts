/**
 * The status the popup and the reader show: what the store holds, checked rather than taken from `meta` (its
 * counts against the tables on every ask, its rows against the pipeline's shape once per stored fact base), with
 * what fixes whatever is wrong.
 */
import type { Status } from '../messages';
import { checkCounts, checkRows, type RowCheck } from '../store/check';
import { StoreUnavailableError } from '../store/open';
import type { Malformed, StoredMeta } from '../store/read';
import { isStorageFull, STORAGE_FULL } from '../store/storage-full';
import type { FactBaseKeeper } from './fact-base-keeper';

export interface Health {
  status(): Promise<Status>;
  /** A read met malformed rows: check every row again at the next status. */
  noteMalformed(malformed: Malformed): void;
  /** The fact base was rebuilt or repaired: check every row again at the next status. */
  forget(): void;
}

export function createHealth(keeper: FactBaseKeeper): Health {
  let rowCheck: RowCheck | null = null;
  return {
    async status() {
      try {
        const db = await keeper.open();
        const counts = await checkCounts(db);
        const { factBase } = counts.meta;
        if (factBase && !counts.problem && rowCheck?.storedAt !== factBase.storedAt) rowCheck = await checkRows(db);
        const damage = counts.problem ?? (factBase ? rowCheck?.problem : null);
        if (damage) return damagedStatus(counts.meta, counts.held, damage);
        const answer = statusFrom(counts.meta);
        // A failure the store could not record (a full disk refuses that write too) is remembered by the worker.
        const failure = keeper.lastFailure;
        if (failure && answer.error === null) return errorStatus(failure, answer.state === 'ready' ? answer : undefined);
        return answer;
      } catch (error) {
        return errorStatus(error);
      }
    },
    noteMalformed(malformed) {
      if (Object.keys(malformed).length > 0) rowCheck = null;
    },
    forget() {
      rowCheck = null;
    },
  };
}

export function statusFrom({ factBase, build }: StoredMeta): Status {
  const failed = build?.status === 'error' ? build.error : null;
  return {
    state: factBase ? 'ready' : failed ? 'error' : 'building',
    version: factBase?.version ?? null,
    builtAt: factBase?.builtAt ?? null,
    counts: factBase?.counts ?? { sources: 0, stories: 0, entities: 0, claims: 0, figures: 0 },
    error: failed,
    problems: build?.problems ?? [],
    lastBuild: build?.timings ?? null,
    fix: failed ? (build?.full ? 'retry' : 'repair') : null,
  };
}

function damagedStatus(meta: StoredMeta, held: Status['counts'], problem: string): Status {
  return {
    ...statusFrom(meta),
    state: 'error',
    counts: held,
    error: `The fact base is damaged: ${problem}. Repair rebuilds it from the articles; what you chose or added is kept.`,
    fix: 'repair',
  };
}

/** What cannot be fixed by rebuilding: a full disk, a database held open, a browser that allows no IndexedDB. */
const NOT_REPAIRABLE = new Set(['full', 'blocked', 'unavailable']);

/**
 * `error` as a status. With `ready` (a fact base still served after a failed rebuild) the state stays ready and
 * only the error and its fix are added.
 */
function errorStatus(error: unknown, ready?: Status): Status {
  const full = isStorageFull(error);
  const failure = error instanceof StoreUnavailableError ? error.failure : full ? 'full' : 'failed';
  const message = full ? STORAGE_FULL : error instanceof Error ? error.message : String(error);
  return {
    ...(ready ?? {
      state: 'error',
      version: null,
      builtAt: null,
      counts: { sources: 0, stories: 0, entities: 0, claims: 0, figures: 0 },
      problems: [],
      lastBuild: null,
    }),
    error: message,
    fix: NOT_REPAIRABLE.has(failure) ? 'retry' : 'repair',
  };
}

