import { unpackMatcherInput, type MatcherInput, type SessionAnswer } from '../../lib/messages';

/** A page's content script as the browser names it to the background: a tab, its top frame, a site left on. */
export function pageSender(tab = 1, url = 'https://news.example/world/a-story') {
  return { tab: { id: tab }, frameId: 0, url };
}

/** What `loadSession` answered a page that gets its session; fails the test where it said the site is off. */
export function loadedAnswer(answer: SessionAnswer): MatcherInput {
  if ('off' in answer) throw new Error('loadSession answered that the site is turned off');
  return unpackMatcherInput(answer);
}
