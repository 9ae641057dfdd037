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
