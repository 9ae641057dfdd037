import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../../lib/facts/build';
import type { FactBase } from '../../lib/facts/types';
import { readArticles, readCatalog } from './articles';

/**
 * Which articles name each key entity, read by hand from assets/articles (by their number prefix).
 * 001 never names Aktau; only 004 says how many were on board; only 003 quotes Biden.
 */
const MENTIONED_BY: Record<string, string[]> = {
  flight: ['000', '001', '002', '003', '004'],
  airline: ['000', '001', '002', '003', '004'],
  aircraft: ['000', '002'],
  aktau: ['000', '002', '003', '004'],
  baku: ['000', '001', '002', '003', '004'],
  grozny: ['000', '001', '002', '003', '004'],
  chechnya: ['001', '002', '004'],
  kazakhstan: ['000', '001', '002', '003', '004'],
  caspian: ['002', '004'],
  mozdok: ['000', '002', '003'],
  vladikavkaz: ['000', '002', '003'],
  putin: ['000', '001', '002', '003', '004'],
  aliyev: ['000', '001', '002', '003', '004'],
  zelensky: ['000', '003', '004'],
  biden: ['003'],
  air_defense: ['000', '001', '002', '003', '004'],
  drones: ['000', '001', '002', '003', '004'],
  interference: ['000', '001', '002', '003', '004'],
  gps_jamming: ['004'],
  criminal_case: ['001', '003'],
  death_toll: ['000', '002', '003', '004'],
  survivors: ['000', '001', '002', '003', '004'],
  on_board: ['004'],
  mh17: ['000', '003'],
  ps752: ['000', '003'],
  reuters: ['000', '003'],
  us_assessment: ['001', '002', '003', '004'],
};

let factBase: FactBase;
const raw = new Map(readArticles().map((a) => [a.id, a.text]));

beforeAll(() => {
  factBase = buildFactBase(readArticles(), readCatalog()).factBase;
});

describe('claims built from the five articles', () => {
  it('gives each key entity exactly the sources that mention it', () => {
    for (const [entity, expected] of Object.entries(MENTIONED_BY)) {
      const found = factBase.entities.find((e) => e.id === entity);
      expect(found, entity).toBeDefined();
      expect(found!.sources.map((s) => s.slice(0, 3)), entity).toEqual(expected);
    }
  });

  it('names Aktau in four of the five sources, all but 001', () => {
    const aktau = factBase.entities.find((e) => e.id === 'aktau')!;
    expect(aktau.sources).toHaveLength(4);
    expect(aktau.sources.some((s) => s.startsWith('001_'))).toBe(false);
  });

  it('quotes every claim verbatim from its article file and from its source text', () => {
    expect(factBase.claims.length).toBeGreaterThan(50);
    for (const claim of factBase.claims) {
      expect(raw.get(claim.source), claim.id).toContain(claim.text);
      const source = factBase.sources.find((s) => s.id === claim.source)!;
      expect(source.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('places each mention span on the words of its entity inside the claim', () => {
    const aliasesOf = new Map(factBase.entities.map((e) => [e.id, e]));
    for (const claim of factBase.claims) {
      expect(claim.mentions.length, claim.id).toBeGreaterThan(0);
      for (const span of claim.mentions) {
        expect(claim.entities).toContain(span.entity);
        expect(aliasesOf.has(span.entity)).toBe(true);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(claim.text.length);
      }
    }
    const putin = factBase.claims.flatMap((c) => c.mentions.filter((m) => m.entity === 'putin').map((m) => c.text.slice(m.start, m.end)));
    expect(new Set(putin)).toEqual(new Set(['Putin', 'Vladimir Putin']));
  });

  it('makes no claim of a teaser, copyright line, widget label, photo counter or section heading', () => {
    for (const claim of factBase.claims) {
      expect(claim.text).not.toMatch(/Also Read|All rights reserved|\u00A9|Recent News|Getty Images/);
      expect(claim.text).not.toMatch(/^\d+\s*\/\s*\d+$/);
      expect(claim.text).not.toMatch(/^(Kremlin Response|Details of the Crash|Crash Details and Initial Findings)$/);
    }
  });

  it('makes a claim of a headline, which reports the story, and numbers claims by their place in the source', () => {
    const headline = factBase.claims.find((c) => c.text.startsWith("'Tragic incident': Putin apologises to Aliyev"));
    expect(headline?.index).toBe(0);
    expect(headline?.entities).toEqual(expect.arrayContaining(['putin', 'aliyev']));
    for (const source of factBase.sources) {
      const indexes = factBase.claims.filter((c) => c.source === source.id).map((c) => c.index);
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
      expect(source.claimCount).toBe(indexes.length);
    }
  });

  it('counts "28 passengers survived" as survivors only, not as people on board', () => {
    const claim = factBase.claims.find((c) => c.text.includes('28 passengers survived'))!;
    expect(claim.entities).toContain('survivors');
    expect(claim.entities).not.toContain('on_board');
  });

  it('keeps catalog entities no source mentions, with no sources', () => {
    expect(factBase.entities.map((e) => e.id)).toEqual(readCatalog().entities.map((e) => e.id));
  });
});
