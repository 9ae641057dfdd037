/**
 * The messages that read the fact base for a page or the popup: a page session's lexicon and matcher, cards, and
 * search. Each waits for the fact base to be ready and notes malformed rows it met, for the status to report.
 */
import { buildCard, type Card } from '../cards/card';
import type { Lexicon } from '../match/lexicon';
import { lexiconOf } from '../match/lexicon-of';
import { compileTrie } from '../match/matcher';
import { packTrie, type PackedTrie } from '../match/packed-trie';
import { packMatcherInput, type ProtocolMap } from '../messages';
import { isEnabledFor } from '../settings';
import type { Switches } from './kept-switches';
import { createSearch, type SearchResults } from '../search';
import type { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { readDetails, withDetails } from '../store/details';
import { readAll, readCardData, readMeta, sourceRef, type Malformed } from '../store/read';
import { readTrust } from '../store/trust';
import type { FactBaseKeeper } from './fact-base-keeper';
import type { SearchCache } from './search-cache';
import { MAX_LIMIT, MAX_QUERY_LENGTH, expectIdList, expectNoPayload, expectObject, expectString, optionalInteger } from './validate';

/** Where a message came from, as the browser says: a page's tab, frame and address, or none for extension pages. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface ReadingHandlerDeps {
  keeper: FactBaseKeeper;
  store: () => SourcelightDb;
  choices: () => ChoicesDb;
  noteMalformed: (malformed: Malformed) => void;
  searchCache: SearchCache;
  /** Runs the page session script in one frame of a tab; without it `loadSession` fails. */
  loadSession?: ((tabId: number, frameId: number) => void | Promise<void>) | undefined;
  /** The reader's switches (lib/settings.ts), as kept (kept-switches.ts) or, with `fresh`, read again. */
  switches: Switches;
}

export function readingHandlers(deps: ReadingHandlerDeps) {
  const { keeper, store, choices, noteMalformed, searchCache } = deps;
  // The trie the page sessions need, derived from the lexicon: once per lexicon, not per page.
  let compiled: { version: string; trie: PackedTrie } | null = null;

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

  return {
    async loadSession(data: unknown, sender?: Sender): Promise<ReturnType<ProtocolMap['loadSession']>> {
      expectNoPayload('loadSession', data);
      const tabId = sender?.tab?.id;
      // Only a page's own content script asks, for its own frame; extension pages have no tab to load into.
      if (tabId === undefined || sender?.frameId === undefined) throw new Error('loadSession is for content scripts.');
      if (!deps.loadSession) throw new Error('This background cannot load page sessions.');
      // The switches are read here rather than in the page, so a page asks at once: reading them in the page's
      // world first cost Firefox 17-35 ms before the request (docs/performance.md). Turned off, nothing loads.
      // The lexicon is read meanwhile; the script runs beside that read, once the switches allow it.
      const reading = currentLexicon();
      reading.catch(() => undefined);
      const hostname = hostnameOf(sender.url);
      // Off as kept may be older than a switch the page already saw turned on: only a fresh read says off.
      const on = isEnabledFor(await deps.switches(), hostname) || isEnabledFor(await deps.switches({ fresh: true }), hostname);
      if (!on) return { off: true };
      const [lexicon] = await Promise.all([reading, deps.loadSession(tabId, sender.frameId)]);
      return packMatcherInput({ lexicon, trie: trieFor(lexicon) });
    },

    async getCards(data: unknown): Promise<Card[]> {
      const ids = [...new Set(expectIdList('getCards', expectObject('getCards', data, ['entities']), 'entities'))];
      if (ids.length === 0) return [];
      await keeper.ready();
      const [details, trust] = await Promise.all([readDetails(choices()), readTrust(choices())]);
      const cardData = await readCardData(store(), ids, details);
      noteMalformed(cardData.malformed);
      return ids.map((id) => buildCard(id, cardData, trust)).filter((c): c is Card => c !== null);
    },

    async search(data: unknown): Promise<SearchResults> {
      const payload = expectObject('search', data, ['query', 'limit']);
      const query = expectString('search', payload, 'query', MAX_QUERY_LENGTH);
      const limit = optionalInteger('search', payload, 'limit', 1, MAX_LIMIT);
      await keeper.ready();
      const db = store();
      const [{ factBase }, trust, details] = await Promise.all([readMeta(db), readTrust(choices()), readDetails(choices())]);
      const key = `${factBase?.storedAt}|${JSON.stringify(trust)}|${JSON.stringify([...details.values()])}`;
      const search = await searchCache.get(key, async () => {
        const all = await readAll(db);
        noteMalformed(all.malformed);
        const sources = all.sources.map((s) => sourceRef(withDetails(s, details.get(s.id))));
        return createSearch({ ...all, sources }, trust);
      });
      return search(query, limit);
    },
  };
}

/** The hostname of a sender's address; empty when it has none (no site, so never marked). */
function hostnameOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
