import { describe, expect, it } from 'vitest';
import { editDistance, MAX_LOOKUPS_PER_TEXT } from '../../lib/match/fuzzy';
import { findMentions } from '../../lib/match/matcher';
import { catalogMatcher, marks } from './helpers';

const exact = catalogMatcher();
const fuzzy = catalogMatcher(undefined, { fuzzy: true });

/** Lookups the fuzzy matcher's rescue makes while `run` runs. */
function lookupsDuring(run: () => void): number {
  const before = fuzzy.fuzzy!.lookups;
  run();
  return fuzzy.fuzzy!.lookups - before;
}

describe('fuzzy rescue of near-miss names', () => {
  it('is off unless asked for', () => {
    expect(marks(exact, 'Zelenskyi flew to Vladikavkas.')).toEqual([]);
  });

  it('rescues typos of single-word names and says so', () => {
    const text = 'Zelenskyi flew to Vladikavkas, then Aliyew replied.';
    expect(findMentions(fuzzy, text).map((m) => [m.entity, text.slice(m.start, m.end), m.fuzzy])).toEqual([
      ['zelensky', 'Zelenskyi', true],
      ['vladikavkaz', 'Vladikavkas', true],
      ['aliyev', 'Aliyew', true],
    ]);
  });

  it('leaves exact mentions exact', () => {
    expect(findMentions(fuzzy, 'Putin met Aliyev.').every((m) => m.fuzzy === undefined)).toBe(true);
  });

  it.each([
    'Rasputin in Bakuriani.', // a name inside a longer word
    'Routers failed across Europe.', // one letter from Reuters, but not in its first two letters
    'Baden and Alien are short words.', // near Biden and Aliev, too short to risk
    'zelenskyi in lower case is not taken for a name',
    'Kremlinology is a field.', // too far from Kremlin
  ])('does not rescue: %s', (text) => {
    expect(findMentions(fuzzy, text).filter((m) => m.fuzzy)).toEqual([]);
  });

  it('looks up only capitalised, unmatched tokens, and at most a bounded number per text', () => {
    expect(lookupsDuring(() => findMentions(fuzzy, 'the quick brown foxes jumped over lazy dogs while Putin and Aliyev talked in Baku.'))).toBe(0);
    expect(lookupsDuring(() => findMentions(fuzzy, 'Mozdokx flew over Qnamex.'))).toBe(2);

    // Names of letters only (a token with a digit is no name to rescue): i written in base 26 as a-z.
    const letters = (i: number): string => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    const names = Array.from({ length: MAX_LOOKUPS_PER_TEXT * 3 }, (_, i) => `Qname${letters(i)}x`);
    expect(lookupsDuring(() => findMentions(fuzzy, names.join(' ')))).toBe(MAX_LOOKUPS_PER_TEXT);
  });

  it('remembers verdicts, so a repeated token is looked up once', () => {
    expect(
      lookupsDuring(() => {
        findMentions(fuzzy, 'Mozdokk, Mozdokk and Mozdokk.');
        findMentions(fuzzy, 'and again Mozdokk.');
      }),
    ).toBe(1);
  });
});

describe('editDistance', () => {
  it.each([
    ['zelensky', 'zelenskyi', 1],
    ['vladikavkaz', 'vladikavkas', 1],
    ['aliyev', 'ailyev', 1], // adjacent swap
    ['putin', 'rasputin', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
