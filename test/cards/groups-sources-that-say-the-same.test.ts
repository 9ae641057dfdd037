import { describe, expect, it } from 'vitest';
import { alike, type Saying } from '../../lib/cards/alike';

function saying(text: string, own: string, extra: Partial<Saying> = {}): Saying {
  const start = text.indexOf(own);
  return { text, own: [{ start, end: start + own.length }], others: [], stance: 'states', figure: null, ...extra };
}

describe('whether two sources say the same thing', () => {
  it('the same key terms: alike, however each words the rest', () => {
    expect(
      alike(
        saying('The ferry was sailing from Talby to Ormsund', 'Talby', { others: ['ormsund'] }),
        saying('the vessel, en route from Talby to Ormsund in the north', 'Talby', { others: ['ormsund'] }),
      ),
    ).toBe(true);
  });

  it('different things said about the same entity: not alike', () => {
    expect(
      alike(
        saying('Governor Teska apologised to the families', 'Governor Teska'),
        saying('Governor Teska ordered an inquiry into the harbour authority', 'Governor Teska'),
      ),
    ).toBe(false);
  });

  it('the same number: alike; a different number: never, however alike the words', () => {
    const a = saying('The collision left 12 people injured', '12 people injured', { figure: 12 });
    expect(alike(a, saying('12 people injured in the collision', '12 people injured', { figure: 12 }))).toBe(true);
    expect(alike(a, saying('The collision left 14 people injured', '14 people injured', { figure: 14 }))).toBe(false);
  });

  it('a denial never shares a line with an assertion, nor a hedge with a fact', () => {
    const stated = saying('the operator was responsible for the collision', 'operator');
    expect(alike(stated, saying('the operator was responsible for the collision', 'operator', { stance: 'denies' }))).toBe(false);
    expect(alike(stated, saying('the operator was responsible for the collision', 'operator', { stance: 'suspects' }))).toBe(false);
    expect(alike(stated, saying('the operator was responsible for the collision', 'operator', { stance: 'reports' }))).toBe(true);
  });
});
