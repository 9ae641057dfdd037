import { describe, expect, it } from 'vitest';
import { buildFactBase, PIPELINE_VERSION } from '../../lib/facts/build';
import { readArticles, readCatalog } from './articles';

describe('the fact-base version', () => {
  const articles = readArticles();
  const catalog = readCatalog();

  it('is the same for the same input, whenever it is built', () => {
    const a = buildFactBase(articles, catalog, { now: new Date('2025-01-01T00:00:00Z') }).factBase;
    const b = buildFactBase(articles, catalog, { now: new Date('2025-06-01T00:00:00Z') }).factBase;
    expect(a.version).toBe(b.version);
    expect(a.version.startsWith(`${PIPELINE_VERSION}-`)).toBe(true);
    expect({ ...a, builtAt: '' }).toEqual({ ...b, builtAt: '' });
  });

  it('changes when an article, the metadata or the catalog changes', () => {
    const base = buildFactBase(articles, catalog).factBase.version;
    const edited = articles.map((a, i) => (i === 0 ? { ...a, text: a.text.replace('38', '39') } : a));
    expect(buildFactBase(edited, catalog).factBase.version).not.toBe(base);
    const retitled = articles.map((a, i) => (i === 1 ? { ...a, title: 'A title from the page' } : a));
    expect(buildFactBase(retitled, catalog).factBase.version).not.toBe(base);
    const recatalogued = { ...catalog, entities: catalog.entities.slice(1) };
    expect(buildFactBase(articles, recatalogued).factBase.version).not.toBe(base);
  });
});
