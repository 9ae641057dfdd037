/**
 * What the background answers, as plain functions of the database: one per message of the protocol, each
 * taking the raw payload (`unknown`: it comes from another context) and checking it before anything else.
 * Every answer is read from the store on demand, so a service worker woken from scratch answers like one that
 * never stopped.
 */
import { buildCard, type Card } from '../cards/card';
import type { Source } from '../facts/types';
import type { Lexicon } from '../match/lexicon';
import { lexiconOf } from '../match/lexicon-of';
import { compileTrie } from '../match/matcher';
import { packTrie, type PackedTrie } from '../match/packed-trie';
import type { MessageType, ProtocolMap, SourceDocument, SourceSummary } from '../messages';
import { readerPath } from '../reader-url';
import { createSearch, type Search, type SearchResults } from '../search';
import type { ChoicesDb, DetailsRow, TrustRow } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { readDetails, withDetails, writeDetails, type DetailsChange } from '../store/details';
import { readAll, readCardData, readMeta, sourceRef } from '../store/read';
import type { OnStep } from '../store/steps';
import { readTrust, writeTrust } from '../store/trust';
import { createKeeper, type Bundle, type Keeper } from './keeper';
import { prefilterToPublish, type PrefilterOutlet } from './added-prefilter';
import { sourceHandlers } from './source-handlers';
import { transferHandlers } from './transfer-handlers';
import { createHealth } from './status';
import {
  MAX_CLAIM_INDEX,
  MAX_LIMIT,
  MAX_QUERY_LENGTH,
  expectBoolean,
  expectId,
  expectIdList,
  expectNoPayload,
  expectObject,
  expectString,
  optionalBoolean,
  optionalDate,
  optionalInteger,
  optionalText,
  optionalUrl,
} from './validate';

/** Where a message came from, as the browser says: a page's tab and frame, or none for extension pages. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (data: unknown, sender?: Sender) => Promise<ReturnType<ProtocolMap[K]>>;
};

export interface HandlerDeps {
  /** Makes a fact-base database instance: once at start, and again after a reset deleted the database. */
  openDb: () => SourcelightDb;
  /** Makes the database of the reader's choices, once; without it, one on the fact base's IndexedDB (keeper.ts). */
  openChoices?: () => ChoicesDb;
  /** The bundled articles and catalog, read only when a build needs them. */
  bundle: () => Bundle;
  /**
   * Called after trust or a source's details changed, so other contexts can be told (the background writes a
   * storage item that open cards and popups watch).
   */
  onTrustChanged?: () => void | Promise<void>;
  /** Opens an extension page (a path such as `/reader.html?…`) in a new tab; without it `openReader` fails. */
  openTab?: (path: string) => void | Promise<void>;
  /** Runs the page session script in one frame of a tab; without it `loadSession` fails. */
  loadSession?: (tabId: number, frameId: number) => void | Promise<void>;
  openTimeoutMs?: number;
  /** Where tests stop a build, reset or upgrade half-way (lib/store/steps.ts). */
  onStep?: OnStep;
  /**
   * Where the pages' prefilter is published when the reader's sources change the lexicon (added-prefilter.ts),
   * with the bundled lexicon's version it is compared with. Without it, pages keep the bundled prefilter.
   */
  prefilter?: { outlet: PrefilterOutlet; bundledLexicon: string };
}

export interface Background {
  handlers: Handlers;
  keeper: Keeper;
}

export function createHandlers(deps: HandlerDeps): Background {
  const keeper = createKeeper({
    openDb: deps.openDb,
    openChoices: deps.openChoices,
    bundle: deps.bundle,
    openTimeoutMs: deps.openTimeoutMs,
    onStep: deps.onStep,
    onStored: (version) => publishPrefilter(version),
  });

  /** After every build: the pages' prefilter for this fact base, published once per version. */
  async function publishPrefilter(version: string): Promise<void> {
    const { outlet, bundledLexicon } = deps.prefilter ?? {};
    if (!outlet || bundledLexicon === undefined || (await outlet.publishedFor()) === version) return;
    const lexicon = lexiconOf(await readAll(keeper.db));
    await outlet.publish(prefilterToPublish(lexicon, bundledLexicon, version), version);
  }
  /** Asked per use, never kept: a reset swaps the instance. */
  const store = () => keeper.db;
  const choices = () => keeper.choices;
  // Derived from the store and rebuilt when the fact base, trust or details change; losing it costs one rebuild.
  let searchCache: { key: string; search: Search } | null = null;
  // The trie the page sessions need, derived from the lexicon: once per lexicon, not per page.
  let compiled: { version: string; trie: PackedTrie } | null = null;
  const health = createHealth(keeper);
  const noteMalformed = health.noteMalformed;

  async function currentLexicon(): Promise<Lexicon> {
    await keeper.ready();
    const all = await readAll(store());
    noteMalformed(all.malformed);
    return lexiconOf(all);
  }

  function trieFor(lexicon: Lexicon): PackedTrie {
    if (compiled?.version !== lexicon.version) {
      compiled = { version: lexicon.version, trie: packTrie(compileTrie(lexicon), lexicon.version) };
    }
    return compiled.trie;
  }

  /** Every source as served: the reader's details over the text's, with trust and its story. */
  async function summaries(sources: Source[]): Promise<SourceSummary[]> {
    const [trust, details, stories, moved, added] = await Promise.all([
      choices().trust.toArray(),
      readDetails(choices()),
      store().stories.toArray(),
      choices().stories.toCollection().primaryKeys(),
      choices().added.toCollection().primaryKeys(),
    ]);
    const rows = new Map(trust.map((r) => [r.source, r]));
    const storyOf = new Map(stories.flatMap((story) => story.sources.map((id) => [id, story] as const)));
    const movedIds = new Set<string>(moved as string[]);
    const addedIds = new Set<string>(added as string[]);
    return sources.map((s) => {
      const story = storyOf.get(s.id);
      return summary(s, rows.get(s.id), details.get(s.id), {
        story: story ? { id: story.id, name: story.name, moved: movedIds.has(s.id) } : null,
        added: addedIds.has(s.id),
      });
    });
  }

  async function sourceOrFail(id: string): Promise<Source> {
    const source = await store().sources.get(id);
    if (!source) throw new Error(`There is no source "${id}" in the fact base.`);
    return source;
  }

  async function announce(): Promise<void> {
    searchCache = null;
    await deps.onTrustChanged?.();
  }

  /** A reader's choice about one source: saved, told to every tab, and the source answered as the popup now lists it. */
  async function chooseForSource(id: string, save: () => Promise<unknown>): Promise<SourceSummary> {
    await keeper.ready();
    const source = await sourceOrFail(id);
    await save();
    await announce();
    return (await summaries([source]))[0]!;
  }

  const handlers: Handlers = {
    async getStatus(data) {
      expectNoPayload('getStatus', data);
      const answer = await health.status();
      // Asking is a reason to build: a worker stopped mid-build resumes here rather than waiting for an event.
      if (answer.state === 'building') void keeper.wake().catch(() => undefined);
      return answer;
    },

    async loadSession(data, sender) {
      expectNoPayload('loadSession', data);
      const tabId = sender?.tab?.id;
      // Only a page's own content script asks, for its own frame; extension pages have no tab to load into.
      if (tabId === undefined || sender?.frameId === undefined) throw new Error('loadSession is for content scripts.');
      if (!deps.loadSession) throw new Error('This background cannot load page sessions.');
      const [lexicon] = await Promise.all([currentLexicon(), deps.loadSession(tabId, sender.frameId)]);
      return { lexicon, trie: trieFor(lexicon) };
    },

    async getCards(data) {
      const ids = [...new Set(expectIdList('getCards', expectObject('getCards', data, ['entities']), 'entities'))];
      if (ids.length === 0) return [];
      await keeper.ready();
      const [details, trust] = await Promise.all([readDetails(choices()), readTrust(choices())]);
      const cardData = await readCardData(store(), ids, details);
      noteMalformed(cardData.malformed);
      return ids.map((id) => buildCard(id, cardData, trust)).filter((c): c is Card => c !== null);
    },

    async search(data) {
      const payload = expectObject('search', data, ['query', 'limit']);
      const query = expectString('search', payload, 'query', MAX_QUERY_LENGTH);
      const limit = optionalInteger('search', payload, 'limit', 1, MAX_LIMIT);
      await keeper.ready();
      const db = store();
      const [{ factBase }, trust, details] = await Promise.all([readMeta(db), readTrust(choices()), readDetails(choices())]);
      const key = `${factBase?.storedAt}|${JSON.stringify(trust)}|${JSON.stringify([...details.values()])}`;
      if (searchCache?.key !== key) {
        const all = await readAll(db);
        noteMalformed(all.malformed);
        const sources = all.sources.map((s) => sourceRef(withDetails(s, details.get(s.id))));
        searchCache = { key, search: createSearch({ ...all, sources }, trust) };
      }
      return searchCache.search(query, limit) satisfies SearchResults;
    },

    async getSources(data) {
      expectNoPayload('getSources', data);
      await keeper.ready();
      return summaries(await store().sources.toArray());
    },

    async setTrust(data) {
      const payload = expectObject('setTrust', data, ['source', 'trusted']);
      const id = expectId('setTrust', payload, 'source');
      const trusted = expectBoolean('setTrust', payload, 'trusted');
      return chooseForSource(id, () => writeTrust(choices(), id, trusted));
    },

    async setSourceDetails(data) {
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

    async getSource(data) {
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
      } satisfies SourceDocument;
    },

    async openReader(data) {
      const payload = expectObject('openReader', data, ['source', 'claim']);
      const id = expectId('openReader', payload, 'source');
      const claim = optionalInteger('openReader', payload, 'claim', 0, MAX_CLAIM_INDEX);
      await keeper.ready();
      // Only sources the fact base holds: a page cannot make the background open arbitrary addresses.
      await sourceOrFail(id);
      if (!deps.openTab) throw new Error('This background cannot open tabs.');
      await deps.openTab(readerPath(id, claim));
    },

    async rebuild(data) {
      const payload = data === undefined || data === null ? {} : expectObject('rebuild', data, ['reset']);
      const reset = optionalBoolean('rebuild', payload, 'reset') ?? false;
      try {
        await (reset ? keeper.reset() : keeper.rebuild());
      } catch {
        // The status below carries the error; the rebuild answer is the state it left.
      }
      searchCache = null;
      health.forget();
      return health.status();
    },

    ...sourceHandlers({ keeper, store, choices, summaries, sourceOrFail, announce }),
    ...transferHandlers({ keeper, store, choices }),
  };
  return { handlers, keeper };
}

function summary(
  source: Source,
  trust: TrustRow | undefined,
  details: DetailsRow | undefined,
  place: Pick<SourceSummary, 'story' | 'added'>,
): SourceSummary {
  const served = withDetails(source, details);
  return {
    ...sourceRef(served),
    details: served.details,
    origin: source.origin,
    claimCount: source.claimCount,
    trusted: trust?.trusted ?? true,
    trustChangedAt: trust?.changedAt ?? null,
    ...place,
  };
}
