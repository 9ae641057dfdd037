/** The five bundled articles and the catalog, read from disk as the CLI does (scripts/articles.ts). */
import type { ArticleInput, Catalog } from '../../lib/facts/types';
import { readBundled } from '../../scripts/articles';

export function readArticles(): ArticleInput[] {
  return readBundled().articles;
}

/** One article's raw text by its number prefix ("000", "003"). */
export function article(prefix: string): ArticleInput {
  const found = readArticles().find((a) => a.id.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no article ${prefix}`);
  return found;
}

export function readCatalog(): Catalog {
  return readBundled().catalog;
}
