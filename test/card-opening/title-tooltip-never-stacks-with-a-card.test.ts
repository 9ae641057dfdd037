// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { suppressTitle } from '../../lib/card-opening/title-tooltip';
import type { PageMention } from '../../lib/page/mentions';
import { loadCardPage, mentionFor } from '../page/support/card-page';

let mentions: PageMention[];
beforeEach(() => {
  mentions = loadCardPage();
});

const page = () => document.documentElement.outerHTML;
const around = (entity: string, nth = 0) => mentionFor(mentions, entity, nth).startNode.parentElement;

describe('while a card shows, the page\'s own tooltip is moved aside', () => {
  test('a mention inside a titled link: the link shows no tooltip, then gets its title back exactly', () => {
    const before = page();
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(around('airline'));
    expect(link.getAttribute('title')).toBe('');
    // The title waits in memory: nothing of ours on the page's element.
    expect(link.getAttributeNames()).toEqual(['title', 'href', 'class']);
    restore();
    expect(link.getAttribute('title')).toBe('Azerbaijan Airlines, the national carrier');
    // Byte for byte, attribute order included (title was the link's first attribute).
    expect(page()).toBe(before);
  });

  test('an abbreviation\'s title and a paragraph\'s title are moved the same way', () => {
    const before = page();
    for (const [entity, selector] of [['interference', 'abbr'], ['kazakhstan', 'p[title]']] as const) {
      const titled = document.querySelector(selector)!;
      const restore = suppressTitle(around(entity));
      expect(titled.getAttribute('title')).toBe('');
      restore();
    }
    expect(page()).toBe(before);
  });

  test('only the nearest titled ancestor is touched: it is the one the browser would show', () => {
    document.body.setAttribute('title', 'Whole page');
    const restore = suppressTitle(around('airline'));
    expect(document.body.getAttribute('title')).toBe('Whole page');
    restore();
  });

  test('no titled ancestor, or an empty title in the way: nothing changes', () => {
    const before = page();
    suppressTitle(around('aktau'))(); // in the headline
    const restore = suppressTitle(around('baku', 1)); // in span title=""
    expect(page()).toBe(before);
    restore();
    expect(page()).toBe(before);
  });

  test('restoring twice is harmless', () => {
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(around('airline'));
    restore();
    link.setAttribute('title', '');
    restore();
    expect(link.getAttribute('title')).toBe('');
  });

  test('a title the page changed or removed while the card showed is left as the page wants it', () => {
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(around('airline'));
    link.setAttribute('title', 'Updated by the page');
    restore();
    expect(link.getAttribute('title')).toBe('Updated by the page');

    const abbr = document.querySelector('abbr')!;
    const restoreAbbr = suppressTitle(around('interference'));
    abbr.removeAttribute('title');
    restoreAbbr();
    expect(abbr.hasAttribute('title')).toBe(false);
  });
});
