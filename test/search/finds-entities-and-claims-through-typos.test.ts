import { describe, expect, it } from 'vitest';
import { createSearch } from '../../lib/search';
import { sourceRef } from '../../lib/store/read';
import { realFactBase, sourcesMentioning } from '../support/store';

const fb = realFactBase();
const data = { entities: fb.entities, claims: fb.claims, sources: fb.sources.map(sourceRef) };
const search = createSearch(data, {});

describe('search', () => {
  it.each([
    ['aktaw', 'aktau'],
    ['zelenski', 'zelensky'],
    ['kremlin statment', 'kremlin_statement'],
    ['Aliev', 'aliyev'],
    ['embraer', 'aircraft'],
    ['caspain sea', 'caspian'],
  ])('puts the intended entity first for "%s"', (query, id) => {
    expect(search(query).entities[0]?.id).toBe(id);
  });

  it('finds claims by their text, typos and all', () => {
    const hits = search('emergancy landing').claims;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text.toLowerCase()).toContain('emergency landing');
  });

  it('counts the sources that mention each entity it returns', () => {
    const [aktau] = search('aktau').entities;
    expect(aktau).toMatchObject({ id: 'aktau', sourceCount: 4 });
  });

  it('never returns a distrusted source\'s claims, and counts only trusted sources', () => {
    const distrusted = sourcesMentioning(fb, 'aktau')[0]!;
    const trusting = createSearch(data, { [distrusted]: false });
    const all = search('Aktau').claims;
    expect(all.some((c) => c.source.id === distrusted)).toBe(true);
    const filtered = trusting('Aktau', 100).claims;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.some((c) => c.source.id === distrusted)).toBe(false);
    expect(trusting('Aktau').entities[0]).toMatchObject({ id: 'aktau', sourceCount: 3 });
  });

  it('lists the story at a glance for an empty query: most-mentioned entities first', () => {
    const { entities, claims } = search('  ');
    expect(claims).toEqual([]);
    expect(entities.length).toBeGreaterThan(5);
    const counts = entities.map((e) => e.sourceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(entities.find((e) => e.id === 'aktau')?.sourceCount).toBe(4);
  });

  it('respects the limit', () => {
    expect(search('', 3).entities).toHaveLength(3);
    expect(search('putin', 2).claims.length).toBeLessThanOrEqual(2);
  });
});
