import { describe, expect, it } from 'vitest';
import catalog from '../../assets/catalog.json';
import type { Catalog } from '../../lib/facts/types';
import { parsePhrase } from '../../lib/match/phrases';
import { spellingVariants } from '../../lib/match/variants';

describe('the phrase mini-language', () => {
  it('expands alternatives, optional parts and groups inside words', () => {
    expect(parsePhrase('the Kremlin (said|noted) [in a statement]').forms.sort()).toEqual([
      'the Kremlin noted',
      'the Kremlin noted in a statement',
      'the Kremlin said',
      'the Kremlin said in a statement',
    ]);
    expect(parsePhrase('air defen(c|s)e[s]').forms.sort()).toEqual([
      'air defence',
      'air defences',
      'air defense',
      'air defenses',
    ]);
  });

  it('allows alternatives inside an optional part, and nesting', () => {
    expect(parsePhrase('killing [at least|a total of] {n}').forms.sort()).toEqual([
      'killing a total of {n}',
      'killing at least {n}',
      'killing {n}',
    ]);
    expect(parsePhrase('[[a|b] c]d').forms.sort()).toEqual(['a cd', 'b cd', 'cd', 'd']);
  });

  it('keeps number slots and escaped characters', () => {
    expect(parsePhrase('Azerbaijan Airlines \\(AZAL\\) {n} {#}').forms).toEqual(['Azerbaijan Airlines (AZAL) {n} {#}']);
  });

  it('marks blockers', () => {
    expect(parsePhrase('!Heydar Aliyev')).toEqual({ negative: true, forms: ['Heydar Aliyev'] });
    expect(parsePhrase('Heydar Aliyev').negative).toBe(false);
  });

  it('rejects unbalanced groups and runaway expansions', () => {
    expect(() => parsePhrase('the (Kremlin said')).toThrow(/expected "\)"/);
    expect(() => parsePhrase('the Kremlin] said')).toThrow(/unexpected/);
    expect(() => parsePhrase('[a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d]')).toThrow(/more than/);
  });

  it('parses every phrase in the catalog', () => {
    for (const e of (catalog as Catalog).entities) {
      for (const p of e.phrases ?? []) expect(parsePhrase(p).forms.length, `${e.id}: ${p}`).toBeGreaterThan(0);
    }
  });
});

describe('spelling families', () => {
  it.each([
    ['air defence', ['air defence', 'air defense']],
    ['apologised', ['apologised', 'apologized']],
    ['apologizing', ['apologising', 'apologizing']],
    ['rumour', ['rumor', 'rumour']],
    ['four rises', ['four rises']],
  ])('%s', (form, expected) => {
    expect(spellingVariants(form).sort()).toEqual(expected);
  });
});
