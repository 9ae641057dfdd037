import { expect, test } from 'vitest';
import { pageFigureOf } from '../../lib/card-opening/card-view';
import type { CardFigure } from '../../lib/cards/card';

const figure = (measure: string) => ({ measure }) as CardFigure;

test("the number in the marked words, measured as the card's first figure", () => {
  expect(pageFigureOf({ found: { number: 29 } } as never, { figures: [figure('survivors'), figure('dead')] })).toEqual({
    measure: 'survivors',
    value: 29,
  });
});

test('no number in the words, or no figure on the card: nothing to set beside', () => {
  expect(pageFigureOf({ found: {} } as never, { figures: [figure('survivors')] })).toBeNull();
  expect(pageFigureOf({ found: { number: 29 } } as never, { figures: [] })).toBeNull();
});
