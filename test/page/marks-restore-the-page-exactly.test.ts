// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectContexts } from '../../lib/page/contexts';
import { neverHidden } from '../../lib/page/elements';
import { ENTITY_ATTR, markContext, mentionOf, PART_ATTR, unmarkAll } from '../../lib/page/marks';
import { allNodes, loadNewsPage, marksIn, wordMatcher } from './support/page';

const match = wordMatcher({
  'Azerbaijan Airlines': 'azal',
  Aktau: 'aktau',
  Baku: 'baku',
  Grozny: 'grozny',
  'Flight J2-8243': 'flight',
  'Embraer 190': 'embraer',
  Kazakhstan: 'kazakhstan',
});

function markPage(root: Node = document): number {
  let mentions = 0;
  for (const context of collectContexts(root)) mentions += markContext(context, match(context.text)).mentions;
  return mentions;
}

describe('marking a realistic article', () => {
  beforeEach(loadNewsPage);

  test('wraps every mention in a mark carrying the entity id, and leaves textContent unchanged', () => {
    const text = document.documentElement.textContent;
    const mentions = markPage();
    expect(mentions).toBeGreaterThan(15);
    expect(document.documentElement.textContent).toBe(text);
    for (const mark of marksIn()) {
      expect(mark.getAttribute(ENTITY_ATTR)).toMatch(/^[a-z]+$/);
      expect(mark.hasAttribute('tabindex')).toBe(false); // marks are never tab stops
    }
    const lead = document.querySelector('article > p:nth-of-type(2)')!;
    expect(marksIn(lead).map((m) => [m.getAttribute(ENTITY_ATTR), m.textContent])).toEqual([
      ['azal', 'Azerbaijan Airlines'],
      ['baku', 'Baku'],
      ['grozny', 'Grozny'],
      ['aktau', 'Aktau'],
      ['flight', 'Flight J2-8243'],
    ]);
  });

  test('marks a mention crossing <em> as ONE mark around the text and the whole <em>', () => {
    markPage();
    const em = Array.from(document.querySelectorAll('em')).find((e) => e.textContent === 'J2-8243')!;
    const mark = em.parentElement!;
    expect(mark.localName).toBe('sourcelight-mark');
    expect(mark.getAttribute(ENTITY_ATTR)).toBe('flight');
    expect(mark.textContent).toBe('Flight J2-8243');
    expect(mark.hasAttribute(PART_ATTR)).toBe(false);
  });

  test('marks a mention inside an <a> or <b> inside the element, leaving the element in place', () => {
    markPage();
    const link = document.querySelector('a[href="/topic/azal"]')!;
    expect(link.parentElement!.localName).toBe('p');
    expect(link.innerHTML).toBe('<sourcelight-mark data-sourcelight-entity="azal">Azerbaijan Airlines</sourcelight-mark>');
    expect(document.querySelector('li b')!.firstElementChild!.getAttribute(ENTITY_ATTR)).toBe('aktau');
  });

  test('marks nothing inside skipped or hidden elements, or our own UI', () => {
    markPage();
    const skipped = 'code, pre, textarea, button, select, [contenteditable], noscript, template, svg, script, style, ' +
      'title, .collapsed, [hidden], .ghost, sourcelight-card, [data-sourcelight-ui]';
    for (const element of Array.from(document.querySelectorAll(skipped))) {
      expect(element.querySelector('sourcelight-mark'), element.outerHTML).toBeNull();
    }
    expect(document.querySelector('input')!.getAttribute('value')).toBe('Aktau');
  });

  test('unmarkAll restores innerHTML, every node and every text-node boundary exactly', () => {
    const html = document.documentElement.innerHTML;
    const before = allNodes(document.documentElement);
    markPage();
    expect(document.documentElement.innerHTML).not.toBe(html);
    expect(allNodes(document.documentElement).length).toBeGreaterThan(before.length);
    const removed = unmarkAll(document);
    expect(removed).toBeGreaterThan(15);
    expect(document.documentElement.innerHTML).toBe(html);
    const after = allNodes(document.documentElement);
    expect(after.length).toBe(before.length);
    // Same node objects, in the same order: references the page holds still point into the document.
    after.forEach((node, i) => expect(node).toBe(before[i]));
  });

  test('marking, unmarking and marking again gives the same marks', () => {
    markPage();
    const first = document.documentElement.innerHTML;
    unmarkAll(document);
    markPage();
    expect(document.documentElement.innerHTML).toBe(first);
  });

  test('page-held text nodes keep the text before a mark while marked, and all of it after', () => {
    const lead = document.querySelector('article > p:nth-of-type(2)')!;
    const firstText = lead.firstChild as Text; // "An "
    const middle = lead.childNodes[2] as Text; // " jet flying from Baku to Grozny came down …"
    const data = middle.data;
    markPage();
    expect(firstText.isConnected && middle.isConnected).toBe(true);
    expect(middle.data).toBe(' jet flying from ');
    unmarkAll(document);
    expect(middle.data).toBe(data);
    expect(middle.parentNode).toBe(lead);
  });
});

describe('marking across tags where one element cannot hold the mention', () => {
  test('wraps each piece in its own mark, linked by data-sourcelight-part, and restores exactly', () => {
    document.body.innerHTML = '<p>The <a href="/azal">AZAL flight</a> 8243 <em>crashed</em>.</p>';
    const html = document.body.innerHTML;
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    const result = markContext(context!, [{ entity: 'flight', start: 9, end: 20 }]);
    expect(context!.text.slice(9, 20)).toBe('flight 8243');
    expect(result.mentions).toBe(1);
    expect(result.marks.map((m) => m.textContent)).toEqual(['flight', ' 8243']);
    const part = result.marks[0]!.getAttribute(PART_ATTR);
    expect(part).toBeTruthy();
    expect(result.marks[1]!.getAttribute(PART_ATTR)).toBe(part);
    expect(result.marks.every((m) => m.getAttribute(ENTITY_ATTR) === 'flight')).toBe(true);
    // The link was not split or cloned.
    expect(document.querySelectorAll('a')).toHaveLength(1);
    expect(document.body.textContent).toBe('The AZAL flight 8243 crashed.');
    unmarkAll(document.body);
    expect(document.body.innerHTML).toBe(html);
  });

  test('widens past nested inline elements covered from their first to their last character', () => {
    document.body.innerHTML = '<p><a href="/k"><strong>The</strong> Kremlin</a> said so.</p>';
    const html = document.body.innerHTML;
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    expect(context!.text.slice(0, 16)).toBe('The Kremlin said');
    const result = markContext(context!, [{ entity: 'statement', start: 0, end: 16 }]);
    expect(result.marks).toHaveLength(1);
    expect(document.body.innerHTML).toBe(
      '<p><sourcelight-mark data-sourcelight-entity="statement"><a href="/k"><strong>The</strong> Kremlin</a> said' +
        '</sourcelight-mark> so.</p>',
    );
    unmarkAll(document.body);
    expect(document.body.innerHTML).toBe(html);
  });

  test('keeps a mention that lies within one element inside that element', () => {
    document.body.innerHTML = '<p>Said <a href="/k"><strong>the</strong> Kremlin</a>, later.</p>';
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    markContext(context!, [{ entity: 'kremlin', start: 5, end: 16 }]);
    expect(document.querySelector('a')!.innerHTML).toBe(
      '<sourcelight-mark data-sourcelight-entity="kremlin"><strong>the</strong> Kremlin</sourcelight-mark>',
    );
  });

  test('remembers the matcher’s own mention object for each mark, parts included', () => {
    document.body.innerHTML = '<p>The <a href="/azal">AZAL flight</a> 8243 crashed; 38 people died.</p>';
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    const flight = { entity: 'flight', start: 9, end: 20 };
    const toll = { entity: 'toll', start: 30, end: 44, number: 38 };
    const { marks } = markContext(context!, [toll, flight]);
    expect(marks.map(mentionOf)).toEqual([flight, flight, toll]);
    expect(mentionOf(marks[2]!)).toBe(toll);
    expect(mentionOf(document.body)).toBeUndefined();
  });

  test('keeps overlapping mentions from nesting marks: the first one wins', () => {
    document.body.innerHTML = '<p>Azerbaijan Airlines flight</p>';
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    const result = markContext(context!, [
      { entity: 'azerbaijan', start: 0, end: 10 },
      { entity: 'azal', start: 0, end: 19 },
      { entity: 'flight', start: 11, end: 26 },
    ]);
    expect(result.marks.map((m) => m.textContent)).toEqual(['Azerbaijan Airlines']);
    expect(document.querySelector('sourcelight-mark sourcelight-mark')).toBeNull();
  });

  test('keeps what the page wrote inside a mark when the mark goes', () => {
    document.body.innerHTML = '<p>A fisherman in Aktau told reporters.</p>';
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    const [mark] = markContext(context!, [{ entity: 'aktau', start: 15, end: 20 }]).marks;
    (mark!.firstChild as Text).data = 'Baku';
    unmarkAll(document.body);
    expect(document.body.innerHTML).toBe('<p>A fisherman in Baku told reporters.</p>');
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });

  test('drops our leftover split text when the page rewrote its own text node while marked', () => {
    document.body.innerHTML = '<p>Death toll: 38</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    markContext(context!, [{ entity: 'toll', start: 12, end: 14 }]);
    node.data = 'Death toll: 39'; // a framework updating the node it owns
    unmarkAll(document.body);
    expect(document.body.innerHTML).toBe('<p>Death toll: 39</p>');
  });
});
