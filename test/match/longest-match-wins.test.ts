import { describe, expect, it } from 'vitest';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import type { CatalogEntity } from '../../lib/facts/types';
import { catalogMatcher } from './helpers';

const matcher = catalogMatcher();

describe('the longest match wins and nested names go into also', () => {
  it('makes "Azerbaijan Airlines flight" one flight mention with the airline in also', () => {
    const text = 'The Azerbaijan Airlines flight was diverted.';
    expect(findMentions(matcher, text)).toEqual([{ entity: 'flight', start: 4, end: 30, also: ['airline'] }]);
  });

  it('tells the Kremlin attribution from the bare Kremlin', () => {
    const text =
      'The Kremlin on Friday declined to comment. Later the Kremlin said in a statement that Putin called. ' +
      'The Kremlin press office said in a published statement that talks went on, according to a Kremlin transcript.';
    const found = findMentions(matcher, text).map((m) => [m.entity, text.slice(m.start, m.end), m.also]);
    expect(found).toEqual([
      ['kremlin', 'Kremlin', undefined],
      ['kremlin_statement', 'the Kremlin said in a statement', ['kremlin']],
      ['putin', 'Putin', undefined],
      ['kremlin_statement', 'The Kremlin press office said in a published statement', ['kremlin']],
      ['kremlin_statement', 'according to a Kremlin transcript', ['kremlin']],
    ]);
  });

  it('never returns overlapping mentions, and returns them sorted', () => {
    const text =
      'Azerbaijan Airlines Flight J2-8243, an Embraer 190, was hit by Russian Pantsir-S air defence missiles near ' +
      'Grozny, Chechnya; Ukrainian drone attacks on Grozny and Mozdok were under way, killing 38 of the 67 people.';
    const found = findMentions(matcher, text);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Azerbaijan Airlines Flight J2-8243',
      'Embraer 190',
      'Russian Pantsir-S',
      'air defence missiles',
      'Grozny',
      'Chechnya',
      'Ukrainian drone attacks',
      'Grozny',
      'Mozdok',
      'killing 38 of the 67 people',
    ]);
  });

  it('prefers a longer span even when a shorter one starts earlier', () => {
    // "ab" starts first but "b c d" is longer and overlaps it: the longer one is kept.
    const entities: CatalogEntity[] = [
      { id: 'short', name: 'S', kind: 'event', description: 'short test entity', aliases: ['alpha beta'] },
      { id: 'long', name: 'L', kind: 'event', description: 'long test entity', aliases: ['beta gamma delta'] },
    ];
    const m = compileMatcher(lexiconFromCatalog(entities));
    const text = 'alpha beta gamma delta';
    expect(findMentions(m, text).map((x) => [x.entity, text.slice(x.start, x.end)])).toEqual([
      ['long', 'beta gamma delta'],
    ]);
  });
});
