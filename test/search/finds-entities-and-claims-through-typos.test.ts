import { describe, expect, it } from 'vitest';
import { createSearch } from '../../lib/search';
import { sourceRef } from '../../lib/store/read';
import { realFactBase, sourcesMentioning } from '../support/store';

const fb = realFactBase();
const data = { entities: fb.entities, claims: fb.claims, sources: fb.sources.map(sourceRef), figures: fb.figures };
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

  it('puts an exact name first and nothing unrelated above it: "aktau" gives Aktau, then only what names it', () => {
    const { entities } = search('aktau');
    expect(entities[0]!.id).toBe('aktau');
    expect(search('Kremlin').entities.slice(0, 2).map((e) => e.id)).toEqual(['kremlin', 'kremlin_statement']);
  });

  it('answers a number with the figure that holds it: "38" finds the death toll, with its value and verdict', () => {
    const results = search('38');
    expect(results.figures).toEqual([
      { entity: 'death_toll', name: 'The death toll', measure: 'killed', verdict: { kind: 'agree', value: 38, atLeast: false, sources: 4, bounds: 2 } },
    ]);
    expect(results.entities[0]!.id).toBe('death_toll');
    expect(results.claims.length).toBeGreaterThan(0);
    for (const claim of results.claims) expect(claim.text).toMatch(/\b38\b/);
  });

  it('answers a figure\'s name with its value: "survivors" gives 28, from one source only', () => {
    expect(search('survivors').figures).toContainEqual(expect.objectContaining({ entity: 'survivors', verdict: expect.objectContaining({ kind: 'single', value: 28 }) }));
  });

  it('gives each sentence found with its source and the clause the query matched', () => {
    const [hit] = search('emergency landing').claims;
    expect(hit!.source.label).toBeTruthy();
    const clause = hit!.text.slice(hit!.clause.start, hit!.clause.end);
    expect(clause.toLowerCase()).toContain('emergency landing');
    expect(clause.length).toBeLessThan(hit!.text.length);
  });

  it('never gives a headline as something a source said', () => {
    const titles = new Set(fb.sources.map((s) => s.title));
    for (const q of ['putin apologises', 'tragic incident', 'airliner downed']) {
      for (const claim of search(q, 100).claims) expect(titles.has(claim.text)).toBe(false);
    }
  });

  it('with no source trusted, finds nothing and says how many are trusted, so the popup can say why', () => {
    const none = createSearch(data, Object.fromEntries(fb.sources.map((s) => [s.id, false])));
    expect(none('aktau')).toMatchObject({ figures: [], entities: [], claims: [], trustedCount: 0 });
    expect(search('aktau').trustedCount).toBe(5);
  });
});

