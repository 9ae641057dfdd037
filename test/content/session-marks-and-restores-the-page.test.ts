// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../lib/content/session';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { readCatalog } from '../facts/articles';
import { realCard } from '../ui/support/real-card';

/** A page written for this test, in our own words. */
const PAGE = `
  <main>
    <h1>Jet bound for Grozny lost near Aktau</h1>
    <p id="lede">Flight <em>J2-8243</em> left Baku on Christmas morning; the Kremlin said in a statement that
      <a href="#" title="Profile">Vladimir Putin</a> had called Ilham Aliev.</p>
    <p id="friends">Rasputin and Bakuriani are not part of this story.</p>
    <p id="feed"></p>
  </main>`;

function realMatcher() {
  const matcher = compileMatcher(lexiconFromCatalog(readCatalog().entities), { fuzzy: true });
  return (text: string) => findMentions(matcher, text);
}

const marks = () =>
  Array.from(document.querySelectorAll('sourcelight-mark'), (m) => [m.getAttribute('data-sourcelight-entity'), m.textContent]);

let session: Session | undefined;
afterEach(() => session?.disable());

function start() {
  document.body.innerHTML = PAGE;
  const requests: string[][] = [];
  session = createSession(window, {
    loadMatcher: async () => realMatcher(),
    fetchCards: async (entities) => {
      requests.push(entities);
      return entities.map((id) => realCard(id));
    },
    onTurnOffSite: () => session?.disable(),
  });
  return { session, requests };
}

describe('Sourcelight on a page', () => {
  it('marks mentions, arms each mark against page CSS, and asks for every entity card in one request', async () => {
    const { session, requests } = start();
    await session.enable();
    await session.idle();
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
    expect(document.querySelectorAll('#friends sourcelight-mark')).toHaveLength(0);
    const mark = document.querySelector<HTMLElement>('sourcelight-mark')!;
    expect(mark.style.getPropertyValue('display')).toBe('inline');
    expect(mark.style.getPropertyPriority('display')).toBe('important');
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
    await expect.poll(() => document.querySelectorAll('#feed sourcelight-mark').length).toBe(1);
    await expect.poll(() => requests.length).toBe(2);
    expect(requests[1]).toEqual(['criminal_case']);
  });

  it('turned off, leaves the page exactly as it was; turned on, marks it again', async () => {
    const { session } = start();
    const before = { head: document.head.innerHTML, body: document.body.innerHTML };
    await session.enable();
    await session.idle();
    expect(document.body.innerHTML).not.toBe(before.body);

    session.disable();
    expect({ head: document.head.innerHTML, body: document.body.innerHTML }).toEqual(before);
    expect(document.documentElement.querySelector('sourcelight-card-host')).toBeNull();

    await session.enable();
    await session.idle();
    expect(marks().length).toBeGreaterThan(5);
  });
});
