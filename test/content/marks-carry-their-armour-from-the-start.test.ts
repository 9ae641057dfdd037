// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../lib/content/session';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { readCatalog } from '../facts/articles';

/** A page written for this test, in our own words. */
const PAGE = `
  <main>
    <p id="lede">Flight J2-8243 left Baku for Grozny and came down near Aktau.</p>
    <p>Officials in Kazakhstan said the Kremlin had been told.</p>
  </main>`;

let session: Session | undefined;
afterEach(() => session?.disable());

async function marked(): Promise<Session> {
  document.body.innerHTML = PAGE;
  const matcher = compileMatcher(lexiconFromCatalog(readCatalog().entities));
  session = createSession(window, {
    loadMatcher: async () => (text) => findMentions(matcher, text),
    fetchCards: async () => [],
    onTurnOffSite: () => undefined,
  });
  return session;
}

const marks = () => Array.from(document.querySelectorAll<HTMLElement>('sourcelight-mark'));
const armoured = (mark: HTMLElement) =>
  mark.style.getPropertyValue('display') === 'inline' && mark.style.getPropertyPriority('display') === 'important';

describe('marks and their armour', () => {
  it('are inserted armoured: the page sees each mark arrive once, and never a second write to its style', async () => {
    const records: MutationRecord[] = [];
    const pageObserver = new MutationObserver((list) => records.push(...list));
    pageObserver.observe(document.body, { subtree: true, childList: true, attributes: true });
    const s = await marked();
    await s.enable();
    await s.idle();
    records.push(...pageObserver.takeRecords());
    pageObserver.disconnect();

    expect(marks().length).toBeGreaterThanOrEqual(5);
    expect(marks().every(armoured)).toBe(true);
    const restyled = records.filter((r) => r.type === 'attributes' && (r.target as Element).localName === 'sourcelight-mark');
    expect(restyled).toEqual([]);
  });

  it('are armed again when a page script rewrites their style', async () => {
    const s = await marked();
    await s.enable();
    await s.idle();
    const [first, second] = marks();
    first!.setAttribute('style', 'display: none !important');
    second!.style.removeProperty('display');
    await expect.poll(() => armoured(first!) && armoured(second!)).toBe(true);
  });
});
