/**
 * What the background answers, as plain functions of the database: one per message of the protocol, each
 * taking the raw payload (`unknown`: it comes from another context) and checking it before anything else.
 * Every answer is read from the store on demand, so a service worker woken from scratch answers like one that
 * never stopped.
 */
import { lexiconOf } from '../match/lexicon-of';
import type { MessageType, ProtocolMap } from '../messages';
import { settingsFrom, type Settings } from '../settings';
import type { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { readAll } from '../store/read';
import type { OnStep } from '../store/steps';
import { prefilterToPublish, type PrefilterOutlet } from './added-prefilter';
import { choiceHandlers } from './choice-handlers';
import { createFactBaseKeeper, type Bundle, type FactBaseKeeper } from './fact-base-keeper';
import type { Switches } from './kept-switches';
import { readingHandlers, type Sender } from './reading-handlers';
import { SearchCache } from './search-cache';
import { sourceHandlers } from './source-handlers';
import { sourceReads } from './source-summaries';
import { createHealth } from './status';
import { statusHandlers } from './status-handlers';
import { transferHandlers } from './transfer-handlers';

export type { Sender } from './reading-handlers';

export type Handlers = {
  [K in MessageType]: (data: unknown, sender?: Sender) => Promise<ReturnType<ProtocolMap[K]>>;
};

export interface HandlerDeps {
  /** Makes a fact-base database instance: once at start, and again after a reset deleted the database. */
  openDb: () => SourcelightDb;
  /** Makes the database of the reader's choices, once; without it, one on the fact base's IndexedDB (fact-base-keeper.ts). */
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
  /** The reader's switches (kept-switches.ts); without it, as with nothing stored: on everywhere. */
  switches?: Switches;
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
  keeper: FactBaseKeeper;
}

export function createHandlers(deps: HandlerDeps): Background {
  const keeper = createFactBaseKeeper({
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
  const searchCache = new SearchCache();
  const health = createHealth(keeper);
  const reads = sourceReads(store, choices);

  async function announce(): Promise<void> {
    searchCache.forget();
    await deps.onTrustChanged?.();
  }

  const handlers: Handlers = {
    ...statusHandlers({ keeper, health, searchCache }),
    ...readingHandlers({ keeper, store, choices, noteMalformed: health.noteMalformed, searchCache, loadSession: deps.loadSession, switches: deps.switches ?? onEverywhere }),
    ...choiceHandlers({ keeper, store, choices, ...reads, announce, openTab: deps.openTab }),
    ...sourceHandlers({ keeper, store, choices, ...reads, announce }),
    ...transferHandlers({ keeper, store, choices }),
  };
  return { handlers, keeper };
}

/** The switches as they read with nothing stored (lib/settings.ts settingsFrom). */
async function onEverywhere(): Promise<Settings> {
  return settingsFrom({});
}
