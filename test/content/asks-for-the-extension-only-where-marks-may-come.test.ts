// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageCheck, type PageCheck } from '../../lib/content/page-check';
import { ALIVE_CHECK_MS } from '../../lib/content/lifetime';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { buildPrefilter } from '../../lib/match/prefilter';
import { RESCAN_DELAY_MS } from '../../lib/page/changes';
import { readCatalog } from '../facts/articles';

const lexicon = lexiconFromCatalog(readCatalog().entities);
const prefilter = buildPrefilter(lexicon);

/** A page in our own words about nothing of the story. */
const ELSEWHERE = '<main><h1>Harbour festival draws record crowds</h1><p id="feed">Ferries ran every ten minutes.</p></main>';

let check: PageCheck | undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] }));
afterEach(() => {
  check?.stop();
  vi.useRealTimers();
});

/** Starts the page check on `html`, with the extension's side counted: `alive` stands for its runtime id. */
function start(html: string, alive: () => boolean = () => true) {
  document.body.innerHTML = html;
  const asked = { alive: 0, settings: 0, session: 0 };
  check = startPageCheck(window, {
    prefilter,
    entities: lexicon.entities.map((entity) => entity.id),
    alive: () => (asked.alive++, alive()),
    // The session is never offered here: what counts is whether it was asked for.
    loadSession: () => (asked.session++, new Promise(() => undefined)),
    offeredSession: () => undefined,
    readSettings: async () => (asked.settings++, { enabled: true, disabledSites: [] }),
    watchSettings: () => () => undefined,
    report: () => undefined,
  });
  return asked;
}

describe('the page check and the extension API', () => {
  it('never asks for the extension on a page about something else, however long it stays open', async () => {
    const asked = start(ELSEWHERE);
    await vi.advanceTimersByTimeAsync(ALIVE_CHECK_MS * 12);
    expect(asked).toEqual({ alive: 0, settings: 0, session: 0 });
  });

  it('once the page adds a mention: reads the switches, loads the session and from then on checks the extension is there', async () => {
    const asked = start(ELSEWHERE);
    document.getElementById('feed')!.textContent = 'The jet came down near Aktau on Wednesday.';
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS * 2);
    expect(asked).toMatchObject({ settings: 1, session: 1 });
    const before = asked.alive;
    await vi.advanceTimersByTimeAsync(ALIVE_CHECK_MS * 3);
    expect(asked.alive).toBeGreaterThanOrEqual(before + 3);
  });

  it('left behind by an extension that went away, asks nothing more of it when the page names the story', async () => {
    const asked = start('<p>The jet came down near Aktau on Wednesday.</p>', () => false);
    await vi.advanceTimersByTimeAsync(ALIVE_CHECK_MS * 3);
    expect(asked).toEqual({ alive: 1, settings: 0, session: 0 });
  });
});
