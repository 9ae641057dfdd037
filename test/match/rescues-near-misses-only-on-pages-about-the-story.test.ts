import { describe, expect, it } from 'vitest';
import { pageMatcher } from '../../lib/match/matcher';
import { catalogMatcher } from './helpers';

const fuzzy = catalogMatcher(undefined, { fuzzy: true });
const seen = (found: { entity: string; fuzzy?: boolean }[]) => found.map((m) => [m.entity, m.fuzzy === true]);

describe('a page matcher', () => {
  it('rescues no near-miss on a page that has named nothing exactly', () => {
    const match = pageMatcher(fuzzy);
    expect(match('Zelenskyi flew to Vladikavkas.')).toEqual([]);
    expect(match('The weather turned in the afternoon.')).toEqual([]);
  });

  it('rescues near-misses from the first exact mention on, in that text too', () => {
    const match = pageMatcher(fuzzy);
    expect(match('Vladikavkas airport stayed closed.')).toEqual([]);
    expect(seen(match('Putin called Zelenskyi on Friday.'))).toEqual([
      ['putin', false],
      ['zelensky', true],
    ]);
    expect(seen(match('Vladikavkas airport stayed closed.'))).toEqual([['vladikavkaz', true]]);
  });

  it('never rescues with a matcher compiled without the rescue', () => {
    const match = pageMatcher(catalogMatcher());
    match('Putin spoke.');
    expect(match('Zelenskyi replied.')).toEqual([]);
  });
});
