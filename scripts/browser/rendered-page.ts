/**
 * A labelled page of a measuring set (the devset, a story set) as a news page in Chromium, and the marks read back
 * with offsets into its file. Line 1 of a file is its URL (never shown as prose, never labelled), line 2 the
 * headline, then paragraphs separated by blank lines; each becomes one block element that remembers where its
 * text starts in the file. Pages are rendered in memory and never written anywhere.
 */
import type { Page } from 'playwright-core';
import { MARKS_SCRIPT } from './marks.mjs';

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
