/**
 * The sources as the reader sees and chooses them: the list with trust and details, one source's text for the
 * reader page (and opening it there), and the choices that change them (trust, details), told to every tab.
 */
import type { SourceDocument, SourceSummary } from '../messages';
import { readerPath } from '../reader-url';
import type { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { writeDetails, type DetailsChange } from '../store/details';
import { writeTrust } from '../store/trust';
import type { FactBaseKeeper } from './fact-base-keeper';
import type { SourceReads } from './source-summaries';
import {
  MAX_CLAIM_INDEX,
  expectBoolean,
  expectId,
  expectNoPayload,
  expectObject,
  optionalDate,
  optionalInteger,
  optionalText,
  optionalUrl,
} from './validate';

export interface ChoiceHandlerDeps extends SourceReads {
  keeper: FactBaseKeeper;
  store: () => SourcelightDb;
  choices: () => ChoicesDb;
  /** Tells open cards, popups and search that what they show changed. */
  announce: () => Promise<void>;
  /** Opens an extension page in a new tab; without it `openReader` fails. */
  openTab?: ((path: string) => void | Promise<void>) | undefined;
}

export function choiceHandlers(deps: ChoiceHandlerDeps) {
  const { keeper, store, choices, summaries, sourceOrFail, announce } = deps;

  /** A reader's choice about one source: saved, told to every tab, and the source answered as the popup now lists it. */
  async function chooseForSource(id: string, save: () => Promise<unknown>): Promise<SourceSummary> {
    await keeper.ready();
    const source = await sourceOrFail(id);
    await save();
    await announce();
    return (await summaries([source]))[0]!;
  }

  return {
    async getSources(data: unknown): Promise<SourceSummary[]> {
      expectNoPayload('getSources', data);
      await keeper.ready();
      return summaries(await store().sources.toArray());
    },

    async setTrust(data: unknown): Promise<SourceSummary> {
      const payload = expectObject('setTrust', data, ['source', 'trusted']);
      const id = expectId('setTrust', payload, 'source');
      const trusted = expectBoolean('setTrust', payload, 'trusted');
      return chooseForSource(id, () => writeTrust(choices(), id, trusted));
    },

    async setSourceDetails(data: unknown): Promise<SourceSummary> {
      const type = 'setSourceDetails';
      const payload = expectObject(type, data, ['source', 'publisher', 'url', 'published', 'title']);
      const id = expectId(type, payload, 'source');
      const change: DetailsChange = {
        publisher: optionalText(type, payload, 'publisher'),
        url: optionalUrl(type, payload, 'url'),
        published: optionalDate(type, payload, 'published'),
        title: optionalText(type, payload, 'title'),
      };
      return chooseForSource(id, () => writeDetails(choices(), id, change));
    },

    async getSource(data: unknown): Promise<SourceDocument> {
      const id = expectId('getSource', expectObject('getSource', data, ['id']), 'id');
      await keeper.ready();
      const source = await sourceOrFail(id);
      const [claims, [withTrust]] = await Promise.all([
        store().claims.where('source').equals(id).sortBy('index'),
        summaries([source]),
      ]);
      return {
        source: { ...withTrust!, text: source.text },
        claims: claims.map((c) => ({ id: c.id, index: c.index, start: c.start, end: c.end, text: c.text, entities: c.entities })),
      };
    },

    async openReader(data: unknown): Promise<void> {
      const payload = expectObject('openReader', data, ['source', 'claim']);
      const id = expectId('openReader', payload, 'source');
      const claim = optionalInteger('openReader', payload, 'claim', 0, MAX_CLAIM_INDEX);
      await keeper.ready();
      // Only sources the fact base holds: a page cannot make the background open arbitrary addresses.
      await sourceOrFail(id);
      if (!deps.openTab) throw new Error('This background cannot open tabs.');
      await deps.openTab(readerPath(id, claim));
    },
  };
}
