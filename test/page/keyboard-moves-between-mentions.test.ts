// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  installKeyboardNav,
  markFromViewport,
  mentionMarks,
  navDirection,
  type KeyboardNavOptions,
} from '../../lib/page/keyboard-nav';
import { loadMarkedCardPage, markFor } from './support/card-page';

let marks: Element[];
let abort: AbortController;

beforeEach(() => {
  marks = loadMarkedCardPage();
  abort = new AbortController();
});
afterEach(() => abort.abort());

function install(options: KeyboardNavOptions = {}) {
  return installKeyboardNav(window, { ...options, signal: abort.signal });
}

/** Presses a key where the focus is, as a browser would dispatch it. */
function press(key: string, modifiers: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers });
  (document.activeElement ?? document.body).dispatchEvent(event);
  return event;
}
const next = () => press('ArrowDown', { altKey: true, shiftKey: true });
const previous = () => press('ArrowUp', { altKey: true, shiftKey: true });

const entityOf = (element: Element | null) => element?.getAttribute('data-sourcelight-entity') ?? element?.localName;
/** Elements a Tab press would stop at: focusable by tabindex >= 0 or natively. */
const tabStops = () =>
  Array.from(document.querySelectorAll('a[href], button, input, [tabindex]')).filter(
    (e) => e.getAttribute('tabindex') === null || Number(e.getAttribute('tabindex')) >= 0,
  );

describe('the keys', () => {
  test('Alt+Shift+ArrowDown and Alt+Shift+ArrowUp, nothing else', () => {
    const key = (k: string, m: Partial<KeyboardEvent> = {}) =>
      navDirection({ key: k, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...m });
    expect(key('ArrowDown', { altKey: true, shiftKey: true })).toBe('next');
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toBe('previous');
    expect(key('ArrowDown')).toBeNull(); // scrolling, screen reader browse mode
    expect(key('ArrowDown', { altKey: true })).toBeNull(); // opens a select
    expect(key('ArrowDown', { shiftKey: true })).toBeNull(); // extends a selection
    expect(key('ArrowLeft', { altKey: true, shiftKey: true })).toBeNull(); // Alt+Left is Back
    expect(key('ArrowDown', { altKey: true, shiftKey: true, ctrlKey: true })).toBeNull(); // VoiceOver, workspaces
    expect(key('ArrowDown', { altKey: true, shiftKey: true, metaKey: true })).toBeNull();
  });
});

describe('moving between mentions', () => {
  test('visits every mention once, in document order, and stops at the last', () => {
    install();
    const mentions = mentionMarks(document);
    const visited: (string | undefined)[] = [];
    for (let i = 0; i < mentions.length + 2; i++) {
      next();
      visited.push(entityOf(document.activeElement));
    }
    expect(mentions.map(entityOf)).toEqual(['aktau', 'airline', 'baku', 'grozny', 'interference', 'caspian', 'aktau', 'baku', 'grozny', 'kazakhstan', 'flight']);
    expect(visited.slice(0, mentions.length)).toEqual(mentions.map(entityOf));
    expect(visited.slice(mentions.length)).toEqual(['flight', 'flight']); // no wrapping
    expect(document.activeElement).toBe(mentions.at(-1));
  });

  test('a mention wrapped in two pieces is one stop', () => {
    const pieces = marks.filter((m) => m.getAttribute('data-sourcelight-entity') === 'flight');
    expect(pieces).toHaveLength(2);
    expect(mentionMarks(document).filter((m) => entityOf(m) === 'flight')).toEqual([pieces[0]]);
  });

  test('goes back with ArrowUp', () => {
    install();
    next();
    next();
    next();
    expect(entityOf(document.activeElement)).toBe('baku');
    previous();
    expect(entityOf(document.activeElement)).toBe('airline');
  });

  test('starts from the focused element: the button between Baku and Grozny', () => {
    install();
    const share = document.querySelector('button')!;
    share.focus();
    next();
    expect(document.activeElement).toBe(document.querySelectorAll('sourcelight-mark[data-sourcelight-entity="grozny"]')[1]);
    share.focus();
    previous();
    expect(document.activeElement).toBe(document.querySelectorAll('sourcelight-mark[data-sourcelight-entity="baku"]')[1]);
  });

  test('starts from the mark of the open card when focus is inside the card', () => {
    const host = document.createElement('sourcelight-card-host');
    host.setAttribute('data-sourcelight-ui', 'card');
    host.tabIndex = -1;
    document.documentElement.append(host);
    host.focus();
    install({ currentMark: () => markFor('caspian') });
    next();
    expect(document.activeElement).toBe(marks.filter((m) => entityOf(m) === 'aktau')[1]);
  });

  test('skips marks the page hid', () => {
    install();
    markFor('airline').classList.add('page-hid-it');
    next();
    next();
    expect(entityOf(document.activeElement)).toBe('baku');
  });

  test('scrolls the mention into the middle of the view', () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    install();
    next();
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(scroll.mock.contexts[0]).toBe(marks[0]);
    scroll.mockRestore();
  });

  test('keys typed in a text field are left to the field', () => {
    install();
    const input = document.querySelector('input')!;
    input.focus();
    const event = next();
    expect(document.activeElement).toBe(input);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('no tab stop per mention', () => {
  test('only the focused mark is focusable, by script only, and only while it has focus', () => {
    install();
    const stopsBefore = tabStops();
    next();
    expect(marks[0]!.getAttribute('tabindex')).toBe('-1');
    next();
    expect(marks[0]!.hasAttribute('tabindex')).toBe(false);
    expect(marks.filter((m) => m.hasAttribute('tabindex'))).toEqual([marks[1]]);
    (document.activeElement as HTMLElement).blur();
    expect(marks.filter((m) => m.hasAttribute('tabindex'))).toEqual([]);
    expect(tabStops()).toEqual(stopsBefore);
  });
});

describe('with nothing focused, the first press lands on what is in view', () => {
  const extents = [-300, -40, 10, 200, 700, 900].map((top) => ({ top, bottom: top + 20 }));
  test('down: the first mark at or below the top of the viewport', () => {
    expect(markFromViewport(extents, 768, 'next')).toBe(2);
  });
  test('up: the last mark at or above the bottom of the viewport', () => {
    expect(markFromViewport(extents, 768, 'previous')).toBe(4);
  });
  test('none that way: nothing', () => {
    expect(markFromViewport(extents.slice(0, 2), 768, 'next')).toBe(-1);
    expect(markFromViewport(extents.slice(5), 768, 'previous')).toBe(-1);
  });
});

describe('keys for the card', () => {
  test('Escape closes an open card and stops there; with none open the page gets it', () => {
    let open = true;
    install({ onEscape: () => (open ? ((open = false), true) : false) });
    const pageSaw: string[] = [];
    document.body.addEventListener('keydown', (e) => pageSaw.push(e.key));
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(press('Escape').defaultPrevented).toBe(false);
    expect(pageSaw).toEqual(['Escape']);
  });

  test('Tab on a focused mark moves into its card; Enter reopens it', () => {
    const enterCard = vi.fn(() => true);
    const onActivate = vi.fn();
    install({ enterCard, onActivate });
    next();
    expect(press('Tab').defaultPrevented).toBe(true);
    expect(enterCard).toHaveBeenCalledWith(marks[0]);
    press('Enter');
    expect(onActivate).toHaveBeenCalledWith(marks[0]);
    expect(press('Tab', { shiftKey: true }).defaultPrevented).toBe(false);
  });

  test('Tab elsewhere is the page\'s', () => {
    const enterCard = vi.fn(() => true);
    install({ enterCard });
    document.querySelector('button')!.focus();
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(enterCard).not.toHaveBeenCalled();
  });

  test('aborting the signal removes the listener', () => {
    install();
    abort.abort();
    next();
    expect(document.activeElement).toBe(document.body);
  });
});
