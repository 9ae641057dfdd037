/**
 * The articles and catalog shipped inside the extension. Vite-specific on purpose (and only this file): the
 * glob inlines every `assets/articles/*` article as a string at build time, so the service worker reads no files.
 * Ids and order come from article-files.ts, as in every Node reader (scripts/articles.ts).
 */
import catalogJson from '../../assets/catalog.json';
import { articleId, byFileName } from './article-files';
import type { ArticleInput, Catalog } from './types';

const texts = import.meta.glob<string>('../../assets/articles/*.{txt,md}', { query: '?raw', import: 'default', eager: true });

export function bundledArticles(): ArticleInput[] {
  return Object.entries(texts)
    .map(([path, text]) => ({ file: path.slice(path.lastIndexOf('/') + 1), text }))
    .sort((a, b) => byFileName(a.file, b.file))
    .map(({ file, text }) => ({ id: articleId(file), text, origin: file }));
}

export const bundledCatalog = catalogJson as Catalog;
