// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startPageCheck, type PageCheck } from '../../lib/content/page-check';
import type { LoadedSession, StartSession } from '../../lib/content/session-start';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { buildPrefilter } from '../../lib/match/prefilter';
import { packTrie } from '../../lib/match/packed-trie';
import { compileTrie } from '../../lib/match/matcher';
import { packMatcherInput, type SessionAnswer } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { readCatalog } from '../facts/articles';

const lexicon = lexiconFromCatalog(readCatalog().entities);
const prefilter = buildPrefilter(lexicon);
const LOADED: SessionAnswer = packMatcherInput({ lexicon, trie: packTrie(compileTrie(lexicon), lexicon.version) });
const OFF: SessionAnswer = { off: true };
const ON: Settings = { enabled: true, disabledSites: [] };
const OFF_HERE: Settings = { enabled: false, disabledSites: [] };

/** A page in our own words that may mention the story. */
const STORY = '<p>The jet came down near Aktau on Wednesday.</p>';

/** A promise with its resolve at hand: the test decides when the background and the switches answer. */
function later<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let check: PageCheck | undefined;
afterEach(() => check?.stop());

/**
 * Starts the page check on a page about the story, once it has asked for the session and for the switches; each
 * request and read waits until the test answers it.
 */
async function start() {
  document.body.innerHTML = STORY;
  const requests: ReturnType<typeof later<SessionAnswer>>[] = [];
  const reads: ReturnType<typeof later<Settings>>[] = [];
  const session = { started: 0, enabled: 0, disabled: 0 };
  let onSwitches: (settings: Settings) => void = () => {};
  const startSession: StartSession = (): LoadedSession => {
    session.started++;
    return { enable: async () => void session.enabled++, disable: () => void session.disabled++, stop: () => undefined };
  };
  check = startPageCheck(window, {
    prefilter,
    entities: lexicon.entities.map((entity) => entity.id),
    alive: () => true,
    loadSession: () => {
      const request = later<SessionAnswer>();
      requests.push(request);
      return request.promise;
    },
    offeredSession: () => startSession,
    readSettings: () => {
      const read = later<Settings>();
      reads.push(read);
      return read.promise;
    },
    watchSettings: (onChange) => ((onSwitches = onChange), () => undefined),
    report: (error) => {
      throw error;
    },
  });
  await settle();
  return { requests, reads, session, flip: (settings: Settings) => onSwitches(settings) };
}

/** Starts the page check and answers its first request and read: what the background and the page's read found. */
async function startAnswered(background: SessionAnswer, switches: Settings) {
  const page = await start();
  page.requests[0]!.resolve(background);
  page.reads[0]!.resolve(switches);
  return page;
}

describe('asking for the page session', () => {
  it('asks the background at once, before the switches are read in the page', async () => {
    const page = await start();
    expect(page.requests).toHaveLength(1);
    expect(page.reads).toHaveLength(1);
    page.requests[0]!.resolve(LOADED);
    await settle();
    // Loaded, but marks wait for the page's own read of the switches.
    expect(page.session).toEqual({ started: 1, enabled: 0, disabled: 0 });
    page.reads[0]!.resolve(ON);
    await settle();
    expect(page.session).toEqual({ started: 1, enabled: 1, disabled: 0 });
  });

  it('starts nothing where the background found the site turned off, and asks once', async () => {
    const page = await startAnswered(OFF, OFF_HERE);
    await check!.applied;
    await settle();
    expect(page.requests).toHaveLength(1);
    expect(page.session).toEqual({ started: 0, enabled: 0, disabled: 0 });
  });

  it('asks again when the page reads the switches on after the background found them off (a switch flipped between)', async () => {
    const page = await startAnswered(OFF, ON);
    await settle();
    expect(page.requests).toHaveLength(2);
    page.requests[1]!.resolve(LOADED);
    await check!.applied;
    expect(page.session).toEqual({ started: 1, enabled: 1, disabled: 0 });
  });

  it('leaves a session loaded before a switch turned the site off unmarked', async () => {
    const page = await startAnswered(LOADED, OFF_HERE);
    await check!.applied;
    expect(page.session).toEqual({ started: 1, enabled: 0, disabled: 1 });
  });

  it('asks again once the reader turns the site on, and marks', async () => {
    const page = await startAnswered(OFF, OFF_HERE);
    await check!.applied;
    page.flip(ON);
    await settle();
    expect(page.requests).toHaveLength(2);
    page.requests[1]!.resolve(LOADED);
    await settle();
    expect(page.session).toEqual({ started: 1, enabled: 1, disabled: 0 });
    // Off again: the loaded session is turned off, not asked for anew.
    page.flip(OFF_HERE);
    await settle();
    expect(page.session).toEqual({ started: 1, enabled: 1, disabled: 1 });
    expect(page.requests).toHaveLength(2);
  });
});
