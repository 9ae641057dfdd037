/**
 * A mention on a page: where in the page's own text nodes an entity is named. Nothing is written into the page for
 * it; it is painted as a range of the Custom Highlight API (paint.ts) and hit-tested by position (hit-test.ts).
 */
import { pointAt, type TextContext, type TextPiece } from './contexts';

/** What a matcher returns for a text: offsets into that text, and whatever else it found (a captured number). */
export interface MentionSpan {
  entity: string;
  start: number;
  end: number;
  /** The number a figure phrase captured ("29 survived" → 29). */
  number?: number;
}

export interface PageMention {
  readonly entity: string;
  /** The block whose text holds the mention (its nearest block ancestor). */
  readonly block: Element;
  /** The words as the page writes them, whitespace collapsed: "the site and that wording" of "Not this". */
  readonly wording: string;
  /** Which occurrence of this entity and wording in its block, from 0: what survives a rescan of the block. */
  readonly ordinal: number;
  /** Where it starts and ends; updated in place when a rescan finds the same mention in new nodes. */
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the mention covers, first to last. */
  nodes: readonly Text[];
  /** What the matcher returned for it. */
  found: MentionSpan;
}

/** Sorted, non-overlapping, within the text, without spaces at the edges; the first of overlapping ones wins. */
export function chooseSpans(text: string, spans: readonly MentionSpan[]): MentionSpan[] {
  const trimmed = spans
    .map((span) => {
      let { start, end } = span;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      return start === span.start && end === span.end ? span : { ...span, start, end };
    })
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: MentionSpan[] = [];
  let lastEnd = 0;
  for (const span of trimmed) {
    if (span.start < lastEnd) continue;
    chosen.push(span);
    lastEnd = span.end;
  }
  return chosen;
}

/**
 * The page mentions for `spans` (offsets into `context.text`), in text order. `ordinals` counts occurrences of each
 * entity and wording across the contexts of one block; pass the same map for every context of the block.
 */
export function locateMentions(
  context: TextContext,
  spans: readonly MentionSpan[],
  ordinals: Map<string, number> = new Map(),
): PageMention[] {
  const out: PageMention[] = [];
  for (const span of chooseSpans(context.text, spans)) {
    const from = pointAt(context, span.start, 'start');
    const to = pointAt(context, span.end, 'end');
    if (!from || !to) continue;
    const wording = context.text.slice(span.start, span.end);
    const key = `${span.entity}\u0000${wording}`;
    const ordinal = ordinals.get(key) ?? 0;
    ordinals.set(key, ordinal + 1);
    out.push({
      entity: span.entity,
      block: context.block,
      wording,
      ordinal,
      startNode: from.node,
      startOffset: from.offset,
      endNode: to.node,
      endOffset: to.offset,
      nodes: context.pieces.slice(from.piece, to.piece + 1).map((p: TextPiece) => p.node),
      found: span,
    });
  }
  return out;
}

/** The key under which a rescan recognises the same mention of a block. */
export function mentionKey(m: Pick<PageMention, 'entity' | 'wording' | 'ordinal'>): string {
  return `${m.entity}\u0000${m.wording}\u0000${m.ordinal}`;
}
