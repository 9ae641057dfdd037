/**
 * The card's numbers: the page's own number beside the sources' (when the marked text carries one), one verdict
 * per figure, and, once, the sum that does not add up. A flag is in words; colour is never the only signal.
 */
import type { JSX } from 'preact';
import type { Card } from '../../cards/card';
import {
  measureText,
  pageFigureDiffers,
  pageFigureText,
  sumText,
  valuesText,
  verdictText,
  type PageFigure,
} from '../card-text';

export function PageFigureLine({ card, page }: { card: Card; page: PageFigure }): JSX.Element {
  const figure = card.figures.find((f) => f.measure === page.measure);
  const differs = pageFigureDiffers(page, figure);
  return (
    <p class={differs ? 'sl-page-figure sl-differs' : 'sl-page-figure'}>
      {differs && <span aria-hidden="true">⚠ </span>}
      {pageFigureText(page, figure, card.trustedCount)}
    </p>
  );
}

export function Figures({ card }: { card: Card }): JSX.Element | null {
  if (card.figures.length === 0 && !card.sum) return null;
  return (
    <div class="sl-figures">
      {card.figures.length > 0 && (
        <ul aria-label="Figures">
          {card.figures.map((figure) => {
            const differ = figure.verdict.kind === 'differ';
            return (
              <li key={figure.measure} class={differ ? 'sl-figure sl-flagged' : 'sl-figure'} data-verdict={figure.verdict.kind}>
                <span class="sl-figure-name">{measureText(figure.measure)}</span>{' '}
                <span class="sl-verdict">
                  {differ && <span aria-hidden="true">⚠ </span>}
                  {verdictText(figure.verdict)}
                  {differ && `: ${valuesText(figure)}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {card.sum && (
        <p class="sl-sum">
          <span aria-hidden="true">⚠ </span>
          {sumText(card.sum)}
        </p>
      )}
    </div>
  );
}
