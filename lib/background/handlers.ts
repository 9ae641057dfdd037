/**
 * What the background answers, as plain functions of the database: one per message of the protocol, each
 * taking the raw payload (`unknown`: it comes from another context) and checking it before anything else.
 * Every answer is read from the store on demand, so a service worker woken from scratch answers like one that
 * never stopped.
 */
import { buildCard, type Card } from '../facts/cards';
import type { Source } from '../facts/types';
import type { Lexicon } from '../match/lexicon';
import { lexiconOf } from '../match/lexicon-of';
import { compileTrie } from '../match/matcher';
import { packTrie, type PackedTrie } from '../match/packed-trie';
import type { MessageType, ProtocolMap, SourceDocument, SourceSummary, Status } from '../messages';
import { readerPath } from '../reader-url';
import { createSearch, type Search, type SearchResults } from '../search';
import type { SourcelightDb, TrustRow } from '../store/db';
import { openStore } from '../store/open';
import { readAll, readCardData, readMeta, sourceRef, type StoredMeta } from '../store/read';
import { readTrust, writeTrust } from '../store/trust';
import { createKeeper, type Bundle, type Keeper } from './keeper';
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
  optionalInteger,
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
  /** Makes a database instance: once at start, and again when a damaged database is reset. */
  openDb: () => SourcelightDb;
  /** The bundled articles and catalog, read only when a build needs them. */
  bundle: () => Bundle;
  /** Called after trust changed, so other contexts can be told (the background writes a storage item). */
  onTrustChanged?: () => void | Promise<void>;
  /** Opens an extension page (a path such as `/reader.html?…`) in a new tab; without it `openReader` fails. */
  openTab?: (path: string) => void | Promise<void>;
  /** Runs the page session script in one frame of a tab; without it `loadSession` fails. */
  loadSession?: (tabId: number, frameId: number) => void | Promise<void>;
  openTimeoutMs?: number;
}

export interface Background {
  handlers: Handlers;
  keeper: Keeper;
}

export function createHandlers(deps: HandlerDeps): Background {
  const keeper = createKeeper(deps.openDb, deps.bundle, deps.openTimeoutMs);
  /** Asked per use, never kept: a reset swaps the instance. */
  const store = () => keeper.db;
  // Derived from the store and rebuilt when the fact base or trust changes; losing it costs one rebuild.
  let searchCache: { key: string; search: Search } | null = null;
  // The trie the page sessions need, derived from the lexicon: once per lexicon, not per page.
  let compiled: { version: string; trie: PackedTrie } | null = null;

  async function currentLexicon(): Promise<Lexicon> {
    await keeper.ready();
    return lexiconOf(await readAll(store()));
  }

  function trieFor(lexicon: Lexicon): PackedTrie {
    if (compiled?.version !== lexicon.version) {
      compiled = { version: lexicon.version, trie: packTrie(compileTrie(lexicon), lexicon.version) };
    }
    return compiled.trie;
  }

  async function status(): Promise<Status> {
    try {
      const db = await openStore(store(), deps.openTimeoutMs);
      return statusFrom(await readMeta(db));
    } catch (error) {
      return errorStatus(error);
    }
  }

  async function summaries(sources: Source[]): Promise<SourceSummary[]> {
    const rows = new Map((await store().trust.toArray()).map((r) => [r.source, r]));
    return sources.map((s) => summary(s, rows.get(s.id)));
  }

  const handlers: Handlers = {
    async getStatus(data) {
      expectNoPayload('getStatus', data);
      const answer = await status();
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
      const db = store();
      const [cardData, trust] = await Promise.all([readCardData(db, ids), readTrust(db)]);
      return ids.map((id) => buildCard(id, cardData, trust)).filter((c): c is Card => c !== null);
    },

    async search(data) {
      const payload = expectObject('search', data, ['query', 'limit']);
      const query = expectString('search', payload, 'query', MAX_QUERY_LENGTH);
      const limit = optionalInteger('search', payload, 'limit', 1, MAX_LIMIT);
      await keeper.ready();
      const db = store();
      const [{ factBase }, trust] = await Promise.all([readMeta(db), readTrust(db)]);
      const key = `${factBase?.version}|${JSON.stringify(trust)}`;
      if (searchCache?.key !== key) {
        const all = await readAll(db);
        searchCache = { key, search: createSearch({ ...all, sources: all.sources.map(sourceRef) }, trust) };
      }
      return searchCache.search(query, limit) satisfies SearchResults;
    },

    async getSources(data) {
      expectNoPayload('getSources', data);
      await keeper.ready();
      const db = store();
      return summaries(await db.sources.toArray());
    },

    async setTrust(data) {
      const payload = expectObject('setTrust', data, ['source', 'trusted']);
      const id = expectId('setTrust', payload, 'source');
      const trusted = expectBoolean('setTrust', payload, 'trusted');
      await keeper.ready();
      const db = store();
      const source = await db.sources.get(id);
      if (!source) throw new Error(`There is no source "${id}" in the fact base.`);
      const row = await writeTrust(db, id, trusted);
      await deps.onTrustChanged?.();
      return summary(source, row);
    },

    async getSource(data) {
      const id = expectId('getSource', expectObject('getSource', data, ['id']), 'id');
      await keeper.ready();
      const db = store();
      const source = await db.sources.get(id);
      if (!source) throw new Error(`There is no source "${id}" in the fact base.`);
      const [claims, [withTrust]] = await Promise.all([
        db.claims.where('source').equals(id).sortBy('index'),
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
      if (!(await store().sources.get(id))) throw new Error(`There is no source "${id}" in the fact base.`);
      if (!deps.openTab) throw new Error('This background cannot open tabs.');
      await deps.openTab(readerPath(id, claim));
    },

    async rebuild(data) {
      const payload = data === undefined || data === null ? {} : expectObject('rebuild', data, ['reset']);
      const reset = optionalBoolean('rebuild', payload, 'reset') ?? false;
      try {
        await (reset ? keeper.reset() : keeper.build());
      } catch {
        // The status below carries the error; the rebuild answer is the state it left.
      }
      return status();
    },
  };
  return { handlers, keeper };
}

export function statusFrom({ factBase, build }: StoredMeta): Status {
  const failed = build?.status === 'error' ? build.error : null;
  return {
    state: factBase ? 'ready' : failed ? 'error' : 'building',
    version: factBase?.version ?? null,
    builtAt: factBase?.builtAt ?? null,
    counts: factBase?.counts ?? { sources: 0, entities: 0, claims: 0, figures: 0 },
    error: failed,
    problems: build?.problems ?? [],
    lastBuild: build?.timings ?? null,
  };
}

function errorStatus(error: unknown): Status {
  return {
    state: 'error',
    version: null,
    builtAt: null,
    counts: { sources: 0, entities: 0, claims: 0, figures: 0 },
    error: error instanceof Error ? error.message : String(error),
    problems: [],
    lastBuild: null,
  };
}

function summary(source: Source, trust: TrustRow | undefined): SourceSummary {
  return {
    ...sourceRef(source),
    origin: source.origin,
    claimCount: source.claimCount,
    trusted: trust?.trusted ?? true,
    trustChangedAt: trust?.changedAt ?? null,
  };
}
