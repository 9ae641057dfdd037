// @vitest-environment happy-dom
/**
 * The card pieces (lib/ui, lib/page) as the content script wires them (lib/content/card-layer.tsx), on a marked
 * page, with cards built by the real pipeline: hover, keyboard, Escape, the title tooltip, trust changes.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildCard, type Card } from '../../lib/facts/cards';
import type { Trust } from '../../lib/facts/trust';
import { createCardCache } from '../../lib/content/card-cache';
import { createCardLayer, type CardLayer } from '../../lib/content/card-layer';
import { HIDE_GRACE, SHOW_DELAY } from '../../lib/page/hover-intent';
import { HOST_TAG } from '../../lib/ui/shadow-host';
import { realFactBase } from '../ui/support/real-card';
import { loadMarkedCardPage, markFor } from '../page/support/card-page';

const fb = realFactBase();
let trust: Trust;
let abort: AbortController;
let layer: CardLayer;
let fetchCards: ReturnType<typeof vi.fn<(entities: string[]) => Promise<Card[]>>>;
let refresh: () => Promise<void>;
let turnedOff: number;
let bodyBefore: string;

beforeEach(() => {
  vi.useFakeTimers();
  loadMarkedCardPage();
  bodyBefore = document.body.outerHTML;
  trust = {};
  turnedOff = 0;
  abort = new AbortController();
  fetchCards = vi.fn(async (entities: string[]) =>
    entities.map((e) => buildCard(e, fb, trust)).filter((c): c is Card => c !== null),
  );
  const cache = createCardCache(fetchCards);
  refresh = () => cache.refresh();
  layer = createCardLayer(window, { cards: cache, signal: abort.signal, onTurnOffSite: () => turnedOff++ });
});
afterEach(() => {
  layer.destroy();
  abort.abort();
  vi.useRealTimers();
});

const host = () => document.querySelector(HOST_TAG) as HTMLElement | null;
const shadow = () => host()!.shadowRoot!;
const isShown = () => host() !== null && host()!.style.getPropertyValue('display') !== 'none';
const dialogName = () => (isShown() ? (shadow().querySelector('[role="dialog"] h2')?.textContent ?? null) : null);
const nameOf = (entity: string) => fb.entities.find((e) => e.id === entity)!.name;

function hover(mark: Element): void {
  mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body, clientX: 40, clientY: 60 }));
}
function unhover(mark: Element): void {
  mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
}
function key(name: string, mods: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true, ...mods });
  const active = document.activeElement;
  const target = active && active === host() ? shadow().activeElement! : (active ?? document.body);
  target.dispatchEvent(event);
  return event;
}

describe('hover', () => {
  test('resting on a mention opens its card; the link\'s title is moved aside until it closes', async () => {
    const mark = markFor('airline');
    hover(mark);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    expect(dialogName()).toBe(nameOf('airline'));
    expect(fetchCards).toHaveBeenCalledTimes(1); // the prefetch at 150 ms and the show share one request
    expect(mark.closest('a')!.getAttribute('title')).toBe('');
    expect(host()!.style.getPropertyValue('left')).toMatch(/px$/);

    unhover(mark);
    await vi.advanceTimersByTimeAsync(HIDE_GRACE);
    expect(isShown()).toBe(false);
    expect(mark.closest('a')!.getAttribute('title')).toBe('Azerbaijan Airlines, the national carrier');
  });

  test('the card\'s own close button and off switch work', async () => {
    hover(markFor('baku'));
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    (shadow().querySelector('.sl-off') as HTMLButtonElement).click();
    expect(turnedOff).toBe(1);
    (shadow().querySelector('.sl-close') as HTMLButtonElement).click();
    expect(isShown()).toBe(false);
    expect(layer.current).toBeNull();
  });

  test('a trust change reaches the open card', async () => {
    hover(markFor('aktau'));
    await vi.advanceTimersByTimeAsync(SHOW_DELAY);
    expect(shadow().textContent).not.toContain('untrusted source');
    trust = { [buildCard('aktau', fb, {})!.mentionedBy[0]!]: false };
    await refresh();
    expect(shadow().textContent).toContain('1 untrusted source hidden');
  });
});

describe('keyboard', () => {
  test('the shortcut opens the card, Tab enters it, Escape closes it and leaves focus on the mention', async () => {
    key('ArrowDown', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(0);
    const first = markFor('aktau');
    expect(document.activeElement).toBe(first);
    expect(dialogName()).toBe('Aktau');

    expect(key('Tab').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(host());
    expect(shadow().activeElement).not.toBeNull();

    expect(key('Escape').defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(isShown()).toBe(false);
    expect(document.activeElement).toBe(first);

    key('ArrowDown', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(dialogName()).toBe(nameOf('airline'));
    expect(first.hasAttribute('tabindex')).toBe(false);
  });
});

test('destroying takes the card host and every listener away, and the page is as it was', async () => {
  hover(markFor('aktau'));
  await vi.advanceTimersByTimeAsync(SHOW_DELAY);
  layer.destroy();
  abort.abort();
  expect(host()).toBeNull();
  hover(markFor('baku'));
  await vi.advanceTimersByTimeAsync(SHOW_DELAY);
  expect(host()).toBeNull();
  // The shown mark's look is the content script's (mark-armour); everything else is back byte for byte.
  const strip = (html: string) => html.replace(/ style="[^"]*"/g, '').replace(/ data-sourcelight-active=""/g, '');
  expect(strip(document.body.outerHTML)).toBe(strip(bodyBefore));
});
