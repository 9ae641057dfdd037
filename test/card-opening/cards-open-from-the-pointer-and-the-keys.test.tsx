// @vitest-environment happy-dom
/**
 * The card layer (lib/card-opening/card-layer.tsx) on a page whose mentions were found by the real page code, with
 * cards built by the real pipeline: the pointer resting on a mention, the keyboard walk, Escape, the title tooltip,
 * trust changes, and only the reader's own input counting. Hit-testing is by position (lib/page/hit-test.ts); here
 * a point is mapped to a mention directly, as happy-dom has no layout.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCardCache } from '../../lib/card-opening/card-cache';
import { createCardLayer, type CardLayer } from '../../lib/card-opening/card-layer';
import { HIDE_GRACE, SHOW_DELAY } from '../../lib/card-opening/hover-intent';
import { HOST_TAG } from '../../lib/card-opening/shadow-host';
import { buildCard, type Card } from '../../lib/cards/card';
import type { Trust } from '../../lib/facts/trust';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlight-names';
import type { PageMention } from '../../lib/page/mentions';
import { createPainter } from '../../lib/page/paint';
import type { PageMarks } from '../../lib/page/page-marks';
import { fakeHighlights } from '../page/support/highlights';
import { loadCardPage, mentionFor } from '../page/support/card-page';
import { trusted } from '../page/support/page';
import { readerClick, recordShadowRoots } from './support/shadow-roots';
import { realFactBase } from '../ui/support/real-card';

const fb = realFactBase();
const roots = recordShadowRoots();
afterAll(() => roots.restore());
let trust: Trust;
let abort: AbortController;
let layer: CardLayer;
let mentions: PageMention[];
let api: ReturnType<typeof fakeHighlights>;
let refresh: () => Promise<void>;
let turnedOff: number;
let pageBefore: string;

/** Mention i sits at (10, 10 + 20 i) in this test's layout. */
const pointOf = (m: PageMention) => ({ x: 10, y: 10 + 20 * mentions.indexOf(m) });

beforeEach(() => {
  vi.useFakeTimers();
  mentions = loadCardPage();
  pageBefore = document.documentElement.outerHTML;
  api = fakeHighlights();
  trust = {};
  turnedOff = 0;
  abort = new AbortController();
  const cache = createCardCache(async (entities) => entities.map((e) => buildCard(e, fb, trust)).filter((c): c is Card => c !== null));
  refresh = () => cache.refresh();
  layer = createCardLayer(window, {
    cards: cache,
    signal: abort.signal,
    actions: { notThis: () => {}, turnOffSite: () => turnedOff++, undoTurnOff: () => {}, site: 'news.example' },
    extentOf: (m) => ({ top: pointOf(m).y - 5, bottom: pointOf(m).y + 5 }),
  });
  const painter = createPainter(api);
  const marks = {
    doc: document,
    painter,
    mentionAt: (x: number, y: number) => mentions.find((m) => pointOf(m).x === x && pointOf(m).y === y) ?? null,
    *marked() {
      yield* mentions;
    },
    isMarked: (m: PageMention) => mentions.includes(m),
  } as unknown as PageMarks;
  layer.watch(marks);
});
afterEach(() => {
  layer.destroy();
  abort.abort();
  vi.useRealTimers();
});

const host = () => document.querySelector(HOST_TAG) as HTMLElement | null;
const shadow = () => roots.of(host())!;
const cardName = () => (host() ? (shadow().querySelector('[role="dialog"] h2')?.textContent ?? null) : null);
const nameOf = (entity: string) => fb.entities.find((e) => e.id === entity)!.name;

async function frame(): Promise<void> {
  await vi.advanceTimersByTimeAsync(20);
}
async function pointTo(m: PageMention | null, isTrusted = true): Promise<void> {
  const at = m ? pointOf(m) : { x: 500, y: 5 };
  const event = new MouseEvent('pointermove', { bubbles: true, clientX: at.x, clientY: at.y });
  document.body.dispatchEvent(isTrusted ? trusted(event) : event);
  await frame();
}
function press(key: string, init: KeyboardEventInit = {}, isTrusted = true): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  const active = document.activeElement;
  const target = active && active === host() ? shadow().activeElement! : (active ?? document.body);
  target.dispatchEvent(isTrusted ? trusted(event) : event);
  return event;
}
const walk = () => press('ArrowDown', { altKey: true, shiftKey: true });

describe('the pointer', () => {
  test('resting on a mention opens its card after the dwell; the link\'s title is moved aside until it closes', async () => {
    const airline = mentionFor(mentions, 'airline');
    const link = document.querySelector('a.topic')!;
    await pointTo(airline);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    expect(cardName()).toBe(nameOf('airline'));
    expect(link.getAttribute('title')).toBe('');
    expect(api.text(HIGHLIGHT_NAMES.active)).toEqual(['Azerbaijan Airlines']);
    await pointTo(null);
    await vi.advanceTimersByTimeAsync(HIDE_GRACE);
    expect(host()).toBeNull();
    expect(link.getAttribute('title')).toBe('Azerbaijan Airlines, the national carrier');
    expect(api.registry.has(HIGHLIGHT_NAMES.active)).toBe(false);
    expect(document.documentElement.outerHTML).toBe(pageBefore);
  });

  test('a pointer a page script fakes opens nothing', async () => {
    await pointTo(mentionFor(mentions, 'baku'), false);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY * 4);
    expect(host()).toBeNull();
  });

  test('the card\'s own close button and off switch work', async () => {
    await pointTo(mentionFor(mentions, 'baku'));
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    readerClick(shadow().querySelector<HTMLButtonElement>('button[aria-label="Close"]')!);
    expect(host()).toBeNull();
    await pointTo(null);
    await pointTo(mentionFor(mentions, 'grozny'));
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    const off = [...shadow().querySelectorAll('button')].find((b) => /turn off/i.test(b.textContent ?? ''))!;
    off.click(); // a page script's click
    expect(turnedOff).toBe(0);
    readerClick(off);
    expect(turnedOff).toBe(1);
  });

  test('a trust change reaches the open card', async () => {
    await pointTo(mentionFor(mentions, 'aktau'));
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    const before = shadow().textContent;
    trust = Object.fromEntries(fb.sources.map((s) => [s.id, false]));
    await refresh();
    await frame();
    expect(shadow().textContent).not.toBe(before);
    expect(shadow().textContent).toMatch(/trust no source/i);
  });
});

describe('the keyboard walk', () => {
  test('the shortcut paints the first mention in view as focused, opens its card and moves focus into it', async () => {
    const event = walk();
    expect(event.defaultPrevented).toBe(true);
    await frame();
    expect(api.text(HIGHLIGHT_NAMES.focus)).toEqual([mentions[0]!.wording]);
    expect(cardName()).toBe(nameOf(mentions[0]!.entity));
    expect(document.activeElement).toBe(host());
  });

  test('the next press walks on, the card following; Escape closes it and gives focus back', async () => {
    const button = document.querySelector('button')!;
    button.focus();
    walk(); // from the button: Grozny comes after it
    await frame();
    expect(cardName()).toBe(nameOf('grozny'));
    walk();
    await frame();
    const second = mentions[mentions.indexOf(mentionFor(mentions, 'grozny', 1)) + 1]!;
    expect(cardName()).toBe(nameOf(second.entity));
    expect(document.activeElement).toBe(host());
    const escape = press('Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(button);
    // The walk still stands where it was: the focus highlight stays until it moves on.
    expect(api.text(HIGHLIGHT_NAMES.focus)).toEqual([second.wording]);
  });

  test('keys a page script dispatches do nothing', async () => {
    const event = press('ArrowDown', { altKey: true, shiftKey: true }, false);
    await frame();
    expect(event.defaultPrevented).toBe(false);
    expect(host()).toBeNull();
  });

  test('an announcement says what opened', async () => {
    walk();
    await frame();
    await frame();
    expect(shadow().querySelector('[role="status"]')!.textContent).toContain(nameOf(mentions[0]!.entity));
  });
});

test('destroying closes the card, takes every highlight of ours off, and the page is as it was', async () => {
  walk();
  await frame();
  expect(host()).not.toBeNull();
  layer.destroy();
  expect(host()).toBeNull();
  expect(api.registry.size).toBe(0);
  expect(document.documentElement.outerHTML).toBe(pageBefore);
});
