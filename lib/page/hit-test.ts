/**
 * Which painted mention is under a point. Marks are no elements, so nothing receives `mouseover`: the point is
 * turned into a caret position (the text node and offset under it), the node's mentions are looked up, and a
 * candidate is confirmed by its boxes, because a caret position is the nearest one, also past the end of a line.
 * Not `CSS.highlights.highlightsFromPoint`: about a hundred times slower on the bench pages (docs/performance.md).
 */
import type { PageMention } from './mentions';

export interface Caret {
  node: Node;
  offset: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HitTestOptions {
  /** The caret position at a point (document.caretPositionFromPoint), or null. */
  caretAt(x: number, y: number): Caret | null;
  /** The painted mentions that cover a text node. */
  mentionsAt(node: Text): readonly PageMention[];
  /** The boxes of a mention, one per line it spans. */
  boxesOf(mention: PageMention): readonly Box[];
}

/** Slack around a mention's boxes, px: the caret may snap to the edge of a glyph the pointer is just past. */
const EDGE_PX = 1;

export function mentionAt(x: number, y: number, options: HitTestOptions): PageMention | null {
  const caret = options.caretAt(x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  for (const mention of options.mentionsAt(node)) {
    if (!covers(mention, node, caret.offset)) continue;
    if (options.boxesOf(mention).some((box) => inside(box, x, y))) return mention;
  }
  return null;
}

/** Whether the caret offset in `node` lies within the mention (its end included: the caret snaps to the nearer edge). */
function covers(m: PageMention, node: Text, offset: number): boolean {
  const from = node === m.startNode ? m.startOffset : 0;
  const to = node === m.endNode ? m.endOffset : node.length;
  return offset >= from && offset <= to;
}

function inside(box: Box, x: number, y: number): boolean {
  return x >= box.left - EDGE_PX && x <= box.right + EDGE_PX && y >= box.top - EDGE_PX && y <= box.bottom + EDGE_PX;
}

/** The browser's caret lookup for `doc`: the standard `caretPositionFromPoint`, else WebKit's `caretRangeFromPoint`. */
export function browserCaret(doc: Document): HitTestOptions['caretAt'] {
  const withStandard = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof withStandard.caretPositionFromPoint === 'function') {
    return (x, y) => {
      const position = withStandard.caretPositionFromPoint!(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    };
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  return (x, y) => {
    const range = withRange.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };
}

/** A mention's boxes measured with one reusable live Range, parked at the document's start between uses. */
export function rangeBoxes(doc: Document): (m: PageMention) => Box[] {
  const range = doc.createRange();
  return (m) => {
    try {
      range.setStart(m.startNode, m.startOffset);
      range.setEnd(m.endNode, m.endOffset);
      return Array.from(range.getClientRects(), (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    } catch {
      return [];
    } finally {
      range.setStart(doc, 0);
      range.collapse(true);
    }
  };
}
