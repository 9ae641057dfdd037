/**
 * The one place Node reads article files: the CLI, the build's prefilter plugin, the bench, the devset scripts
 * and the tests all come here, so they see the same sources in the same order as the extension (bundled.ts).
 *
 * Only regular files are opened, after a stat: a directory named `x.txt` is skipped, and a FIFO is never opened
 * (reading one would wait for a writer forever). Every entry not read gets a line saying why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ARTICLE_FILE, articleId, byFileName } from '../lib/facts/article-files';
import { decodeText } from '../lib/facts/decode';
import type { ArticleInput, Catalog } from '../lib/facts/types';
import { MAX_ARTICLE_CHARS } from '../lib/facts/validate';

/** The project root: this file is scripts/articles.ts. */
export const ROOT = resolve(import.meta.dirname, '..');
export const BUNDLED_ARTICLES = join(ROOT, 'assets', 'articles');
export const BUNDLED_CATALOG = join(ROOT, 'assets', 'catalog.json');

/** UTF-16 takes two bytes a character: a file above this cannot hold an article the pipeline accepts. */
const MAX_FILE_BYTES = 4 * MAX_ARTICLE_CHARS;

export interface ArticleFolder {
  articles: ArticleInput[];
  /** One line per entry not read: "notes.pdf: not a .txt or .md file". */
  skipped: string[];
  /** Articles read with something worth knowing: "x.txt: 13 invalid UTF-8 byte sequences …". */
  warnings: string[];
}

/** What an entry is, for the line that says why it was skipped. */
function kindOf(stats: ReturnType<typeof statSync>): string {
  if (!stats) return 'gone';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The articles of `dir`, in file-name order. Throws with a message a person can act on when `dir` is unusable. */
export function readArticleFolder(dir: string): ArticleFolder {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = readdirSync(dir);
  } catch {
    throw new Error(`no articles folder at ${dir}. Pass --articles <folder of .txt or .md files>.`);
  }
  const out: ArticleFolder = { articles: [], skipped: [], warnings: [] };
  for (const name of entries.sort(byFileName)) {
    if (!ARTICLE_FILE.test(name)) {
      out.skipped.push(`${name}: not a .txt or .md file`);
      continue;
    }
    const path = join(dir, name);
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (e) {
      out.skipped.push(`${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    if (!stats?.isFile()) {
      out.skipped.push(`${name}: ${kindOf(stats)}, not a file`);
      continue;
    }
    if (stats.size > MAX_FILE_BYTES) {
      out.skipped.push(`${name}: ${(stats.size / 1_000_000).toFixed(1)} MB is too large for an article`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      out.skipped.push(`${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    const { text, encoding, invalid } = decodeText(bytes);
    if (invalid > 0) {
      out.warnings.push(
        `${name}: ${invalid} invalid ${encoding.toUpperCase()} byte sequence${invalid === 1 ? '' : 's'}, shown as \uFFFD`,
      );
    }
    out.articles.push({ id: articleId(name), origin: name, text });
  }
  return out;
}

/** The catalog in `file`; throws with a readable message when it is missing or malformed. */
export function readCatalogFile(file: string): Catalog {
  let catalog: Catalog;
  try {
    catalog = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message;
    throw new Error(`cannot read the catalog ${file}: ${reason}. Pass --catalog <catalog.json>.`);
  }
  if (!Array.isArray(catalog?.entities)) throw new Error(`cannot read the catalog ${file}: it has no "entities" list.`);
  return catalog;
}

/** The bundled articles and catalog, as the extension ships them. */
export function readBundled(root = ROOT): { articles: ArticleInput[]; catalog: Catalog } {
  return {
    articles: readArticleFolder(join(root, 'assets', 'articles')).articles,
    catalog: readCatalogFile(join(root, 'assets', 'catalog.json')),
  };
}
