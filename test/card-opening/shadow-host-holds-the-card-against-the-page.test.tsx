// @vitest-environment happy-dom
import { act } from '@testing-library/preact';
import { useEffect } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { HOST_TAG, ShadowHost } from '../../lib/card-opening/shadow-host';
import { isOwnUi } from '../../lib/page/own-ui';
import { cardCss, realCard } from '../ui/support/real-card';
import { readerClick } from './support/shadow-roots';

const CARD_CSS = cardCss();

const aktau = realCard('aktau');
let host: ShadowHost;

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body><p class="sl-card">A page paragraph</p></body>';
  host = new ShadowHost(document, { css: CARD_CSS });
});
afterEach(() => host.hide());

const dialog = () => host.shadowRoot.querySelector('[role="dialog"]');

describe('the card host', () => {
  test('is our custom element, known as our UI by identity, with a shadow root holding the card\'s styles', () => {
    expect(host.host.localName).toBe(HOST_TAG);
    expect(isOwnUi(host.host)).toBe(true);
    expect(host.host.attributes).toHaveLength(1); // its style only: nothing a page could copy to pass as ours
    expect(CARD_CSS).toContain('.sl-card {');
    expect(host.shadowRoot.querySelector('style')!.textContent!.startsWith(CARD_CSS)).toBe(true);
  });

  test('keeps its shadow root closed: a page script finds no way in from the host', () => {
    host.show(<Card card={aktau} />);
    const fromPage = document.querySelector(HOST_TAG)!;
    expect(fromPage.shadowRoot).toBeNull();
    expect(fromPage.querySelector('[role="dialog"]')).toBeNull();
    expect(fromPage.textContent).toBe('');
  });

  test('lets only the reader\'s own clicks and keys reach what is inside: a page\'s synthetic ones stop at the root, undone', () => {
    const seen: string[] = [];
    host.show(
      <div>
        <button type="button" onClick={() => seen.push('click')} onKeyDown={() => seen.push('key')}>Turn off</button>
        <a href="https://elsewhere.example/" onClick={(event) => seen.push(event.defaultPrevented ? 'link stopped' : 'link followed')}>quote</a>
      </div>,
    );
    const button = host.shadowRoot.querySelector('button')!;
    const link = host.shadowRoot.querySelector('a')!;
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const pageClick = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(pageClick);
    expect(seen).toEqual([]);
    expect(pageClick.defaultPrevented).toBe(true); // a link a page clicks is not followed
    readerClick(button);
    readerClick(link);
    expect(seen).toEqual(['click', 'link followed']);
  });

  test('is in the page only while a card shows', () => {
    expect(host.host.isConnected).toBe(false);
    host.show(<Card card={aktau} />);
    expect(host.host.isConnected).toBe(true);
    host.hide();
    expect(host.host.isConnected).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  test('shows the card on <html>, fixed and on top, with every inline style !important and all: initial first', () => {
    host.show(<Card card={aktau} />);
    expect(host.host.parentNode).toBe(document.documentElement);
    expect(dialog()!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(host.shadowRoot.querySelector('h2')!.textContent).toBe('Aktau');
    const style = host.host.style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(style.getPropertyValue('z-index')).toBe('2147483647');
    for (const property of ['position', 'z-index', 'display', 'visibility', 'top', 'left']) {
      expect(style.getPropertyPriority(property), property).toBe('important');
    }
    expect(host.host.getAttribute('style')!.startsWith('all: initial !important')).toBe(true);
  });

  test('page CSS aimed at the host cannot hide it', () => {
    const pageStyle = document.createElement('style');
    pageStyle.textContent = `${HOST_TAG} { display: none !important; position: static !important; }`;
    document.head.append(pageStyle);
    host.show(<Card card={aktau} />);
    const computed = getComputedStyle(host.host);
    expect(computed.display).toBe('block');
    expect(computed.position).toBe('fixed');
  });

  test('the card\'s CSS stays inside: a page element with the same class is not styled by it', () => {
    host.show(<Card card={aktau} />);
    const pageParagraph = document.querySelector('p.sl-card')!;
    expect(getComputedStyle(pageParagraph).width).not.toBe('360px');
    expect(document.head.querySelector('style')).toBeNull();
  });

  test('is attached again on the next show when the page removed it, or moved it', () => {
    host.show(<Card card={aktau} />);
    host.host.remove();
    host.show(<Card card={aktau} />);
    expect(host.host.parentNode).toBe(document.documentElement);
    expect(dialog()).not.toBeNull();
    document.body.append(host.host);
    host.show(<Card card={aktau} />);
    expect(host.host.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  test('a page script rewriting the host\'s style is undone on the next show', () => {
    host.show(<Card card={aktau} />);
    host.host.setAttribute('style', 'display: none; opacity: 0');
    host.host.remove();
    host.show(<Card card={aktau} />);
    expect(host.host.style.getPropertyValue('display')).toBe('block');
    expect(host.host.style.getPropertyValue('opacity')).toBe('1');
  });

  test('mounts and unmounts cleanly: effects are cleaned up, nothing is left rendered, the host is gone', () => {
    const life: string[] = [];
    function Probe() {
      useEffect(() => {
        life.push('mounted');
        return () => life.push('unmounted');
      }, []);
      return <Card card={aktau} />;
    }
    act(() => host.show(<Probe />));
    expect(life).toEqual(['mounted']);
    act(() => host.show(<Probe />)); // an update (a trust change re-renders the open card): no remount
    expect(life).toEqual(['mounted']);
    expect(host.isShowing).toBe(true);
    act(() => host.hide());
    expect(life).toEqual(['mounted', 'unmounted']);
    expect(host.container.childNodes).toHaveLength(0);
    expect(host.isShowing).toBe(false);
    expect(host.host.isConnected).toBe(false);
    act(() => host.show(<Probe />));
    expect(life).toEqual(['mounted', 'unmounted', 'mounted']);
  });

  test('placement styles set through setStyle are !important too', () => {
    host.show(<Card card={aktau} />);
    host.setStyle('left', '120px');
    expect(host.host.style.getPropertyValue('left')).toBe('120px');
    expect(host.host.style.getPropertyPriority('left')).toBe('important');
  });

  // Last: a custom element definition stays for the rest of the file.
  test('a page that defined our tag and took its shadow root first still gets a working card', () => {
    customElements.define(
      HOST_TAG,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    const hijacked = new ShadowHost(document, { css: CARD_CSS });
    hijacked.show(<Card card={aktau} />);
    expect(hijacked.host.localName).toBe('div');
    expect(isOwnUi(hijacked.host)).toBe(true);
    expect(hijacked.shadowRoot.querySelector('h2')!.textContent).toBe('Aktau');
    hijacked.hide();
  });
});
