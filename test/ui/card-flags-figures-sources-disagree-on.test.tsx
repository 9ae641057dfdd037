// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { anotherCountOnBoard } from '../../scripts/measure-cards/hard-cards';
import { factBaseWith, realCard } from './support/real-card';

afterEach(cleanup);

/** A report written for this test: a different survivor count than the bundled article gives. */
const disputedCount = {
  id: 'zz_disputed_count',
  text:
    'Survivor count disputed\n\nKazakh emergency officials said on Thursday that 29 passengers survived the crash of ' +
    'Azerbaijan Airlines Flight J2-8243 near Aktau. The airline has not confirmed the figure.',
};

const rows = (container: Element) => Array.from(container.querySelectorAll('.sl-figure')).map((li) => li.textContent);

describe('one verdict per figure', () => {
  test('the death toll: four sources agree on 38, with no flag on that row; the sum that does not add up is said once, apart', () => {
    const { container } = render(<Card card={realCard('death_toll')} />);
    expect(rows(container)).toEqual(['Killed 38 · 4 sources agree (2 say “at least”)']);
    expect(container.querySelector('.sl-figure.sl-flagged')).toBeNull();
    const sums = Array.from(container.querySelectorAll('.sl-sum')).map((p) => p.textContent);
    expect(sums).toEqual(['⚠ Does not add up: 38 killed + 28 survivors = 66, but 67 on board.']);
  });

  test('survivors: a number one source alone gives says so', () => {
    const { container } = render(<Card card={realCard('survivors')} />);
    expect(rows(container)).toEqual(['Survivors 28 · one source only']);
  });

  test('two sources giving different survivor counts: they differ, with the range and each value, flagged in words', () => {
    const card = realCard('survivors', {}, factBaseWith(disputedCount));
    const { container } = render(<Card card={card} />);
    expect(rows(container)).toEqual(['Survivors ⚠ 28–29 · sources differ: 28 (1), 29 (1)']);
    expect(container.querySelector('.sl-figure.sl-flagged [aria-hidden="true"]')!.textContent).toBe('⚠ ');
  });

  test('distrusting the source of a number takes its sum away too', () => {
    const survivorSource = realCard('survivors').figures[0]!.bySource[0]!.source;
    const card = realCard('death_toll', { [survivorSource]: false });
    expect(card.sum).toBeNull();
    const { container } = render(<Card card={card} />);
    expect(container.querySelector('.sl-sum')).toBeNull();
  });

  test('people on board: one source\'s number says so; a second source\'s other number makes them differ', () => {
    const { container, rerender } = render(<Card card={realCard('on_board')} />);
    expect(rows(container)).toEqual(['On board 67 · one source only']);
    rerender(<Card card={realCard('on_board', {}, factBaseWith(anotherCountOnBoard()))} />);
    expect(rows(container)).toEqual(['On board ⚠ 67–69 · sources differ: 67 (1), 69 (1)']);
    expect(container.querySelectorAll('.sl-sum').length).toBeLessThanOrEqual(1);
  });
});

describe('the page\'s own number', () => {
  test('a page that says 29 survivors: the card opens with it beside what the sources give', () => {
    const { container } = render(<Card card={realCard('survivors')} pageFigure={{ measure: 'survivors', value: 29 }} />);
    const line = container.querySelector('.sl-page-figure')!;
    expect(line.textContent).toBe('⚠ This page: 29 survivors · sources: 28 (1 of 5), no number (4)');
    expect(line.classList.contains('sl-differs')).toBe(true);
    expect(container.querySelector('.sl-body')!.firstElementChild).toBe(line);
  });

  test('a page that agrees is not flagged', () => {
    const { container } = render(<Card card={realCard('death_toll')} pageFigure={{ measure: 'killed', value: 38 }} />);
    const line = container.querySelector('.sl-page-figure')!;
    expect(line.textContent).toBe('This page: 38 killed · sources: 38 (4 of 5), no number (1)');
    expect(line.classList.contains('sl-differs')).toBe(false);
  });
});
