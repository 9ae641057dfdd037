import { describe, expect, it } from 'vitest';
import catalog from '../assets/catalog.json';
import type { Catalog } from '../lib/facts/types';

const typed = catalog as Catalog;

describe('the entity catalog', () => {
  it('gives every entity a unique id, a name, a kind and a description', () => {
    const ids = typed.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of typed.entities) {
      expect(e.name.length, e.id).toBeGreaterThan(0);
      expect(e.description.length, e.id).toBeGreaterThan(10);
    }
  });

  it('never makes a generic word an entity on its own', () => {
    const generic = ['russia', 'ukraine', 'moscow', 'plane', 'crash', 'azerbaijan'];
    for (const e of typed.entities) {
      for (const alias of e.aliases) expect(generic, `${e.id}: ${alias}`).not.toContain(alias.toLowerCase());
    }
  });
});

describe('how much each entity tells that a page is about the story', () => {
  it('is given only as 0, 1 or 2, and the crash site counts less than the flight', async () => {
    const { specificityOf } = await import('../lib/facts/specificity');
    for (const e of typed.entities) if (e.specificity !== undefined) expect([0, 1, 2], e.id).toContain(e.specificity);
    const of = (id: string) => specificityOf(typed.entities.find((e) => e.id === id)!);
    expect(of('flight')).toBe(2);
    expect(of('aktau')).toBe(1);
    // A statement or an inquiry named in common words (an apology, a criminal case) tells half.
    for (const id of ['apology', 'criminal_case', 'kremlin_statement']) expect(of(id), id).toBe(1);
    // Widely known names, and other incidents the story recalls, tell nothing on their own.
    for (const id of ['kazakhstan', 'putin', 'kremlin', 'reuters', 'airline', 'aircraft', 'mh17']) expect(of(id), id).toBe(0);
  });
});
