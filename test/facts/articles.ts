/** The five bundled articles and the catalog, read from disk as the CLI does. Test fixtures only. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, Catalog } from '../../lib/facts/types';

const root = join(import.meta.dirname, '..', '..', 'assets');

export const articleDir = join(root, 'articles');

export function readArticles(): ArticleInput[] {
  return readdirSync(articleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), origin: f, text: readFileSync(join(articleDir, f), 'utf8') }));
}

/** One article's raw text by its number prefix ("000", "003"). */
export function article(prefix: string): ArticleInput {
  const found = readArticles().find((a) => a.id.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no article ${prefix}`);
  return found;
}

export function readCatalog(): Catalog {
  return JSON.parse(readFileSync(join(root, 'catalog.json'), 'utf8')) as Catalog;
}
