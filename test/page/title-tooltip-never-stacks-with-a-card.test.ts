// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { MOVED_TITLE_ATTR, restoreMovedTitles, suppressTitle } from '../../lib/page/title-tooltip';
import { loadMarkedCardPage, markFor } from './support/card-page';

beforeEach(() => {
  loadMarkedCardPage();
});

const page = () => document.documentElement.outerHTML;

describe('while a card shows, the page\'s own tooltip is moved aside', () => {
  test('a mark inside a titled link: the link shows no tooltip, then gets its title back exactly', () => {
    const before = page();
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(markFor('airline'));
    expect(link.getAttribute('title')).toBe('');
    expect(link.getAttribute(MOVED_TITLE_ATTR)).toBe('Azerbaijan Airlines, the national carrier');
    restore();
    expect(link.getAttribute('title')).toBe('Azerbaijan Airlines, the national carrier');
    // Byte for byte, attribute order included (title was the link's first attribute).
    expect(page()).toBe(before);
    expect(link.outerHTML.startsWith('<a title="Azerbaijan Airlines')).toBe(true);
  });

  test('an abbreviation\'s title and a paragraph\'s title are moved the same way', () => {
    const before = page();
    for (const [entity, selector] of [['interference', 'abbr'], ['kazakhstan', 'p[title]']] as const) {
      const titled = document.querySelector(selector)!;
      const restore = suppressTitle(markFor(entity));
      expect(titled.getAttribute('title')).toBe('');
      restore();
    }
    expect(page()).toBe(before);
  });

  test('only the nearest titled ancestor is touched: it is the one the browser would show', () => {
    document.body.setAttribute('title', 'Whole page');
    const restore = suppressTitle(markFor('airline'));
    expect(document.body.getAttribute('title')).toBe('Whole page');
    restore();
  });

  test('no titled ancestor, or an empty title in the way: nothing changes', () => {
    const before = page();
    const firstAktau = markFor('aktau'); // in the headline
    suppressTitle(firstAktau)();
    const baku = document.querySelectorAll('sourcelight-mark[data-sourcelight-entity="baku"]')[1]!; // in span title=""
    const restore = suppressTitle(baku);
    expect(page()).toBe(before);
    restore();
    expect(page()).toBe(before);
  });

  test('restoring twice is harmless', () => {
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(markFor('airline'));
    restore();
    link.setAttribute('title', '');
    restore();
    expect(link.getAttribute('title')).toBe('');
  });

  test('a title the page changed or removed while the card showed is left as the page wants it', () => {
    const link = document.querySelector('a.topic')!;
    const restore = suppressTitle(markFor('airline'));
    link.setAttribute('title', 'Updated by the page');
    restore();
    expect(link.getAttribute('title')).toBe('Updated by the page');

    const abbr = document.querySelector('abbr')!;
    const restoreAbbr = suppressTitle(markFor('interference'));
    abbr.removeAttribute('title');
    restoreAbbr();
    expect(abbr.hasAttribute('title')).toBe(false);
    expect(abbr.hasAttribute(MOVED_TITLE_ATTR)).toBe(false);
  });

  test('a later run puts back titles an interrupted run left aside', () => {
    const before = page();
    suppressTitle(markFor('airline')); // the content script died before hiding the card
    suppressTitle(markFor('kazakhstan'));
    expect(page()).not.toBe(before);
    expect(restoreMovedTitles(document)).toBe(2);
    expect(page()).toBe(before);
  });
});
