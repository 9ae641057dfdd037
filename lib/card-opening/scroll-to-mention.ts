/** Bringing a mention the keyboard walk reached into view, measured in the top window's viewport. */
import type { PageMention } from '../page/mentions';
import type { Extent } from './keyboard';
import { referenceFor } from './reference';

/** A mention's extent as laid out now; null when it has no box (hidden, or no layout). */
export function measuredExtent(top: Document): (mention: PageMention) => Extent | null {
  return (mention) => {
    const box = referenceFor(mention, top).getBoundingClientRect();
    return box.width === 0 && box.height === 0 ? null : { top: box.top, bottom: box.bottom };
  };
}

/** A mention out of view comes to the middle of the viewport: its element scrolls into view, then the top window centres it. */
export function scrollToMention(
  win: Pick<Window, 'innerHeight' | 'scrollBy'>,
  mention: PageMention,
  extentOf: (mention: PageMention) => Extent | null,
): void {
  const extent = extentOf(mention);
  if (!extent) return;
  const height = win.innerHeight;
  if (extent.top >= 0 && extent.bottom <= height) return;
  mention.startNode.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const after = extentOf(mention);
  if (after) win.scrollBy({ top: (after.top + after.bottom) / 2 - height / 2 });
}
