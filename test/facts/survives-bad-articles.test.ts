import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../lib/facts/build';
import { ArticleError, assertReadable, MAX_ARTICLE_CHARS } from '../../lib/facts/validate';
import type { ArticleInput } from '../../lib/facts/types';
import { article, readArticles, readCatalog } from './articles';

const catalog = readCatalog();
const good = readArticles();
const fixedTime = { now: new Date('2025-01-01T00:00:00Z') };

function codeOf(id: string, text: string): string | null {
  try {
    assertReadable(id, text);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    return (e as ArticleError).code;
  }
}

const fiveMegabytes = article('003').text.repeat(Math.ceil(5_000_000 / article('003').text.length));
const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
const controlJunk = 'Putin \u0001\u0002\u0003\u0004\u0005\u0006 Aktau \u0007\u0008\u000E\u000F\uFFFD\uFFFD'.repeat(50);

const bad: ArticleInput[] = [
  { id: 'empty', text: '' },
  { id: 'blank', text: '  \n\t\u00A0\n ' },
  { id: 'huge', text: fiveMegabytes },
  { id: 'binary', text: binary },
  { id: 'control-junk', text: controlJunk },
];
// The same article with other whitespace and straight quotes is still the same article.
const copy: ArticleInput = { id: 'copy-of-002', text: article('002').text.replace(/\n\n/g, '\n').replace(/[\u2018\u2019]/g, "'") };
const noEntity: ArticleInput = {
  id: 'library',
  text: 'Library Budget Approved\nThe city council approved a new budget for the public library on Tuesday. The vote was unanimous.',
};

describe('bad articles', () => {
  it('refuses each kind with its own code and a message that names the article', () => {
    expect(codeOf('empty', '')).toBe('empty');
    expect(codeOf('blank', ' \n ')).toBe('empty');
    expect(codeOf('huge', fiveMegabytes)).toBe('too-large');
    expect(codeOf('binary', binary)).toBe('binary');
    expect(codeOf('control-junk', controlJunk)).toBe('binary');
    expect(codeOf('ok', article('000').text)).toBeNull();
    expect(fiveMegabytes.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
  });

  it('reports every bad article as a problem and builds the good ones exactly as without them', () => {
    const alone = buildFactBase(good, catalog, fixedTime).factBase;
    const mixed = [bad[0]!, ...good.slice(0, 3), ...bad.slice(1), copy, noEntity, ...good.slice(3)];
    const { factBase, problems } = buildFactBase(mixed, catalog, fixedTime);

    expect(problems.map((p) => [p.article, p.code, p.severity])).toEqual([
      ['empty', 'empty', 'error'],
      ['blank', 'empty', 'error'],
      ['huge', 'too-large', 'error'],
      ['binary', 'binary', 'error'],
      ['control-junk', 'binary', 'error'],
      ['copy-of-002', 'duplicate', 'error'],
      ['library', 'no-entity', 'warning'],
    ]);
    for (const p of problems) expect(p.message).toContain(`"${p.article}"`);
    expect(problems.find((p) => p.article === 'copy-of-002')!.message).toContain(good[2]!.id);

    expect(factBase.sources.map((s) => s.id)).toEqual([...good.slice(0, 3), noEntity, ...good.slice(3)].map((a) => a.id));
    expect(factBase.claims).toEqual(alone.claims);
    expect(factBase.figures).toEqual(alone.figures);
    expect(factBase.entities).toEqual(alone.entities);
  });

  it('keeps an article with no known entity as a source without claims', () => {
    const { factBase, problems } = buildFactBase([noEntity], catalog);
    expect(factBase.sources).toHaveLength(1);
    expect(factBase.sources[0]).toMatchObject({ title: 'Library Budget Approved', claimCount: 0 });
    expect(factBase.claims).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'no-entity', severity: 'warning' })]);
  });

  it('refuses an article that is nothing but page furniture', () => {
    const furniture = { id: 'furniture', text: 'Also Read: Another Story Entirely\n1 / 3\nAdvertisement\n\u00A9 2024 Example News. All rights reserved.' };
    const { factBase, problems } = buildFactBase([furniture], catalog);
    expect(factBase.sources).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ article: 'furniture', code: 'empty', severity: 'error' })]);
    expect(problems[0]!.message).toMatch(/no text left/);
  });

  it('refuses a second article with the same id', () => {
    const { factBase, problems } = buildFactBase([good[0]!, { ...good[1]!, id: good[0]!.id }], catalog);
    expect(factBase.sources).toHaveLength(1);
    expect(problems.map((p) => p.code)).toEqual(['duplicate']);
  });

  it('does not throw on input that is not even text', () => {
    const junk = [{ id: 'null-text', text: null }, { id: 'number-text', text: 42 }] as unknown as ArticleInput[];
    const { factBase, problems } = buildFactBase([...junk, good[0]!], catalog);
    expect(problems.map((p) => p.code)).toEqual(['empty', 'empty']);
    expect(factBase.sources).toHaveLength(1);
  });
});
