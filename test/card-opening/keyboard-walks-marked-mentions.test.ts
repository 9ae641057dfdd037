// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { installKeyboard, navDirection, stepFrom, type KeyboardOptions } from '../../lib/card-opening/keyboard';
import type { PageMention } from '../../lib/page/mentions';
import { loadCardPage, mentionFor } from '../page/support/card-page';
import { trusted } from '../page/support/page';

let mentions: PageMention[];
let abort: AbortController;

beforeEach(() => {
  mentions = loadCardPage();
  abort = new AbortController();
});
afterEach(() => abort.abort());

/** Each mention's extent as if every line were 20 px and the page scrolled by `scrolled` px. */
const layout = (scrolled = 0) => (m: PageMention) => {
  const i = mentions.indexOf(m);
  return { top: i * 20 - scrolled, bottom: i * 20 + 18 - scrolled };
};
const viewport = (scrolled = 0, height = 100) => ({ extentOf: layout(scrolled), height });
const names = (list: (PageMention | null)[]) => list.map((m) => (m ? `${m.entity} ${m.wording}` : null));

describe('the keys', () => {
  test('Alt+Shift+ArrowDown and Alt+Shift+ArrowUp, nothing else', () => {
    const key = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      navDirection({ key, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(key('ArrowDown', { altKey: true, shiftKey: true })).toBe('next');
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toBe('previous');
    expect(key('ArrowDown', { altKey: true })).toBeNull();
    expect(key('ArrowDown', { shiftKey: true })).toBeNull();
    expect(key('ArrowDown', { altKey: true, shiftKey: true, ctrlKey: true })).toBeNull();
    expect(key('ArrowDown', { altKey: true, shiftKey: true, metaKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true, shiftKey: true })).toBeNull();
  });
});

describe('where the walk goes', () => {
  test('visits every mention once, in document order, and stops at the last', () => {
    const visited: (PageMention | null)[] = [];
    let current: PageMention | null = null;
    for (let i = 0; i <= mentions.length; i++) {
      current = stepFrom(mentions, { current, focused: null }, 'next', viewport());
      visited.push(current);
      if (!current) break;
    }
    expect(visited).toEqual([...mentions, null]);
  });

  test('a mention over two elements (the link and the number after it) is one stop', () => {
    const flight = mentionFor(mentions, 'flight');
    expect(flight.nodes).toHaveLength(2);
    expect(mentions.filter((m) => m.entity === 'flight')).toHaveLength(1);
  });

  test('goes back with ArrowUp, and stops at the first', () => {
    const second = mentions[1]!;
    expect(stepFrom(mentions, { current: second, focused: null }, 'previous', viewport())).toBe(mentions[0]);
    expect(stepFrom(mentions, { current: mentions[0]!, focused: null }, 'previous', viewport())).toBeNull();
  });

  test('with nothing to start from, the first press lands on what is in view', () => {
    // Scrolled by 50 px: mentions 0-2 start above the top, 3-6 end in a 100 px viewport, the rest below.
    expect(stepFrom(mentions, { current: null, focused: null }, 'next', viewport(50))).toBe(mentions[3]);
    expect(stepFrom(mentions, { current: null, focused: null }, 'previous', viewport(50))).toBe(mentions[6]);
    expect(stepFrom(mentions, { current: null, focused: null }, 'next', viewport(10_000))).toBeNull();
  });

  test('starts from the page element with focus: the button between Baku and Grozny', () => {
    const button = document.querySelector('button')!;
    expect(names([stepFrom(mentions, { current: null, focused: button }, 'next', viewport())])).toEqual(['grozny Grozny']);
    expect(names([stepFrom(mentions, { current: null, focused: button }, 'previous', viewport())])).toEqual(['baku Baku']);
  });

  test('the mention it stands on counts before the focused element', () => {
    const button = document.querySelector('button')!;
    const aktau = mentions[0]!;
    expect(stepFrom(mentions, { current: aktau, focused: button }, 'next', viewport())).toBe(mentions[1]);
  });
});

describe('listening for the keys', () => {
  function install(overrides: Partial<KeyboardOptions> = {}) {
    const options: KeyboardOptions = {
      signal: abort.signal,
      mentions: () => mentions,
      current: () => null,
      focused: () => null,
      walkTo: vi.fn(),
      onEscape: vi.fn(() => false),
      extentOf: layout(),
      ...overrides,
    };
    installKeyboard(window, window, options);
    return options;
  }
  const keydown = (key: string, init: KeyboardEventInit = {}) =>
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  const walkKey = () => keydown('ArrowDown', { altKey: true, shiftKey: true });

  test('a press walks to the next mention and is taken from the page', () => {
    const options = install();
    const event = trusted(walkKey());
    document.body.dispatchEvent(event);
    expect(options.walkTo).toHaveBeenCalledWith(mentions[0]);
    expect(event.defaultPrevented).toBe(true);
  });

  test('a press a page script dispatches does nothing', () => {
    const options = install();
    const event = walkKey();
    document.body.dispatchEvent(event);
    expect(options.walkTo).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  test('keys typed in a text field or an editor are left to it', () => {
    const options = install();
    document.querySelector('input')!.dispatchEvent(trusted(walkKey()));
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    editor.dispatchEvent(trusted(walkKey()));
    expect(options.walkTo).not.toHaveBeenCalled();
  });

  test('Escape closes an open card and stops there; with none open the page gets it', () => {
    let open = true;
    install({ onEscape: () => open });
    const first = trusted(keydown('Escape'));
    document.body.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    open = false;
    const second = trusted(keydown('Escape'));
    document.body.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
  });

  test('aborting the signal removes the listener', () => {
    const options = install();
    abort.abort();
    document.body.dispatchEvent(trusted(walkKey()));
    expect(options.walkTo).not.toHaveBeenCalled();
  });

  test('no mention is ever a tab stop: the page\'s own controls are all Tab reaches', () => {
    install();
    document.body.dispatchEvent(trusted(walkKey()));
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
  });
});
