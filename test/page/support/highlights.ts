/**
 * The Custom Highlight API as a test double, for happy-dom (which has none): a registry that records what is
 * registered under which name, highlights as sets of ranges, and static ranges as plain boundary records. The
 * painting logic runs unchanged over it; that the browser paints them is proven end to end in Chromium.
 */
import type { HighlightApi } from '../../../lib/page/paint';

export interface FakeRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export class FakeHighlight extends Set<FakeRange> {
  priority = 0;
}

export function fakeHighlights(): HighlightApi & { registry: Map<string, FakeHighlight>; text(name: string): string[] } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
    createRange: (m) =>
      ({ startContainer: m.startNode, startOffset: m.startOffset, endContainer: m.endNode, endOffset: m.endOffset }) as unknown as AbstractRange,
    text(name) {
      return [...(registry.get(name) ?? [])].map(textOf);
    },
  } as HighlightApi & { registry: Map<string, FakeHighlight>; text(name: string): string[] };
}

/** The text a range covers, read from the live DOM. */
export function textOf(range: FakeRange): string {
  const r = document.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r.toString().replace(/\s+/g, ' ');
}

/**
 * A window where every block is near the viewport (happy-dom has no layout): the window finds them all, before the
 * next "frame", which here is the next microtask.
 */
export const everythingNear = {
  beforeFrame: (work: () => void) => queueMicrotask(work),
  extentOfBlock: () => ({ top: 0, bottom: 10 }),
};
