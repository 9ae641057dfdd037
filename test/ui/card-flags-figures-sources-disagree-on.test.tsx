// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { factBaseWith, realCard, realFactBase } from './support/real-card';

afterEach(cleanup);

/** A report written for this test: a different survivor count than the bundled article gives. */
const disputedCount = {
  id: 'zz_disputed_count',
  text:
    'Survivor count disputed\n\nKazakh emergency officials said on Thursday that 29 passengers survived the crash of ' +
    'Azerbaijan Airlines Flight J2-8243 near Aktau. The airline has not confirmed the figure.',
};

function figureRegion(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('figures where sources conflict', () => {
  test('the survivors figure carries a flag in words, with the pipeline\'s note', () => {
    const card = realCard('survivors');
    const survivors = card.figures.find((f) => f.measure === 'survivors')!;
    expect(survivors.notes.length).toBeGreaterThan(0);
    render(<Card card={card} />);
    const region = figureRegion(/^Survivors/);
    expect(region.querySelector('.sl-flag')!.textContent).toBe('⚠ Does not add up');
    expect(region.textContent).toContain(survivors.notes[0]);
    expect(region.textContent).toContain('28');
  });

  test('two sources giving different survivor counts: "Sources disagree", each with its own number', () => {
    const fb = factBaseWith(disputedCount);
    const card = realCard('survivors', {}, fb);
    expect(card.figures[0]!.disagree).toBe(true);
    render(<Card card={card} />);
    const region = figureRegion(/^Survivors/);
    expect(region.querySelector('.sl-flag')!.textContent).toBe('⚠ Sources disagree');
    // The warning sign is decoration; the words carry the meaning.
    expect(region.querySelector('.sl-flag [aria-hidden="true"]')!.textContent).toBe('⚠ ');
    const rows = Array.from(region.querySelectorAll('li')).map((li) => li.textContent);
    expect(rows).toContain('29 Survivor count disputed');
    expect(rows.some((r) => r!.startsWith('28 '))).toBe(true);
  });

  test('a figure every trusted source agrees on carries no flag', () => {
    // Distrusting the source of the survivor count leaves the death toll with nothing to conflict with.
    const survivorSource = realCard('survivors').figures[0]!.bySource[0]!.source;
    const card = realCard('death_toll', { [survivorSource]: false });
    expect(card.figures[0]).toMatchObject({ disagree: false, notes: [] });
    render(<Card card={card} />);
    const region = figureRegion(/^Killed/);
    expect(region.querySelector('.sl-flag')).toBeNull();
    expect(region.classList.contains('sl-flagged')).toBe(false);
  });

  test('every trusted source with a number is listed, and none other', () => {
    const card = realCard('death_toll');
    render(<Card card={card} />);
    const labels = Array.from(figureRegion(/^Killed/).querySelectorAll('.sl-value-source')).map((e) => e.textContent);
    const giving = card.figures[0]!.bySource.map((v) => realFactBase().sources.find((s) => s.id === v.source)!.label);
    expect(labels).toEqual(giving);
  });
});
