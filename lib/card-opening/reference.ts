/**
 * Where a mention is, as the top window sees it: what the card is placed next to. A mention is no element, so it is
 * measured with a Range over its text; one inside a same-origin frame is moved by where the frame's content box
 * sits in the top window.
 */
import type { VirtualElement } from '@floating-ui/dom';
import type { PageMention } from '../page/mentions';

/** A virtual element for Floating UI, measured afresh at each call (the page may scroll or reflow). */
export function referenceFor(mention: PageMention, top: Document): VirtualElement {
  const doc = mention.startNode.ownerDocument;
  const frame = doc === top ? null : doc.defaultView?.frameElement ?? null;
  const range = (): Range => {
    const r = doc.createRange();
    r.setStart(mention.startNode, mention.startOffset);
    r.setEnd(mention.endNode, mention.endOffset);
    return r;
  };
  const offset = (): { x: number; y: number } => {
    if (!frame) return { x: 0, y: 0 };
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const padLeft = Number.parseFloat(style?.paddingLeft ?? '0') || 0;
    const padTop = Number.parseFloat(style?.paddingTop ?? '0') || 0;
    return { x: box.left + frame.clientLeft + padLeft, y: box.top + frame.clientTop + padTop };
  };
  const moved = (rect: DOMRectReadOnly, by: { x: number; y: number }): DOMRect =>
    new DOMRect(rect.x + by.x, rect.y + by.y, rect.width, rect.height);
  return {
    getBoundingClientRect: () => moved(range().getBoundingClientRect(), offset()),
    getClientRects: () => {
      const by = offset();
      return Array.from(range().getClientRects(), (rect) => moved(rect, by));
    },
    // Its scrolling ancestors move the card along: the frame element, or the element the text sits in.
    contextElement: frame ?? mention.startNode.parentElement ?? undefined,
  };
}
