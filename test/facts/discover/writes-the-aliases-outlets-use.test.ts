import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../lib/facts/clean';
import { flightPhrases, organisationAliases, surnameOf } from '../../../lib/facts/discover/aliases';
import { codeVariants, findFlightCodes } from '../../../lib/facts/discover/codes';
import { MEASURES } from '../../../lib/facts/discover/measures';
import { otherNumber } from '../../../lib/facts/discover/terms';
import { tokenize } from '../../../lib/facts/discover/tokens';
import { parsePhrase } from '../../../lib/match/phrases';

const codes = (text: string) =>
  findFlightCodes(tokenize(cleanArticle(text))).map((c) => `${c.designator ?? ''}|${c.number}|${c.flightWord >= 0 ? 'after flight' : 'alone'}`);

describe('flight codes', () => {
  it('reads a designator and number joined, spaced, hyphenated, or a bare number after "flight"', () => {
    expect(codes('Flight 4N781 left. Then flight 4N 781, then 4N-781, then Flight 781 again.')).toEqual([
      '4N|781|after flight',
      '4N|781|after flight',
      '4N|781|alone',
      '|781|after flight',
    ]);
  });

  it('takes no code from "F1", "G7 summit", "A4 paper" or a year after a name', () => {
    expect(codes('The F1 race, the G7 summit in 2019 and A4 paper.')).toEqual([]);
  });

  it('writes every variant, and "Flight NNN" only for three digits or more', () => {
    expect(codeVariants('4N', '781')).toEqual(['4N781', '4N 781', '4N-781', 'Flight 781', 'Flight 4N781', 'Flight 4N 781']);
    expect(codeVariants('QX', '17')).toEqual(['QX17', 'QX 17', 'QX-17', 'Flight QX17', 'Flight QX 17']);
    expect(codeVariants(null, '17')).toEqual([]);
  });

  it('names the flight by its operator with a craft noun, escaping what the phrase language reads', () => {
    const phrases = flightPhrases('4N', '781', 'Sky (North) Air');
    for (const p of phrases) expect(() => parsePhrase(p)).not.toThrow();
    expect(parsePhrase(phrases[0]!).forms).toContain('Sky (North) Air passenger jet');
  });
});

describe('names', () => {
  it('takes the surname first for a hyphenated given name after it, last otherwise', () => {
    expect(surnameOf(['Park', 'Min-jun'])).toBe('Park');
    expect(surnameOf(['Ana', 'Ruiz'])).toBe('Ruiz');
    expect(surnameOf(['Jean', 'Paul', 'Sartre'])).toBe('Sartre');
    expect(surnameOf(['Madonna'])).toBeNull();
  });

  it('shortens an international airport and names a ministry by each portfolio', () => {
    expect(organisationAliases('Eastmere International Airport')).toEqual(['Eastmere Airport']);
    expect(organisationAliases('Ministry of Water, Forests and Fisheries')).toEqual([
      'Water ministry',
      'Forests ministry',
      'Fisheries ministry',
      'Ministry of Water Forests and Fisheries',
    ]);
    expect(organisationAliases('Department of Roads and Bridges')).toEqual(['Roads department', 'Bridges department']);
    expect(organisationAliases('Harbour Safety Board')).toEqual([]);
  });

  it('writes a term in both numbers', () => {
    expect(['strike', 'strikes', 'box', 'boxes', 'body', 'bodies', 'gear'].map(otherNumber)).toEqual([
      'strikes',
      'strike',
      'boxes',
      'box',
      'bodies',
      'body',
      'gears',
    ]);
  });
});

describe('measures', () => {
  it('writes every generic figure phrase in the phrase language, within its form limit', () => {
    for (const m of MEASURES) for (const p of m.phrases) expect(() => parsePhrase(p), p).not.toThrow();
    expect(MEASURES.map((m) => m.measure)).toEqual(['killed', 'injured', 'missing', 'survivors', 'on_board']);
  });
});
