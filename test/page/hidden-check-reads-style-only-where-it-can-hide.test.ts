// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectContexts } from '../../lib/page/contexts';
import { styleHiddenCheck } from '../../lib/page/elements';

describe('the hidden check by computed style', () => {
  it('reads the style of blocks and of inline elements a class, id or style could hide, not of plain ones', () => {
    document.body.innerHTML =
      '<p>Flight <em>8243</em> left <a href="/baku">Baku</a> on <time>Wednesday</time>; ' +
      '<span>an aside</span>, <a class="sr-only" href="/x">skip</a>, <b id="b">bold</b>, <i style="color: red">it</i>.</p>';
    const asked: string[] = [];
    const view = {
      getComputedStyle(element: Element) {
        asked.push(element.localName + (element.getAttribute('class') ? `.${element.getAttribute('class')}` : ''));
        return window.getComputedStyle(element);
      },
    };
    const contexts = collectContexts(document, { isHidden: styleHiddenCheck(view) });
    expect(contexts.map((c) => c.text)).toEqual(['Flight 8243 left Baku on Wednesday; an aside, skip, bold, it.']);
    expect(asked).toEqual(['body', 'p', 'span', 'a.sr-only', 'b', 'i']);
  });

  it('still skips an inline element hidden through its class', () => {
    document.head.innerHTML = '<style>.sr-gone { display: none; }</style>';
    document.body.innerHTML = '<p>Flight <em class="sr-gone">hidden</em> 8243 <em>shown</em></p>';
    // A skipped element ends the run of text around it (elements.ts).
    expect(collectContexts(document, { isHidden: styleHiddenCheck(window) }).map((c) => c.text)).toEqual(['Flight ', '8243 shown']);
  });
});
