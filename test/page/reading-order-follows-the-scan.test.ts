// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isHeading, knownBefore, PARAGRAPHS_PER_SECTION, SectionCounter } from '../../lib/page/reading';

describe('sections as a read meets them', () => {
  test('a heading starts a section; a block read in several runs counts once; six blocks make a section', () => {
    document.body.innerHTML = `<h1>Title</h1>${'<p>Text</p>'.repeat(PARAGRAPHS_PER_SECTION + 1)}<h2>More</h2><p>Text</p>`;
    const counter = new SectionCounter('doc');
    const [h1, ...rest] = Array.from(document.body.children);
    const ps = rest.slice(0, PARAGRAPHS_PER_SECTION + 1);
    const [h2, last] = rest.slice(PARAGRAPHS_PER_SECTION + 1);
    const keys = [h1!, ...ps, ps[0]!, h2!, last!].map((block) => counter.sectionOf(block));
    expect(keys[0]).toBe('doc:1:0');
    // The first six paragraphs share the heading's section; the seventh starts the next.
    expect(new Set(keys.slice(0, 1 + PARAGRAPHS_PER_SECTION))).toEqual(new Set(['doc:1:0']));
    expect(keys[1 + PARAGRAPHS_PER_SECTION]).toBe('doc:1:1');
    expect(keys.at(-2)).toBe('doc:2:0');
    expect(keys.at(-1)).toBe('doc:2:0');
  });

  test('headings by tag or by role', () => {
    document.body.innerHTML = '<h3>a</h3><div role="heading">b</div><p>c</p>';
    expect(Array.from(document.body.children, isHeading)).toEqual([true, true, false]);
  });
});

describe('where a block found later goes', () => {
  test('after the nearest known block before it in the page, looking back through its elements', () => {
    document.body.innerHTML = '<article><p id="a">A</p><div><p id="b">B</p></div><p id="new">New</p></article>';
    const known = new Set<Element>([document.getElementById('a')!, document.getElementById('b')!]);
    expect(knownBefore(document.getElementById('new')!, (e) => known.has(e))?.id).toBe('b');
    expect(knownBefore(document.getElementById('a')!, (e) => known.has(e))).toBeNull();
  });
});
