/**
 * A page written for the card tests, with its mentions found by the real page code (contexts, mentions) and a word
 * list in place of the real matcher, as the other DOM tests do.
 */
import cardPage from '../fixtures/card-page.html?raw';
import { collectContexts } from '../../../lib/page/contexts';
import { locateMentions, type PageMention } from '../../../lib/page/mentions';
import { wordMatcher } from './page';

export const cardPageMatcher = wordMatcher({
  'Azerbaijan Airlines': 'airline',
  Aktau: 'aktau',
  Baku: 'baku',
  Grozny: 'grozny',
  Caspian: 'caspian',
  Kazakhstan: 'kazakhstan',
  diverted: 'interference',
  // Ends part-way into the link: one mention over two elements' text.
  'flight 8243': 'flight',
});

/** Loads the page into the test's document; returns its mentions in document order. */
export function loadCardPage(): PageMention[] {
  document.documentElement.innerHTML = cardPage;
  return collectContexts(document).flatMap((context) => locateMentions(context, cardPageMatcher(context.text)));
}

/** The `nth` mention of `entity` among `mentions`. */
export function mentionFor(mentions: readonly PageMention[], entity: string, nth = 0): PageMention {
  const found = mentions.filter((m) => m.entity === entity)[nth];
  if (!found) throw new Error(`no mention ${nth} of ${entity}`);
  return found;
}
