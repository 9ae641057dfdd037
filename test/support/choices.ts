/**
 * What a reader chose or added, as fixtures: an article they added (text written for these tests, in our own
 * words) and the other kinds of choice, written straight into the choices database.
 */
import type { AddedSourceRow, ChoicesDb, DetailsRow } from '../../lib/store/choices-db';

export const ADDED: AddedSourceRow = {
  id: 'added-regional-desk',
  text: [
    'Recorders from the crashed jet reach investigators',
    '',
    'Investigators in Kazakhstan said on Thursday that both flight recorders from the Azerbaijan Airlines jet that ' +
      'came down near Aktau had been recovered and would be read abroad.',
    '',
    'The Embraer 190 had been flying from Baku to Grozny when it turned back across the Caspian Sea, officials said.',
    '',
    'Relatives of the passengers gathered in Baku as the airline suspended several routes to Russia.',
  ].join('\n'),
  origin: 'https://regional-desk.example/recorders-recovered',
  url: null,
  title: 'Recorders from the crashed jet reach investigators',
  publisher: 'Regional Desk',
  published: '2024-12-27',
  addedAt: '2025-01-03T10:00:00.000Z',
};

/** Everything of the reader's the choices database holds, read back in a stable order for comparison. */
export async function everyChoice(choices: ChoicesDb) {
  const [trust, details, added, hidden, stories] = await Promise.all([
    choices.trust.orderBy('source').toArray(),
    choices.details.orderBy('source').toArray(),
    choices.added.orderBy('id').toArray(),
    choices.hidden.orderBy('source').toArray(),
    choices.stories.orderBy('source').toArray(),
  ]);
  return { trust, details, added, hidden, stories };
}

export function detailsFor(source: string): DetailsRow {
  return {
    source,
    publisher: 'The Evening Ledger',
    url: 'https://ledger.example/crash-report',
    published: '2024-12-26',
    changedAt: '2025-01-04T09:00:00.000Z',
  };
}
