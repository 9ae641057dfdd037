import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/match/matcher';
import { readNumber } from '../../lib/match/numbers';
import { catalogMatcher } from './helpers';

const any = catalogMatcher();
const known = catalogMatcher({ death_toll: [38], survivors: [28, 29], on_board: [67] });

const figures = (text: string, matcher = any): [string, string, number | undefined][] =>
  findMentions(matcher, text)
    .filter((m) => ['death_toll', 'survivors', 'on_board'].includes(m.entity))
    .map((m) => [m.entity, text.slice(m.start, m.end), m.number]);

describe('figure phrases capture their number', () => {
  it.each([
    ['In all, 38 people died that day.', 'death_toll', '38 people died', 38],
    ['Thirty-eight people died that day.', 'death_toll', 'Thirty-eight people died', 38],
    ['Thirty eight passengers died that day.', 'death_toll', 'Thirty eight passengers died', 38],
    ['The crash claimed 38 lives.', 'death_toll', 'claimed 38 lives', 38],
    ['It went down, killing at least 38.', 'death_toll', 'killing at least 38', 38],
    ['It went down, killing 38 of the 67 people on board.', 'death_toll', 'killing 38 of the 67 people on board', 38],
    ['There were 38 fatalities.', 'death_toll', '38 fatalities', 38],
    ['There were 38 fatalities among the 67 passengers.', 'death_toll', '38 fatalities among the 67 passengers', 38],
    ['At least 38 people were killed.', 'death_toll', 'At least 38 people were killed', 38],
    ['Of those aboard, 38 died.', 'death_toll', '38 died', 38],
    ['At least 38 of them were killed.', 'death_toll', 'At least 38 of them were killed', 38],
    ['In total 38 people lost their lives.', 'death_toll', '38 people lost their lives', 38],
    ['The death toll rose to 38 by evening.', 'death_toll', 'death toll rose to 38', 38],
    ['Officials said 28 passengers survived.', 'survivors', '28 passengers survived', 28],
    ['There were 29 survivors.', 'survivors', '29 survivors', 29],
    ['Twenty-nine survived the crash.', 'survivors', 'Twenty-nine survived', 29],
    ['The jet had 67 people on board.', 'on_board', '67 people on board', 67],
    ['The jet was carrying sixty-seven passengers.', 'on_board', 'carrying sixty-seven passengers', 67],
    ['The Boeing had one hundred and seventy-six people aboard.', 'on_board', 'one hundred and seventy-six people aboard', 176],
    ['It carried 1,024 passengers in a year.', 'on_board', '1,024 passengers', 1024],
  ])('%s', (text, entity, span, value) => {
    expect(figures(text)).toEqual([[entity, span, value]]);
  });

  it('ignores numbers that are not whole words', () => {
    expect(figures('The 38th anniversary; 3.38 people died; 38km away 38-year-olds survived.')).toEqual([]);
  });

  it('with a list of known numbers, matches only those numbers', () => {
    const text = 'Iran admitted the downing, which killed 176 people on board; here 38 people died and 29 survived.';
    expect(figures(text, known)).toEqual([
      ['death_toll', '38 people died', 38],
      ['survivors', '29 survived', 29],
    ]);
    // Without the list every number is a candidate figure: the pipeline discovers figures this way.
    expect(figures(text)).toEqual([
      ['death_toll', 'killed 176 people on board', 176],
      ['death_toll', '38 people died', 38],
      ['survivors', '29 survived', 29],
    ]);
  });

  it('takes a count a few off a known one as the same measure revised, but not another crash\'s toll', () => {
    const onlyFromTheSources = catalogMatcher({ death_toll: [38], survivors: [28], on_board: [67] });
    const text = 'Of those on board, 29 survived and 39 people were killed; in 2020 the missile killed 176 people.';
    expect(figures(text, onlyFromTheSources)).toEqual([
      ['survivors', '29 survived', 29],
      ['death_toll', '39 people were killed', 39],
    ]);
    expect(figures('Officials said 12 people died and 45 survived.', onlyFromTheSources)).toEqual([]);
  });

  it('lets a filtered-out number fall back to no figure rather than a wrong one', () => {
    expect(figures('The Boeing had 176 passengers and crew.', known)).toEqual([]);
  });
});

describe('readNumber', () => {
  it.each([
    ['38 people', 38, 2],
    ['thirty-eight people', 38, 12],
    ['thirty eight people', 38, 12],
    ['thirty people', 30, 6],
    ['twelve', 12, 6],
    ['one hundred seventy-six', 176, 23],
    ['two hundred and ten', 210, 19],
    ['1,000 people', 1000, 5],
  ])('%s', (text, value, end) => {
    expect(readNumber(text, 0)).toEqual({ value, end });
  });

  it.each(['someone', 'often', '38th', 'tent'])('%s is not a number', (text) => {
    expect(readNumber(text, 0)).toBeNull();
  });
});
