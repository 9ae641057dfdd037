/**
 * Articles written for the tests (our own words) that make hard cards: an entity with a hundred claims, a source
 * that names an entity only in its headline, a second count where one source alone gave one (the bundled
 * on-board figure is one source's). Used by unit tests and by `npm run measure:cards`.
 */
import type { ArticleInput } from '../../lib/facts/types';

/** A hundred sentences that each name Aktau, as a long live blog might. */
export function hundredClaimsOnAktau(): ArticleInput {
  const sentences = Array.from({ length: 100 }, (_, i) =>
    i % 2 === 0
      ? `Update ${i + 1}: rescue crews working near Aktau said the search of the shoreline went on through the evening.`
      : `Update ${i + 1}: officials in Aktau told reporters that families were gathering at the regional hospital.`,
  );
  return { id: 'zz_live_blog', text: `Live: the search near the coast\n\n${sentences.join('\n\n')}` };
}

/** A report whose only words about Baku are in its headline. */
export function headlineOnlyOnBaku(): ArticleInput {
  return {
    id: 'zz_headline_only',
    text:
      'Investigators in Baku study the flight recorders\n\n' +
      'The recorders were handed over on Friday after a short ceremony. Specialists expect to read the data within a week.',
  };
}

/** A report giving another number of people on board than the bundled one that alone gives a number. */
export function anotherCountOnBoard(): ArticleInput {
  return {
    id: 'zz_on_board',
    text:
      'Passenger list published\n\nThe airline said 69 people on board were listed on the manifest of Flight J2-8243. ' +
      'Relatives were asked to contact its hotline.',
  };
}
