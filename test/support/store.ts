/** A fresh, isolated database per test and the fact base built from the real bundled articles. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildFactBase } from '../../lib/facts/build';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import type { ArticleInput, FactBase } from '../../lib/facts/types';
import { ChoicesDb } from '../../lib/store/choices-db';
import { SourcelightDb } from '../../lib/store/db';
import type { OnStep } from '../../lib/store/steps';

/** A database on its own in-memory IndexedDB; pass the same `indexedDB` again to reopen it like a woken worker. */
export function freshDb(options: { indexedDB?: IDBFactory; upTo?: number; onStep?: OnStep } = {}): SourcelightDb {
  return new SourcelightDb({
    indexedDB: options.indexedDB ?? new IDBFactory(),
    IDBKeyRange,
    upTo: options.upTo,
    onStep: options.onStep,
  });
}

/** The reader's choices on `indexedDB`, as the background opens them beside the fact base. */
export function choicesOn(indexedDB: IDBFactory): ChoicesDb {
  return new ChoicesDb({ indexedDB, IDBKeyRange });
}

let cached: FactBase | undefined;

/** The real pipeline over the five real articles, built once per test file (it is deterministic). */
export function realFactBase(): FactBase {
  cached ??= buildFactBase(bundledArticles(), bundledCatalog).factBase;
  return cached;
}

/** A genuinely different fact base: the same pipeline over all articles but `leftOut`. */
export function factBaseWithout(leftOut: string): FactBase {
  const articles: ArticleInput[] = bundledArticles().filter((a) => a.id !== leftOut);
  return buildFactBase(articles, bundledCatalog).factBase;
}

/** The sources the real pipeline says mention `entity`. */
export function sourcesMentioning(factBase: FactBase, entity: string): string[] {
  const found = factBase.entities.find((e) => e.id === entity);
  if (!found) throw new Error(`no entity ${entity} in the fact base`);
  return found.sources;
}
