import Fuse from 'fuse.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editDistance, MAX_LOOKUPS_PER_TEXT } from '../../lib/match/fuzzy';
import { findMentions } from '../../lib/match/matcher';
import { catalogMatcher, marks } from './helpers';

const exact = catalogMatcher();
const fuzzy = catalogMatcher(undefined, { fuzzy: true });

afterEach(() => {
  vi.restoreAllMocks();
});

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
    const search = vi.spyOn(Fuse.prototype, 'search');
    findMentions(fuzzy, 'the quick brown foxes jumped over lazy dogs while Putin and Aliyev talked in Baku.');
    expect(search).not.toHaveBeenCalled();

    const names = Array.from({ length: MAX_LOOKUPS_PER_TEXT * 3 }, (_, i) => `Qname${i.toString(36)}x`);
    findMentions(fuzzy, names.join(' '));
    expect(search.mock.calls.length).toBeLessThanOrEqual(MAX_LOOKUPS_PER_TEXT);
  });

  it('remembers verdicts, so a repeated token is looked up once', () => {
    const search = vi.spyOn(Fuse.prototype, 'search');
    findMentions(fuzzy, 'Mozdokk, Mozdokk and Mozdokk.');
    findMentions(fuzzy, 'Again Mozdokk.');
    expect(search.mock.calls.filter(([q]) => q === 'mozdokk')).toHaveLength(1);
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
