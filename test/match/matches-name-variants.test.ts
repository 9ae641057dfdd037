import { describe, expect, it } from 'vitest';
import { catalogMatcher, marks } from './helpers';

const matcher = catalogMatcher();

describe('names are found in the forms outlets write', () => {
  it.each([
    // Flight codes: hyphen, space, nothing, and every dash kind.
    ['The jet flew as J2-8243 that morning.', ['flight', 'J2-8243']],
    ['The jet flew as J2 8243 that morning.', ['flight', 'J2 8243']],
    ['The jet flew as J28243 that morning.', ['flight', 'J28243']],
    ['The jet flew as J2\u20118243 that morning.', ['flight', 'J2\u20118243']], // non-breaking hyphen
    ['The jet flew as J2\u20138243 that morning.', ['flight', 'J2\u20138243']], // en dash
    ['The jet flew as j2-8243 that morning.', ['flight', 'j2-8243']],
    ['Investigators studied Flight 8243 for months.', ['flight', 'Flight 8243']],
    ['Investigators studied AZAL 8243 for months.', ['flight', 'AZAL 8243']],
    ['It recalled the MH 17 downing.', ['mh17', 'MH 17']],
    ['It recalled the MH17 downing.', ['mh17', 'MH17']],
    ['It recalled the MH-17 downing.', ['mh17', 'MH-17']],
    ['An EMBRAER 190 jet', ['aircraft', 'EMBRAER 190']],
    ['An Embraer-190 jet', ['aircraft', 'Embraer-190']],
    // Diacritics and transliterations.
    ['İlham Aliyev spoke first.', ['aliyev', 'İlham Aliyev']],
    ['President Alíyev spoke first.', ['aliyev', 'Alíyev']],
    ['President Aliev spoke first.', ['aliyev', 'Aliev']],
    ['President Ilham Heydar oglu Aliyev spoke first.', ['aliyev', 'Ilham Heydar oglu Aliyev']],
    ['Volodymyr Zelenskyy wrote on X.', ['zelensky', 'Volodymyr Zelenskyy']],
    ['Volodymyr Zelenskiy wrote on X.', ['zelensky', 'Volodymyr Zelenskiy']],
    ['Zelenski wrote on X.', ['zelensky', 'Zelenski']],
    ['The plane was bound for Groznyy.', ['grozny', 'Groznyy']],
    // Case and whitespace.
    ['the KREMLIN declined to comment', ['kremlin', 'KREMLIN']],
    ['near\u00a0the Caspian\u00a0Sea coast', ['caspian', 'Caspian\u00a0Sea']],
    ['near the Caspian \n Sea coast', ['caspian', 'Caspian \n Sea']],
    // Quotes and apostrophes.
    ['Putin called it a \u201Ctragic incident\u201D on Saturday.', ['apology', 'tragic incident']],
    ['an Azerbaijani airline\u2019s crashed plane', ['flight', 'Azerbaijani airline\u2019s crashed plane']],
  ])('%s', (text, expected) => {
    expect(marks(matcher, text)).toContainEqual(expected);
  });

  it('marks a possessive on the name only, without the "\'s"', () => {
    expect(marks(matcher, "Putin's call and the Kremlin\u2019s line, then Baku's reply")).toEqual([
      ['putin', 'Putin'],
      ['kremlin', 'Kremlin'],
      ['baku', 'Baku'],
    ]);
  });

  it('finds both spellings of a spelling family, hyphenated forms and plurals', () => {
    const text = 'Air defences fired, an air-defense unit too, and air defense systems; Putin apologised, then apologized.';
    expect(marks(matcher, text)).toEqual([
      ['air_defense', 'Air defences'],
      ['air_defense', 'air-defense unit'],
      ['air_defense', 'air defense systems'],
      ['putin', 'Putin'],
      ['apology', 'apologised'],
      ['apology', 'apologized'],
    ]);
  });

  it('takes a flight phrase with the airline or nationality in front as one mention', () => {
    expect(marks(matcher, 'An AZAL aircraft, an Azeri plane and an Azerbaijan Airlines (AZAL) passenger jet.')).toEqual([
      ['flight', 'AZAL aircraft'],
      ['flight', 'Azeri plane'],
      ['flight', 'Azerbaijan Airlines (AZAL) passenger jet'],
    ]);
  });

  it('keeps a Cyrillic or Greek word whole, so names inside it are not split out', () => {
    expect(marks(matcher, 'Putin said Путин спросил')).toEqual([['putin', 'Putin']]);
  });
});
