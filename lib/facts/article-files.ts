/**
 * What makes a file an article, and the one order articles are read in: shared by the extension's bundled
 * articles (bundled.ts) and every Node reader (scripts/articles.ts), so sources keep their ids and order
 * wherever the fact base is built.
 */

/** Article files: plain text or Markdown. */
export const ARTICLE_FILE = /\.(txt|md)$/i;

/** The source id of an article file: its name without the extension. */
export function articleId(fileName: string): string {
  return fileName.replace(ARTICLE_FILE, '');
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function byFileName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
