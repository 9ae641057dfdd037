// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { PageMention } from '../../lib/page/mentions';
import { createPainter } from '../../lib/page/paint';
import { createWindow, LARGE_BLOCK_MENTIONS, NEAR_SCREENS } from '../../lib/page/window';
import { fakeHighlights, fakeIntersections } from './support/highlights';
import { loadCardPage } from './support/card-page';

let mentions: PageMention[];
beforeEach(() => {
  mentions = loadCardPage();
});

const blocksOf = (list: readonly PageMention[]) => [...new Set(list.map((m) => m.block))];

function setUp(extentOf?: (m: PageMention) => { top: number; bottom: number } | null) {
  const api = fakeHighlights();
  const painter = createPainter(api);
  const io = fakeIntersections();
  const marked = (block: Element) => mentions.filter((m) => m.block === block);
  const window = createWindow(document, { painter, marked, observe: io.observe, extentOf, viewportHeight: () => 100 });
  return { api, painter, io, window };
}

describe('the window of painted mentions', () => {
  test('a block is watched once it holds marked mentions, and painted only once the observer says it is near', () => {
    const { painter, io, window } = setUp();
    for (const block of blocksOf(mentions)) window.update(block);
    expect(io.observed.size).toBe(blocksOf(mentions).length);
    expect(painter.size).toBe(0);
    io.report(true);
    expect(painter.size).toBe(mentions.length);
  });

  test('a block scrolled far away is taken off, and painted again when it comes back', () => {
    const { painter, io, window } = setUp();
    const [first, ...rest] = blocksOf(mentions);
    for (const block of blocksOf(mentions)) window.update(block);
    io.report(true);
    io.report(false, [first!]);
    expect(painter.size).toBe(mentions.filter((m) => rest.includes(m.block)).length);
    io.report(true, [first!]);
    expect(painter.size).toBe(mentions.length);
  });

  test('a block whose mentions went is forgotten: unobserved and unpainted', () => {
    const { painter, io, window } = setUp();
    const [first] = blocksOf(mentions);
    for (const block of blocksOf(mentions)) window.update(block);
    io.report(true);
    window.forget(first!);
    expect(io.observed.has(first!)).toBe(false);
    expect(mentions.filter((m) => m.block === first).some((m) => painter.isShown(m))).toBe(false);
  });

  test('paints a margin of more than two screens: what the contract promises', () => {
    expect(NEAR_SCREENS).toBeGreaterThanOrEqual(2);
  });

  test('a block with very many mentions paints only those within the margin, and follows the scroll', () => {
    // One paragraph with 1,000 mentions, one per 10 px line: only ±250 px around a 100 px viewport are painted.
    const p = document.createElement('p');
    p.textContent = Array.from({ length: 1000 }, () => 'Aktau').join(' ');
    document.body.replaceChildren(p);
    const text = p.firstChild as Text;
    mentions = Array.from({ length: 1000 }, (_, i) => ({
      entity: 'aktau', block: p, wording: 'Aktau', ordinal: i, startNode: text, startOffset: i * 6, endNode: text,
      endOffset: i * 6 + 5, nodes: [text], found: { entity: 'aktau', start: i * 6, end: i * 6 + 5 },
    }));
    let scrolled = 0;
    const index = new Map(mentions.map((m, i) => [m, i]));
    const { painter, io, window } = setUp((m) => ({ top: index.get(m)! * 10 - scrolled, bottom: index.get(m)! * 10 + 8 - scrolled }));
    expect(mentions.length).toBeGreaterThan(LARGE_BLOCK_MENTIONS);
    window.update(p);
    io.report(true);
    const painted = () => mentions.filter((m) => painter.isShown(m)).map((m) => index.get(m)!);
    // Within 250 px below a viewport of 100 px: lines 0 to 35.
    expect(painted()).toEqual(Array.from({ length: 36 }, (_, i) => i));
    scrolled = 5000;
    window.scrolled();
    expect(Math.min(...painted())).toBe(475);
    expect(Math.max(...painted())).toBe(535);
  });
});
