// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { Extent } from '../../lib/card-opening/keyboard';
import { scrollToMention } from '../../lib/card-opening/scroll-to-mention';
import type { PageMention } from '../../lib/page/mentions';
import { loadCardPage } from '../page/support/card-page';

let mention: PageMention;
let scrolledBy: number[];
let intoView: number;
/** The mention's extent: where the page puts it, moved by every scroll so far. */
let at: Extent | null;

beforeEach(() => {
  mention = loadCardPage()[0]!;
  scrolledBy = [];
  intoView = 0;
  mention.startNode.parentElement!.scrollIntoView = () => {
    intoView++;
    if (at) at = { top: 0, bottom: at.bottom - at.top }; // "nearest": it now sits at the top edge
  };
});

const win = {
  innerHeight: 400,
  scrollBy(options?: ScrollToOptions | number) {
    const top = (options as ScrollToOptions).top ?? 0;
    scrolledBy.push(top);
    if (at) at = { top: at.top - top, bottom: at.bottom - top };
  },
} as Pick<Window, 'innerHeight' | 'scrollBy'>;

test('a mention in view stays put', () => {
  at = { top: 100, bottom: 120 };
  scrollToMention(win, mention, () => at);
  expect(intoView).toBe(0);
  expect(scrolledBy).toEqual([]);
});

test('a mention below the viewport comes to its middle', () => {
  at = { top: 900, bottom: 920 };
  scrollToMention(win, mention, () => at);
  expect(intoView).toBe(1);
  expect(at).toEqual({ top: 190, bottom: 210 });
});

test('a mention above the viewport too', () => {
  at = { top: -50, bottom: -30 };
  scrollToMention(win, mention, () => at);
  expect(at).toEqual({ top: 190, bottom: 210 });
});

test('a mention with no box is left alone', () => {
  at = null;
  scrollToMention(win, mention, () => at);
  expect(intoView).toBe(0);
  expect(scrolledBy).toEqual([]);
});
