/**
 * How many summary lines a card can show and still open within its height: a pure estimate from the text's
 * length at the card's width (as Page Previews lay out from measurements, without a browser). Lines that do not
 * fit move to the closing "Also in" line, whose names stay one click from their sentences.
 * `npm run measure:cards` checks the estimate against the real card in Chromium.
 */
import type { Card, SummaryLine } from './card';

/** The tallest a card may open, px (never taller than 420 px, card.css), less a margin for the estimate's error. */
export const FIT_BUDGET_PX = 390;
/** Characters a 13 px line holds in the card's 336 px of text width (system-ui averages about 6.5 px a character). */
const CHARS_PER_LINE = 50;
/** 13 px at line-height 1.35. */
const LINE_PX = 17.5;
/** Header padding and border, coverage gap, body padding, footer: what every card spends besides its text. */
const FRAME_PX = 16 + 5 + 12 + 30;
/** The gap between two summary lines. */
const LINE_GAP_PX = 5;

function textLines(chars: number, perLine = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(chars / perLine));
}

/** Estimated height of one summary line: its source's name, the clause and the stance after it, px. */
export function lineHeight(line: SummaryLine, nameChars: number): number {
  const meta = line.stance.length + (line.cue?.length ?? 0) + (line.attribution ? line.attribution.length + 5 : 0) + (line.alike.length > 0 ? 20 : 0);
  return textLines(nameChars + line.text.length + 4 + meta) * LINE_PX + LINE_GAP_PX;
}

/** Estimated height of everything but the lines, px. */
export function frameHeight(card: Card, extraChars: number): number {
  const header = LINE_PX + textLines(card.entity.name.length, 30) * 2 + 2 * 16;
  const figures = card.figures.length * LINE_PX + (card.sum ? 2 * 16 : 0);
  const also = card.summary.alsoIn.length > 0 ? 2 * 16 : 0;
  return FRAME_PX + header + textLines(extraChars) * 16 + figures + also;
}

/**
 * How many of the summary's lines to show: all that fit the budget, at least one. `nameChars` gives the length of
 * a source's short name; `extraChars` the coverage line and the page's figure line.
 */
export function linesThatFit(card: Card, nameChars: (source: string) => number, extraChars: number, budget = FIT_BUDGET_PX): number {
  let height = frameHeight(card, extraChars);
  let shown = 0;
  for (const line of card.summary.lines) {
    height += lineHeight(line, nameChars(line.source));
    if (height > budget && shown > 0) break;
    shown++;
  }
  return shown;
}
