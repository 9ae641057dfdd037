/**
 * A page written for the card tests, marked by the real marking code (lib/page/marks.ts) with a word list in
 * place of the real matcher, as the other DOM tests do.
 */
import cardPage from '../fixtures/card-page.html?raw';
import { collectContexts } from '../../../lib/page/contexts';
import { markContext } from '../../../lib/page/marks';
import { wordMatcher } from './page';

export const cardPageMatcher = wordMatcher({
  'Azerbaijan Airlines': 'airline',
  Aktau: 'aktau',
  Baku: 'baku',
  Grozny: 'grozny',
  Caspian: 'caspian',
  Kazakhstan: 'kazakhstan',
  diverted: 'interference',
  // Ends part-way into the link: wrapped in two pieces that share data-sourcelight-part.
  'flight 8243': 'flight',
});

/** Loads the page into the test's document and marks it; returns the marks in document order. */
export function loadMarkedCardPage(): Element[] {
  document.documentElement.innerHTML = cardPage;
  for (const context of collectContexts(document)) markContext(context, cardPageMatcher(context.text));
  return Array.from(document.querySelectorAll('sourcelight-mark'));
}

/** The first mark for `entity`. */
export function markFor(entity: string): HTMLElement {
  const mark = document.querySelector<HTMLElement>(`sourcelight-mark[data-sourcelight-entity="${entity}"]`);
  if (!mark) throw new Error(`no mark for ${entity}`);
  return mark;
}
