import { describe, expect, it } from 'vitest';
import { catalogMatcher, marks } from './helpers';

const matcher = catalogMatcher();

describe('names are found in the forms outlets write', () => {
  it.each([
    ['Flight J2-8243 left Baku.', ['flight', 'J2-8243']],
    ['Flight J2 8243 left Baku.', ['flight', 'J2 8243']],
    ['Flight J28243 left Baku.', ['flight', 'J28243']],
    ['Flight J2‑8243 left Baku.', ['flight', 'J2‑8243']], // non-breaking hyphen
    ['Flight J2–8243 left Baku.', ['flight', 'J2–8243']], // en dash
    ['the MH 17 downing', ['mh17', 'MH 17']],
    ['the MH17 downing', ['mh17', 'MH17']],
    ['an EMBRAER 190 jet', ['aircraft', 'EMBRAER 190']],
    ['İlham Aliyev spoke', ['aliyev', 'İlham Aliyev']],
    ['President Alíyev spoke', ['aliyev', 'Alíyev']],
    ['President Aliev spoke', ['aliyev', 'Aliev']],
    ['Volodymyr Zelenskyy wrote', ['zelensky', 'Volodymyr Zelenskyy']],
    ['Zelenskiy wrote', ['zelensky', 'Zelenskiy']],
    ['the KREMLIN declined', ['kremlin', 'KREMLIN']],
    ['near\u00a0the Caspian\u00a0Sea coast', ['caspian', 'Caspian\u00a0Sea']],
  ])('%s', (text, expected) => {
    expect(marks(matcher, text)).toContainEqual(expected);
  });

  it('marks a possessive on the name only, without the "\'s"', () => {
    expect(marks(matcher, "Putin's call and the Kremlin’s line")).toEqual([
      ['putin', 'Putin'],
      ['kremlin', 'Kremlin'],
    ]);
  });

  it('finds both spellings of a spelling family and plurals', () => {
    const text = 'Russian air defences, an air-defense unit, air defense systems; Putin apologised, then apologized.';
    expect(marks(matcher, text)).toEqual([
      ['air_defense', 'air defences'],
      ['air_defense', 'air-defense'],
      ['air_defense', 'air defense systems'],
      ['putin', 'Putin'],
      ['apology', 'apologised'],
      ['apology', 'apologized'],
    ]);
  });
});
