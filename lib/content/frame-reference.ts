/**
 * Where a mark is, as the top window sees it. The card lives in the top document; a mark inside a same-origin
 * frame measures itself in the frame's own viewport, so its boxes are moved by where the frame's content box
 * sits in the top window before the card is placed next to them.
 */
import type { VirtualElement } from '@floating-ui/dom';

/** The mark itself when it is in `top`, else a virtual element measured in the top window. */
export function referenceFor(mark: Element, top: Document): Element | VirtualElement {
  const frame = mark.ownerDocument === top ? null : mark.ownerDocument.defaultView?.frameElement;
  if (!frame) return mark;
  const offset = (): { x: number; y: number } => {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const padLeft = Number.parseFloat(style?.paddingLeft ?? '0') || 0;
    const padTop = Number.parseFloat(style?.paddingTop ?? '0') || 0;
    return { x: box.left + frame.clientLeft + padLeft, y: box.top + frame.clientTop + padTop };
  };
  const moved = (rect: DOMRectReadOnly, by: { x: number; y: number }): DOMRect =>
    new DOMRect(rect.x + by.x, rect.y + by.y, rect.width, rect.height);
  return {
    getBoundingClientRect: () => moved(mark.getBoundingClientRect(), offset()),
    getClientRects: () => {
      const by = offset();
      return Array.from(mark.getClientRects(), (rect) => moved(rect, by));
    },
    // The frame element: its scrolling ancestors in the top document move the card along.
    contextElement: frame,
  };
}
