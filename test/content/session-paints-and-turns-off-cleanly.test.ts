// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../lib/content/session';
import { evidenceOf } from '../../lib/match/evidence';
import { lexiconOf } from '../../lib/match/lexicon-of';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { everythingNear, fakeHighlights, textOf, type FakeHighlight } from '../page/support/highlights';
import { realCard, realFactBase } from '../ui/support/real-card';

/** A page written for this test, in our own words. */
const PAGE = `
  <main>
    <h1>Jet bound for Grozny lost near Aktau</h1>
    <p id="lede">Flight <em>J2-8243</em> left Baku on Christmas morning; the Kremlin said in a statement that
      <a href="#" title="Profile">Vladimir Putin</a> had called Ilham Aliev.</p>
    <p id="friends">Rasputin and Bakuriani are not part of this story.</p>
    <p id="feed"></p>
  </main>`;

/** The lexicon the background serves: with each entity's stories and how much naming it tells. */
const lexicon = lexiconOf(realFactBase());

function realMatcher() {
  const matcher = compileMatcher(lexicon, { fuzzy: true });
  return (text: string, breaks?: readonly number[]) => findMentions(matcher, text, { breaks });
}

let api = fakeHighlights();

/** What is painted under `selector`, as [entity, text]. */
const marks = (selector = 'body') =>
  [...api.registry].flatMap(([name, highlight]) =>
    [...(highlight as FakeHighlight)]
      .filter((range) => document.querySelector(selector)!.contains(range.startContainer))
      .map((range) => [name.replace('sourcelight-entity-', ''), textOf(range)]),
  );


let session: Session | undefined;
afterEach(() => session?.disable());

function start() {
  document.body.innerHTML = PAGE;
  api = fakeHighlights();
  const requests: string[][] = [];
  session = createSession(window, {
    loadMatcher: async () => realMatcher(),
    entities: lexicon.entities.map((e) => e.id),
    paintIn: () => ({ highlights: api, window: everythingNear }),
    fetchCards: async (entities) => {
      requests.push(entities);
      return entities.map((id) => realCard(id));
    },
    evidence: evidenceOf(lexicon),
    marking: { markEvery: true, notThis: () => false },
    actions: { notThis: () => {}, turnOffSite: () => session?.disable(), undoTurnOff: () => {}, site: 'news.example' },
  });
  return { session, requests };
}

describe('Sourcelight on a page', () => {
  it('paints mentions and asks for every entity card in one request', async () => {
    const { session, requests } = start();
    await session.enable();
    await session.idle();
    await expect.poll(() => marks().length).toBeGreaterThan(5);
    expect(marks()).toEqual(
      expect.arrayContaining([
        ['grozny', 'Grozny'],
        ['aktau', 'Aktau'],
        ['flight', 'Flight J2-8243'],
        ['baku', 'Baku'],
        ['putin', 'Vladimir Putin'],
        ['aliyev', 'Ilham Aliev'],
      ]),
    );
    expect(marks('#friends')).toEqual([]);
    await expect.poll(() => requests.length).toBe(1);
    expect(new Set(requests[0])).toEqual(new Set(marks().map(([entity]) => entity)));
    expect(session.cards.get('flight')?.entity.id).toBe('flight');
  });

  it('marks what the page adds, and asks only for the new entities', async () => {
    const { session, requests } = start();
    await session.enable();
    await session.idle();
    await expect.poll(() => requests.length).toBe(1);
    document.getElementById('feed')!.textContent = 'Prosecutors opened a criminal case.';
    await expect.poll(() => marks('#feed').length).toBe(1);
    await expect.poll(() => requests.length).toBe(2);
    expect(requests[1]).toEqual(['criminal_case']);
  });

  it('never changes the page; turned off, takes every highlight away; turned on, paints again', async () => {
    const { session } = start();
    const before = document.documentElement.outerHTML;
    await session.enable();
    await session.idle();
    await expect.poll(() => marks().length).toBeGreaterThan(5);
    expect(document.documentElement.outerHTML).toBe(before);

    session.disable();
    expect(api.registry.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);

    await session.enable();
    await session.idle();
    await expect.poll(() => marks().length).toBeGreaterThan(5);
  });

  it('a mention right after an inline element, without a space, is found', async () => {
    const { session } = start();
    await session.enable();
    await session.idle();
    document.getElementById('feed')!.innerHTML = 'Updated <time>18:52</time>Putin spoke again.';
    await expect.poll(() => marks('#feed')).toEqual([['putin', 'Putin']]);
  });

  it('a mention between two emoji is found', async () => {
    const { session } = start();
    await session.enable();
    await session.idle();
    document.getElementById('feed')!.textContent = 'Live: \u{1F6A8}Aktau\u{1F6A8} rescue teams at work.';
    await expect.poll(() => marks('#feed')).toEqual([['aktau', 'Aktau']]);
  });
});
