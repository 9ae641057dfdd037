/**
 * The pages' prefilter follows the fact base: while it holds only the bundled story nothing is published and no
 * flag script runs on pages; once the reader adds a story its prefilter is published (and lets a page naming that
 * story through), with the flag raised after it is stored and lowered before it goes, and it is published once
 * per fact base, again after a worker stopped half-way.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { lexiconVersion } from 'virtual:sourcelight/bundled-lexicon';
import { ADDED_PREFILTER_KEY, ADDED_PREFILTER_READ, addedPrefilterRead, isPublishedPrefilter, usablePrefilter } from '../../lib/added-prefilter';
import { createHandlers } from '../../lib/background/handlers';
import { FLAG_SCRIPT, prefilterOutlet, type OutletApis } from '../../lib/background/prefilter-outlet';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { mayMention } from '../../lib/match/may-mention';
import { crash } from '../facts/fixtures/stories';
import { choicesOn, freshDb } from '../support/store';

/** storage.local and the registered scripts, in memory, with a log of each change in order. */
function fakeApis(failAt?: string) {
  const stored = new Map<string, unknown>();
  const scripts = new Set<string>();
  const log: string[] = [];
  const step = (what: string) => {
    if (what === failAt) throw new Error(`stopped at ${what}`);
    log.push(what);
  };
  const apis: OutletApis = {
    storage: {
      get: async (key) => (stored.has(key) ? { [key]: structuredClone(stored.get(key)) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) {
          step(`set ${k}`);
          stored.set(k, structuredClone(v));
        }
      },
      remove: async (key) => {
        step(`remove ${key}`);
        stored.delete(key);
      },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
      registerContentScripts: async (list) => {
        step('register flag');
        list.forEach((s) => scripts.add(s.id));
      },
      unregisterContentScripts: async ({ ids }) => {
        step('unregister flag');
        ids.forEach((id) => scripts.delete(id));
      },
    },
  };
  return { apis, stored, scripts, log };
}

function background(apis: OutletApis, indexedDB = new IDBFactory()) {
  return createHandlers({
    openDb: () => freshDb({ indexedDB }),
    openChoices: () => choicesOn(indexedDB),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    prefilter: { outlet: prefilterOutlet(apis), bundledLexicon: lexiconVersion },
  });
}

const PAGE = 'Families waited at Eastmere International Airport for news of Harbourline Flight 6Q417.';

describe('the prefilter of the reader’s stories', () => {
  it('publishes nothing and raises no flag while the fact base is the bundled one', async () => {
    const fake = fakeApis();
    const { keeper } = background(fake.apis);
    await keeper.ready();
    expect(fake.stored.has(ADDED_PREFILTER_KEY)).toBe(false);
    expect(fake.scripts.size).toBe(0);
    keeper.db.close();
  });

  it('publishes the prefilter of an added story before raising the flag, and takes both away when it goes', async () => {
    const fake = fakeApis();
    const { handlers, keeper } = background(fake.apis);
    const added = await handlers.addSource({ text: crash[0]!.text, origin: 'eastmere.txt' });
    const published = fake.stored.get(ADDED_PREFILTER_KEY);
    expect(isPublishedPrefilter(published)).toBe(true);
    if (!isPublishedPrefilter(published)) return;
    expect(mayMention(usablePrefilter(published.prefilter), PAGE)).toBe(true);
    expect(mayMention(usablePrefilter(published.prefilter), 'The harbour festival drew record crowds.')).toBe(false);
    expect(published.entities).toEqual(expect.arrayContaining(['aktau', expect.stringMatching(/_dana_whitlock$/)]));
    expect(fake.scripts).toEqual(new Set([FLAG_SCRIPT.id]));
    expect(fake.log.indexOf(`set ${ADDED_PREFILTER_KEY}`)).toBeLessThan(fake.log.indexOf('register flag'));

    // Published once per fact base: a wake with nothing changed writes nothing.
    const writes = fake.log.length;
    await keeper.wake();
    expect(fake.log.length).toBe(writes);

    await handlers.removeSource({ source: added.id });
    expect(fake.scripts.size).toBe(0);
    expect(fake.stored.has(ADDED_PREFILTER_KEY)).toBe(false);
    expect(fake.log.lastIndexOf('unregister flag')).toBeLessThan(fake.log.lastIndexOf(`remove ${ADDED_PREFILTER_KEY}`));
    keeper.db.close();
  }, 20_000);

  it('publishes again at the next build when a worker stopped before it recorded what it published', async () => {
    const indexedDB = new IDBFactory();
    const stopped = fakeApis('register flag');
    const first = background(stopped.apis, indexedDB);
    await first.handlers.addSource({ text: crash[0]!.text, origin: 'eastmere.txt' });
    expect(stopped.scripts.size).toBe(0);
    first.keeper.db.close();
    first.keeper.choices.close();

    const next = fakeApis();
    for (const [k, v] of stopped.stored) next.stored.set(k, v);
    const second = background(next.apis, indexedDB);
    await second.keeper.wake();
    expect(next.scripts).toEqual(new Set([FLAG_SCRIPT.id]));
    expect(isPublishedPrefilter(next.stored.get(ADDED_PREFILTER_KEY))).toBe(true);
    second.keeper.db.close();
  }, 20_000);
});

describe('the page check’s side', () => {
  it('finds no flag on a page where the reader added nothing, and reads the published prefilter where there is one', async () => {
    expect(addedPrefilterRead({})).toBeNull();
    const fake = fakeApis();
    const { handlers, keeper } = background(fake.apis);
    await handlers.addSource({ text: crash[0]!.text, origin: 'eastmere.txt' });
    const world = { [ADDED_PREFILTER_READ]: fake.apis.storage.get(ADDED_PREFILTER_KEY) };
    const read = await addedPrefilterRead(world);
    expect(read && mayMention(read.prefilter, PAGE)).toBe(true);
    // A flag whose read finds nothing usable (removed meanwhile, or damaged) falls back to the prefilter built in.
    expect(await addedPrefilterRead({ [ADDED_PREFILTER_READ]: Promise.resolve({ [ADDED_PREFILTER_KEY]: { prefilter: 1 } }) })).toBeNull();
    expect(await addedPrefilterRead({ [ADDED_PREFILTER_READ]: Promise.reject(new Error('gone')) })).toBeNull();
    keeper.db.close();
  }, 20_000);
});
