import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FactBase } from '../../lib/facts/types';
import { storeFactBase } from '../../lib/store/build';
import type { SourcelightDb } from '../../lib/store/db';
import { readMeta } from '../../lib/store/read';
import { readTrust, writeTrust } from '../../lib/store/trust';
import { choicesOn, factBaseWithout, freshDb, realFactBase } from '../support/store';

/** Everything a reader could see of the stored fact base, for comparing before and after. */
async function snapshot(db: SourcelightDb) {
  const [sources, entities, claims, figures, meta] = await Promise.all([
    db.sources.toArray(),
    db.entities.toArray(),
    db.claims.toArray(),
    db.figures.toArray(),
    readMeta(db),
  ]);
  return { sources, entities, claims, figures, factBase: meta.factBase };
}

describe('storing the fact base', () => {
  it('stores every source, entity, claim and figure of the real fact base, with its version', async () => {
    const db = freshDb();
    const fb = realFactBase();
    expect(await storeFactBase(db, fb)).toBe('stored');
    const stored = await snapshot(db);
    expect(stored.sources).toHaveLength(fb.sources.length);
    expect(stored.entities).toHaveLength(fb.entities.length);
    expect(stored.claims).toHaveLength(fb.claims.length);
    expect(stored.figures).toHaveLength(fb.figures.length);
    expect(stored.factBase?.version).toBe(fb.version);
    expect(stored.factBase?.counts).toEqual({
      sources: 5,
      stories: fb.stories.length,
      entities: fb.entities.length,
      claims: fb.claims.length,
      figures: fb.figures.length,
    });
  });

  it('indexes entities by alias and claims by entity and by source', async () => {
    const db = freshDb();
    const fb = realFactBase();
    await storeFactBase(db, fb);
    expect((await db.entities.where('aliases').equals('Zelenskyy').first())?.id).toBe('zelensky');
    const aktauClaims = await db.claims.where('entities').equals('aktau').toArray();
    expect(aktauClaims.length).toBeGreaterThan(0);
    expect(aktauClaims).toEqual(expect.arrayContaining(fb.claims.filter((c) => c.entities.includes('aktau'))));
    const first = fb.sources[0]!.id;
    expect(await db.claims.where('source').equals(first).count()).toBe(fb.sources[0]!.claimCount);
  });

  it('changes nothing when the same version is stored again', async () => {
    const db = freshDb();
    await storeFactBase(db, realFactBase());
    const before = await snapshot(db);
    expect(await storeFactBase(db, { ...realFactBase(), builtAt: '2030-01-01T00:00:00.000Z' })).toBe('unchanged');
    expect(await snapshot(db)).toEqual(before);
  });

  it('replaces a different version completely and leaves trust alone', async () => {
    const indexedDB = new IDBFactory();
    const db = freshDb({ indexedDB });
    const choices = choicesOn(indexedDB);
    const full = realFactBase();
    await storeFactBase(db, full);
    const [dropped, distrusted] = full.sources.map((s) => s.id);
    await writeTrust(choices, distrusted!, false);
    await writeTrust(choices, dropped!, false);
    const trustBefore = await choices.trust.toArray();

    const smaller = factBaseWithout(dropped!);
    expect(smaller.version).not.toBe(full.version);
    expect(await storeFactBase(db, smaller)).toBe('stored');

    const stored = await snapshot(db);
    expect(stored.factBase?.version).toBe(smaller.version);
    expect(stored.sources.map((s) => s.id)).not.toContain(dropped);
    expect(stored.claims.filter((c) => c.source === dropped)).toEqual([]);
    expect(stored.claims).toHaveLength(smaller.claims.length);
    // Trust is the user's: even the choice about a source that left the fact base is kept for its return.
    expect(await choices.trust.toArray()).toEqual(trustBefore);
    expect(await readTrust(choices)).toEqual({ [dropped!]: false, [distrusted!]: false });
  });

  it('keeps the old fact base whole when the new one has a duplicate claim', async () => {
    const db = freshDb();
    await storeFactBase(db, realFactBase());
    const before = await snapshot(db);
    const smaller = factBaseWithout(realFactBase().sources[0]!.id);
    const broken: FactBase = { ...smaller, claims: [...smaller.claims, smaller.claims[0]!] };
    await expect(storeFactBase(db, broken)).rejects.toThrow(/Key already exists|ConstraintError|unique/i);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps the old fact base whole when writing fails on the last table', async () => {
    const db = freshDb();
    await storeFactBase(db, realFactBase());
    const before = await snapshot(db);
    // Figures are written after sources, entities and claims were already cleared and refilled.
    db.figures.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(storeFactBase(db, factBaseWithout(realFactBase().sources[0]!.id))).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});
