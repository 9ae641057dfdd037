import { describe, expect, it } from 'vitest';
import { clauseAround, clausePieces } from '../../lib/cards/clauses';

/** The clause `clauseAround` picks for the first occurrence of `name`, with ellipses where it cut. */
function cut(sentence: string, name: string, max?: number): string {
  const start = sentence.indexOf(name);
  const c = clauseAround(sentence, { start, end: start + name.length }, max);
  return `${c.cutBefore ? '…' : ''}${sentence.slice(c.start, c.end)}${c.cutAfter ? '…' : ''}`;
}

describe('cutting a sentence to the clause about one entity', () => {
  it('keeps a short sentence whole', () => {
    expect(cut('The ferry left Portmouth at dawn.', 'Portmouth')).toBe('The ferry left Portmouth at dawn.');
  });

  it('splits at commas, dashes and the words that open a clause', () => {
    const s = 'The mayor of Lindholm opened the bridge on Monday, while engineers in Sorvik warned that its cables were untested.';
    expect(clausePieces(s).map((p) => s.slice(p.start, p.end))).toEqual([
      'The mayor of Lindholm opened the bridge on Monday',
      'while engineers in Sorvik warned that its cables were untested.',
    ]);
  });

  it('shows only the clause that concerns the entity, with an ellipsis where words were left out', () => {
    const s =
      'The mayor of Lindholm opened the long-delayed harbour bridge on Monday morning, while engineers from Sorvik warned that its steel cables had never been load-tested.';
    expect(cut(s, 'Sorvik')).toBe('…while engineers from Sorvik warned that its steel cables had never been load-tested.');
    expect(cut(s, 'Lindholm')).toBe('The mayor of Lindholm opened the long-delayed harbour bridge on Monday morning…');
  });

  it('never rewords: the clause is one slice of the sentence, in its order', () => {
    const s =
      'After a night of storms along the northern coast, the harbour master of Kestrel Bay closed the port to all traffic, citing waves of more than six metres.';
    const start = s.indexOf('Kestrel Bay');
    const c = clauseAround(s, { start, end: start + 11 });
    expect(s.includes(s.slice(c.start, c.end))).toBe(true);
    expect(s.slice(c.start, c.end)).toBe('the harbour master of Kestrel Bay closed the port to all traffic');
  });

  it('reads a list as one piece: a name inside "A, B, and C" keeps the rest of its list', () => {
    const s =
      '"By then, Arnfjord, Belmoor, and Calder were being shelled from the ridge, and the garrison had withdrawn to the valley," the ministry said.';
    expect(cut(s, 'Belmoor')).toContain('Arnfjord, Belmoor, and Calder were being shelled from the ridge…');
  });

  it('takes in a too-short piece with its neighbour ("Reuters reported" alone says nothing)', () => {
    const s =
      'Without naming its sources, the paper said the convoy had crossed the border near Tarsk before midnight and turned north toward the hills, Reuters reported.';
    expect(cut(s, 'Reuters')).toMatch(/Reuters reported\.$/);
    expect(cut(s, 'Reuters').split(' ').length).toBeGreaterThanOrEqual(6);
  });

  it('cuts a long clause at a word, ending where a phrase ends rather than on "the" or "of"', () => {
    const s =
      'The regional governor of the northern province of Ostravia and his deputy for emergencies met the families of the missing fishermen and promised a full inquiry into the delayed rescue.';
    const clause = cut(s, 'Ostravia', 80);
    expect(clause.length).toBeLessThanOrEqual(82);
    expect(clause).toMatch(/…$/);
    expect(clause).not.toMatch(/\b(?:the|of|and|a)…$/);
    expect(clause).toContain('Ostravia');
  });

  it('keeps a quotation\'s opening mark when the clause starts where the quotation does', () => {
    const s =
      '"The minister of Valdor regrets the accident deeply and has ordered every runway light in the region to be checked twice a day," his office said in a statement.';
    expect(cut(s, 'Valdor', 90).startsWith('"The minister of Valdor')).toBe(true);
  });
});
