import { describe, expect, it } from 'vitest';
import { buildFactBase, CATALOG_STORY } from '../../lib/facts/build';
import { groupStories, WEIGHT } from '../../lib/facts/stories';
import { readArticles, readCatalog } from './articles';
import { crash, quake } from './fixtures/stories';

const keys = (source: string, entries: [string, number][]) => ({ source, keys: new Map(entries) });

describe('grouping sources into stories', () => {
  it('puts a source with the story it shares the most specific names with, or in a new one', () => {
    const groups = groupStories([
      keys('a', [['flight 781', WEIGHT.event], ['eastmere', WEIGHT.name]]),
      keys('b', [['valdoria', WEIGHT.name]]),
      keys('c', [['eastmere', WEIGHT.name], ['flight 781', WEIGHT.event]]),
      keys('d', [['valdoria', WEIGHT.name], ['lindholm', WEIGHT.name]]),
    ]);
    expect(groups).toEqual([
      { id: 'story:a', sources: ['a', 'c'] },
      { id: 'story:b', sources: ['b', 'd'] },
    ]);
  });

  it('does not join two stories on a famous city alone', () => {
    const groups = groupStories([keys('a', [['capital city', WEIGHT.famous]]), keys('b', [['capital city', WEIGHT.famous]])]);
    expect(groups.map((g) => g.sources)).toEqual([['a'], ['b']]);
  });

  it('lets the reader move a source, into an existing story or a new one', () => {
    const sources = [keys('a', [['eastmere', WEIGHT.name]]), keys('b', [['eastmere', WEIGHT.name]]), keys('c', [['eastmere', WEIGHT.name]])];
    expect(groupStories(sources, { b: 'mine', c: 'story:a' })).toEqual([
      { id: 'story:a', sources: ['a', 'c'] },
      { id: 'mine', sources: ['b'] },
    ]);
  });
});

describe('a fact base of several stories', () => {
  const { factBase } = buildFactBase([...crash, ...quake], readCatalog(), { now: new Date(0) });

  it('keeps each story’s sources, entities and figures apart', () => {
    expect(factBase.stories.map((s) => [s.id, s.sources])).toEqual([
      ['story:crash-1', ['crash-1', 'crash-2', 'crash-3']],
      ['story:quake-1', ['quake-1', 'quake-2']],
    ]);
    for (const story of factBase.stories) {
      for (const id of story.entities) expect(factBase.entities.find((e) => e.id === id)?.stories).toContain(story.id);
    }
  });

  it('never compares one story’s death toll with another’s', () => {
    const killed = factBase.figures.filter((f) => f.measure === 'killed');
    expect(killed.map((f) => [f.story, f.values.map((v) => v.value)])).toEqual([
      ['story:crash-1', [12, 13]],
      ['story:quake-1', [40]],
    ]);
    const notes = factBase.figures.flatMap((f) => f.conflicts).join(' ');
    expect(notes).not.toMatch(/\b40\b/);
    expect(factBase.figures.find((f) => f.story === 'story:quake-1' && f.measure === 'killed')!.conflicts).toEqual([]);
  });

  it('leaves the bundled story to the catalog, exactly as without other stories', () => {
    const bundled = readArticles();
    const alone = buildFactBase(bundled, readCatalog(), { now: new Date(0) }).factBase;
    const mixed = buildFactBase([...bundled, ...crash], readCatalog(), { now: new Date(0) }).factBase;
    expect(mixed.stories.map((s) => [s.id, s.origin, s.sources.length])).toEqual([
      [CATALOG_STORY, 'catalog', 5],
      ['story:crash-1', 'discovered', 3],
    ]);
    const catalogIds = new Set(readCatalog().entities.map((e) => e.id));
    expect(mixed.entities.filter((e) => catalogIds.has(e.id))).toEqual(alone.entities);
    expect(mixed.claims.filter((c) => bundled.some((a) => a.id === c.source))).toEqual(alone.claims);
    expect(mixed.figures.filter((f) => f.story === CATALOG_STORY)).toEqual(alone.figures);
  });

  it('follows the reader’s choice of story', () => {
    const moved = buildFactBase([...crash, ...quake], readCatalog(), { storyOf: { 'crash-3': 'story:quake-1' } }).factBase;
    expect(moved.stories.find((s) => s.id === 'story:quake-1')?.sources).toEqual(['crash-3', 'quake-1', 'quake-2']);
  });
});
