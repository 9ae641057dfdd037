import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../lib/facts/build';
import type { FactBase, Measure } from '../../lib/facts/types';
import { readArticles, readCatalog } from './articles';

const prefixes = (ids: string[]) => ids.map((s) => s.slice(0, 3));
const figure = (fb: FactBase, measure: Measure) => fb.figures.find((f) => f.measure === measure)!;

describe('figures from the five articles', () => {
  const { factBase } = buildFactBase(readArticles(), readCatalog());

  it('gives 38 killed with its four sources; 000 and 003 say "at least"', () => {
    const killed = figure(factBase, 'killed');
    expect(killed.entity).toBe('death_toll');
    expect(killed.values.map((v) => v.value)).toEqual([38]);
    const [v] = killed.values;
    expect(prefixes(v!.sources)).toEqual(['000', '002', '003', '004']);
    const bounded = v!.quotes.filter((q) => q.atLeast).map((q) => q.source.slice(0, 3));
    expect(bounded).toEqual(['000', '003']);
    expect(v!.quotes.find((q) => q.source.startsWith('000'))!.text).toMatch(/^at least 38 people dead$/);
    // Two sources state 38 exactly, so the value itself is an exact count.
    expect(v!.atLeast).toBe(false);
  });

  it('gives 67 on board from 004 and 28 survivors from 002, with the quoted phrases', () => {
    const onBoard = figure(factBase, 'on_board').values;
    expect(onBoard.map((v) => [v.value, prefixes(v.sources), v.text])).toEqual([[67, ['004'], '67 passengers']]);
    const survivors = figure(factBase, 'survivors').values;
    expect(survivors.map((v) => [v.value, prefixes(v.sources), v.text])).toEqual([[28, ['002'], '28 passengers survived']]);
  });

  it('points every figure value at claims that contain its number', () => {
    for (const f of factBase.figures) {
      for (const v of f.values) {
        for (const id of v.claims) {
          const claim = factBase.claims.find((c) => c.id === id)!;
          expect(claim.text).toContain(String(v.value));
          expect(claim.entities).toContain(f.entity);
        }
      }
    }
  });

  it('flags that 38 killed + 28 survivors is 66, not the 67 on board', () => {
    for (const measure of ['killed', 'survivors', 'on_board'] as const) {
      expect(figure(factBase, measure).conflicts.join('\n')).toMatch(/38 killed \+ 28 survivors = 66, but 67 on board/);
    }
  });

  it("ignores other incidents' numbers: MH17's 298 and PS752's 176", () => {
    const values = factBase.figures.flatMap((f) => f.values.map((v) => v.value));
    expect(values).not.toContain(298);
    expect(values).not.toContain(176);
    const mh17 = factBase.claims.find((c) => c.text.includes('298 passengers and crew'))!;
    expect(mh17.entities).toContain('mh17');
    expect(mh17.entities).not.toContain('on_board');
  });

  it('flags sources that disagree, and not a bound that an exact count meets', () => {
    const extra = {
      id: 'extra',
      text: 'Azerbaijan Airlines said 29 passengers survived the crash of flight J2-8243 near Aktau, and more than 30 people died.',
    };
    const fb = buildFactBase([...readArticles(), extra], readCatalog()).factBase;
    const survivors = figure(fb, 'survivors');
    expect(survivors.values.map((v) => v.value)).toEqual([28, 29]);
    expect(survivors.conflicts.join('\n')).toMatch(/Sources disagree on survivors: 28 .* vs 29 \(Azerbaijan Airlines said 29 passengers\u2026\)/);
    // "more than 30" dead does not contradict 38 dead.
    expect(figure(fb, 'killed').conflicts.some((c) => c.startsWith('Sources disagree'))).toBe(false);
  });

  it('counts passengers plus crew as the people on board', () => {
    const extra = {
      id: 'extra',
      text: 'The Azerbaijan Airlines flight J2-8243 was carrying 62 passengers and five crew members when it crashed near Aktau.',
    };
    const fb = buildFactBase([extra], readCatalog()).factBase;
    const onBoard = figure(fb, 'on_board').values;
    expect(onBoard.map((v) => [v.value, v.text])).toEqual([[67, expect.stringMatching(/62 passengers and five crew members$/)]]);
  });
});
