// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { markOf, watchCard, watchMarks } from '../../lib/page/card-triggers';
import { HIDE_GRACE, HoverIntent, SHOW_DELAY } from '../../lib/page/hover-intent';
import { installKeyboardNav } from '../../lib/page/keyboard-nav';
import { loadMarkedCardPage, markFor } from './support/card-page';

let abort: AbortController;
let log: string[];
let intent: HoverIntent<Element>;
const name = (mark: Element) => mark.getAttribute('data-sourcelight-entity');

beforeEach(() => {
  vi.useFakeTimers();
  loadMarkedCardPage();
  abort = new AbortController();
  log = [];
  intent = new HoverIntent<Element>({
    prefetch: (m) => log.push(`prefetch ${name(m)}`),
    show: (m, via) => log.push(`show ${name(m)} ${via}`),
    hide: (m, reason) => log.push(`hide ${name(m)} ${reason}`),
  });
  watchMarks(window, intent, { signal: abort.signal });
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

/** The pointer moves from `from` onto `to`: mouseout on the old target, mouseover on the new, as browsers fire. */
function movePointer(from: Element, to: Element): void {
  from.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: to }));
  to.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true, relatedTarget: from }));
}

describe('pointer', () => {
  test('resting on a mark inside a link opens its card; moving off closes it after the grace', () => {
    const mark = markFor('airline');
    const link = mark.parentElement!;
    movePointer(link.parentElement!, mark);
    vi.advanceTimersByTime(SHOW_DELAY);
    expect(log).toEqual(['prefetch airline', 'show airline pointer']);
    movePointer(mark, link.parentElement!);
    vi.advanceTimersByTime(HIDE_GRACE);
    expect(log.at(-1)).toBe('hide airline leave');
  });

  test('moving between the pieces of one mention is no leave', () => {
    const [first, second] = Array.from(document.querySelectorAll('[data-sourcelight-entity="flight"]'));
    expect(markOf(second!)).toBe(first);
    expect(markOf(second!.firstChild)).toBe(first);
    movePointer(document.body, first!);
    vi.advanceTimersByTime(SHOW_DELAY);
    movePointer(first!, second!);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['prefetch flight', 'show flight pointer']);
  });

  test('the page stopping propagation on its own elements does not blind us', () => {
    const mark = markFor('caspian');
    mark.parentElement!.addEventListener('mouseover', (e) => e.stopPropagation());
    movePointer(document.body, mark);
    vi.advanceTimersByTime(SHOW_DELAY);
    expect(log.at(-1)).toBe('show caspian pointer');
  });
});

describe('keyboard', () => {
  test('the shortcut focuses the next mention and focus opens its card at once', () => {
    installKeyboardNav(window, { signal: abort.signal });
    const press = () =>
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true, composed: true }),
      );
    press();
    expect(log).toEqual(['prefetch aktau', 'show aktau focus']);
    press();
    expect(log.slice(2)).toEqual(['prefetch airline', 'hide aktau switch', 'show airline focus']);
  });

  test('tabbing to a page link inside a mark opens the mark\'s card too', () => {
    const link = markFor('airline').parentElement as HTMLAnchorElement;
    const inner = document.createElement('a');
    inner.href = '/inside';
    inner.textContent = 'Caspian';
    const caspian = markFor('caspian');
    caspian.replaceChildren(inner);
    inner.focus();
    expect(log).toEqual(['prefetch caspian', 'show caspian focus']);
    link.focus(); // the link around the airline mark: not inside a mark
    vi.advanceTimersByTime(HIDE_GRACE);
    expect(log.at(-1)).toBe('hide caspian blur');
  });
});

describe('the card', () => {
  test('pointer and focus on the card\'s host keep it open', () => {
    const host = document.createElement('sourcelight-card-host');
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    document.documentElement.append(host);
    watchCard(host, intent, { signal: abort.signal });

    const mark = markFor('baku');
    movePointer(document.body, mark);
    vi.advanceTimersByTime(SHOW_DELAY);
    movePointer(mark, document.body);
    host.dispatchEvent(new MouseEvent('mouseenter'));
    button.focus();
    host.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(5000);
    expect(log.at(-1)).toBe('show baku pointer');
    button.blur();
    vi.advanceTimersByTime(HIDE_GRACE);
    expect(log.at(-1)).toBe('hide baku blur');
  });
});

test('aborting removes every listener', () => {
  abort.abort();
  movePointer(document.body, markFor('aktau'));
  vi.advanceTimersByTime(SHOW_DELAY);
  expect(log).toEqual([]);
});
