/**
 * A labelled page of a measuring set (the devset, a story set) as a news page in Chromium, and the marks read back
 * with offsets into its file. Line 1 of a file is its URL (never shown as prose, never labelled), line 2 the
 * headline, then paragraphs separated by blank lines; each becomes one block element that remembers where its
 * text starts in the file. Pages are rendered in memory and never written anywhere.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Lexicon } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import type { MarkedSpan } from '../score-labels';
import { MARKS_SCRIPT, waitForMarks } from './marks.mjs';

/** A page with no mention shows no mark; this long after load with none, it counts as done. */
export const EMPTY_PAGE_MS = 4000;

/** A block of the rendered page and where its text starts in the file. */
export interface Block {
  tag: 'h1' | 'p';
  text: string;
  start: number;
}

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const headlineStart = text.indexOf('\n') + 1;
  const headlineEnd = text.indexOf('\n', headlineStart);
  const stop = headlineEnd < 0 ? text.length : headlineEnd;
  blocks.push({ tag: 'h1', text: text.slice(headlineStart, stop), start: headlineStart });
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  paragraph.lastIndex = stop;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) blocks.push({ tag: 'p', text: m[0], start: m.index });
  return blocks;
}

/** Where the `i`th page of a set is served: `/page-01.html`, `/page-02.html`, … */
export function servedPath(i: number, prefix = 'page'): string {
  return `/${prefix}-${String(i + 1).padStart(2, '0')}.html`;
}

export function renderBlocks(blocks: Block[], title = 'measured page'): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = blocks.map((b, i) => `<${b.tag} data-block="${i}">${escape(b.text)}</${b.tag}>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article>\n${body}\n</article></body></html>`;
}

/** Each painted mention's entity and offsets within its block, read from CSS.highlights as any outside check does. */
export async function readBlockMarks(tab: Page): Promise<{ block: number; entity: string; start: number; end: number }[]> {
  return tab.evaluate(`${MARKS_SCRIPT}
    window.__sourcelightMarks().flatMap(({ entity, range }) => {
      const start = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
      const block = start && start.closest('[data-block]');
      if (!block) return [];
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const mention = document.createRange();
      mention.setStart(range.startContainer, range.startOffset);
      mention.setEnd(range.endContainer, range.endOffset);
      const offset = before.toString().length;
      return [{ block: Number(block.getAttribute('data-block')), entity, start: offset, end: offset + mention.toString().length }];
    })`);
}

/** The marks of a rendered page with offsets into its file. */
export async function readFileMarks(tab: Page, blocks: Block[]): Promise<{ entity: string; start: number; end: number }[]> {
  return (await readBlockMarks(tab)).map((m) => ({ entity: m.entity, start: blocks[m.block]!.start + m.start, end: blocks[m.block]!.start + m.end }));
}

/** Opens each page in one tab, waits for its marks to settle and reads them (a dot on stderr a page). */
export async function marksOfPages(context: BrowserContext, pages: { url: string; blocks: Block[] }[]): Promise<MarkedSpan[][]> {
  const tab = await context.newPage();
  const marks: MarkedSpan[][] = [];
  for (const { url, blocks } of pages) {
    await tab.goto(url);
    await waitForMarks(tab, { emptyAfterMs: EMPTY_PAGE_MS });
    marks.push(await readFileMarks(tab, blocks));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  await tab.close();
  return marks;
}

/**
 * The scorer accepts a mark whose span also names another labelled concept ("Azerbaijan Airlines flight" is the
 * flight and names the airline). A mark in the page carries no such list, so it is recomputed from the mark's own
 * text (`fileText` is the page's file) with a matcher of the lexicon the extension serves.
 */
export function withAlso(lexicon: Lexicon): (mark: MarkedSpan, fileText: string) => MarkedSpan {
  const matcher = compileMatcher(lexicon);
  return (mark, fileText) => {
    const also = findMentions(matcher, fileText.slice(mark.start, mark.end)).find((m) => m.entity === mark.entity && m.start === 0)?.also;
    return also ? { ...mark, also } : mark;
  };
}
