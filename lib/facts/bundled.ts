/**
 * The articles and catalog shipped inside the extension. Vite-specific on purpose (and only this file): the
 * glob inlines every `assets/articles/*.txt` as a string at build time, so the service worker reads no files.
 */
import catalogJson from '../../assets/catalog.json';
import type { ArticleInput, Catalog } from './types';

const texts = import.meta.glob<string>('../../assets/articles/*.txt', { query: '?raw', import: 'default', eager: true });

export function bundledArticles(): ArticleInput[] {
  return Object.entries(texts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      return { id: file.replace(/\.txt$/, ''), text, origin: file };
    });
}

export const bundledCatalog = catalogJson as Catalog;
