// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { PageMention } from '../../lib/page/mentions';
import { createPainter } from '../../lib/page/paint';
import { createWindow, LARGE_BLOCK_MENTIONS, NEAR_SCREENS, SLACK_BLOCKS, type Extent } from '../../lib/page/window';
import { fakeHighlights } from './support/highlights';

/** A page of `count` paragraphs, one mention each, every paragraph 100 px tall; the viewport 100 px tall. */
function page(count: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Line ${i}: Aktau</p>`).join('');
  const blocks: Element[] = Array.from(document.querySelectorAll('p'));
  const mentions = blocks.map((p, i): PageMention => {
    const text = p.firstChild as Text;
    const at = text.data.indexOf('Aktau');
    return {
      entity: 'aktau', block: p, wording: 'Aktau', ordinal: 0, startNode: text, startOffset: at, endNode: text, endOffset: at + 5,
      nodes: [text], found: { entity: 'aktau', start: at, end: at + 5 },
    };
  });
  return { blocks, mentions };
}

let frames: (() => void)[];
const frame = () => frames.splice(0).forEach((work) => work());
beforeEach(() => {
  frames = [];
});

function setUp(count: number, layout: (block: Element, index: number) => Extent | null) {
  const { blocks, mentions } = page(count);
  let scrolled = 0;
  const painter = createPainter(fakeHighlights());
  const window = createWindow(document, {
    painter,
    blocks: () => blocks,
    marked: (block) => mentions.filter((m) => m.block === block),
    beforeFrame: (work) => frames.push(work),
    extentOfBlock: (block) => {
      const extent = layout(block, blocks.indexOf(block));
      return extent && { top: extent.top - scrolled, bottom: extent.bottom - scrolled };
    },
    viewportHeight: () => 100,
  });
  const paintedLines = () => mentions.filter((m) => painter.isShown(m)).map((m) => (blocks as Element[]).indexOf(m.block));
  const scrollTo = (y: number) => {
    scrolled = y;
    window.moved();
    frame();
  };
  return { blocks, mentions, painter, window, paintedLines, scrollTo };
}

const flow = (_block: Element, i: number): Extent => ({ top: i * 100, bottom: i * 100 + 100 });

describe('the window of painted mentions', () => {
  test('paints the blocks within the margin of the viewport, before the next frame, and nothing far away', () => {
    const { blocks, window, paintedLines } = setUp(1000, flow);
    for (const block of blocks) window.update(block);
    expect(paintedLines()).toEqual([]);
    frame();
    // A 100 px viewport at the top and 2.5 screens below it: lines 0 to 3.
    expect(paintedLines()).toEqual([0, 1, 2, 3]);
  });

  test('follows the scroll: what comes near is painted, what goes far is taken off', () => {
    const { blocks, window, paintedLines, scrollTo } = setUp(1000, flow);
    for (const block of blocks) window.update(block);
    frame();
    scrollTo(50_000);
    // 250 px above and below a viewport at 50,000-50,100.
    expect(paintedLines()).toEqual([497, 498, 499, 500, 501, 502, 503]);
  });

  test('covers at least two viewport heights above and below the visible area: the contract', () => {
    expect(NEAR_SCREENS).toBeGreaterThanOrEqual(2);
    const { blocks, window, paintedLines, scrollTo } = setUp(100, flow);
    for (const block of blocks) window.update(block);
    scrollTo(5000);
    for (let line = 48; line <= 52; line++) expect(paintedLines()).toContain(line);
  });

  test('finds near blocks where the flow and document order disagree a little (a float, a second column)', () => {
    // Every tenth paragraph is a pull quote floated a few screens further down.
    const shuffled = (block: Element, i: number): Extent => (i % 10 === 5 ? { top: (i + 4) * 100, bottom: (i + 4) * 100 + 100 } : flow(block, i));
    const { blocks, window, paintedLines, scrollTo } = setUp(1000, shuffled);
    for (const block of blocks) window.update(block);
    scrollTo(20_000);
    // Lines 197-203 lie near (but 205, a pull quote drawn at 209), and the pull quote of line 195, drawn at 199.
    expect(paintedLines()).toEqual([195, 197, 198, 199, 200, 201, 202, 203]);
    expect(SLACK_BLOCKS).toBeGreaterThan(4);
  });

  test('a block whose mentions went is forgotten and unpainted', () => {
    const { blocks, mentions, painter, window } = setUp(10, flow);
    for (const block of blocks) window.update(block);
    frame();
    window.forget(blocks[0]!);
    expect(painter.isShown(mentions[0]!)).toBe(false);
  });

  test('a block with very many mentions paints only those within the margin, and follows the scroll', () => {
    const p = document.createElement('p');
    p.textContent = Array.from({ length: 1000 }, () => 'Aktau').join(' ');
    document.body.replaceChildren(p);
    const text = p.firstChild as Text;
    const mentions: PageMention[] = Array.from({ length: 1000 }, (_, i) => ({
      entity: 'aktau', block: p, wording: 'Aktau', ordinal: i, startNode: text, startOffset: i * 6, endNode: text,
      endOffset: i * 6 + 5, nodes: [text], found: { entity: 'aktau', start: i * 6, end: i * 6 + 5 },
    }));
    let scrolled = 0;
    const index = new Map(mentions.map((m, i) => [m, i]));
    const painter = createPainter(fakeHighlights());
    const window = createWindow(document, {
      painter,
      blocks: () => [p],
      marked: () => mentions,
      beforeFrame: (work) => frames.push(work),
      extentOfBlock: () => ({ top: -scrolled, bottom: 10_000 - scrolled }),
      extentOf: (m) => ({ top: index.get(m)! * 10 - scrolled, bottom: index.get(m)! * 10 + 8 - scrolled }),
      viewportHeight: () => 100,
    });
    expect(mentions.length).toBeGreaterThan(LARGE_BLOCK_MENTIONS);
    window.update(p);
    frame();
    const painted = () => mentions.filter((m) => painter.isShown(m)).map((m) => index.get(m)!);
    // Within 250 px below a viewport of 100 px: lines 0 to 35.
    expect(painted()).toEqual(Array.from({ length: 36 }, (_, i) => i));
    scrolled = 5000;
    window.moved();
    frame();
    expect(Math.min(...painted())).toBe(475);
    expect(Math.max(...painted())).toBe(535);
  });
});
