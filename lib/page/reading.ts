/**
 * The page in reading order, as a scan meets it: its sections (for the first mention of an entity in each) and where
 * a block found later goes. Both come from the scan's order, not from comparing DOM positions, which walks siblings
 * and cost seconds on a long article (docs/performance.md).
 */

/**
 * Blocks of text per section where no heading cuts the text: a screen or so of a news article, so a reader who
 * lands in the middle of a long article still sees each entity marked nearby.
 */
export const PARAGRAPHS_PER_SECTION = 6;

const HEADING = /^h[1-6]$/;

export function isHeading(block: Element): boolean {
  return HEADING.test(block.localName) || block.getAttribute('role') === 'heading';
}

/**
 * Counts sections along one read: a heading starts a section, and every PARAGRAPHS_PER_SECTION blocks of text
 * after it start another. `base` names where the read began, so sections of different reads never merge.
 */
export class SectionCounter {
  private headings = 0;
  private blocks = 0;
  private last: Element | null = null;

  constructor(private readonly base: string) {}

  /** The section of `block`, read now (a block read in several runs of text counts once). */
  sectionOf(block: Element): string {
    if (block !== this.last) {
      this.last = block;
      if (isHeading(block)) {
        this.headings++;
        this.blocks = 0;
      } else this.blocks++;
    }
    return `${this.base}:${this.headings}:${Math.floor(Math.max(0, this.blocks - 1) / PARAGRAPHS_PER_SECTION)}`;
  }
}

/** How far back a block found later is looked for among the blocks before it: a few screens of a page's markup. */
const LOOK_BACK_ELEMENTS = 2000;

/**
 * The nearest block before `node` (document order) that `known` holds, found by walking back through the page's
 * elements; null when none lies within LOOK_BACK_ELEMENTS, or none at all.
 */
export function knownBefore(node: Node, known: (element: Element) => boolean): Element | null {
  let element: Element | null = node.nodeType === 1 ? previousElement(node as Element) : node.parentElement;
  for (let steps = 0; element && steps < LOOK_BACK_ELEMENTS; steps++, element = previousElement(element)) {
    if (known(element)) return element;
  }
  return null;
}

/** The element before `element` in document order: its previous sibling's last descendant, else its parent. */
function previousElement(element: Element): Element | null {
  let previous = element.previousElementSibling;
  if (!previous) return element.parentElement;
  while (previous.lastElementChild) previous = previous.lastElementChild;
  return previous;
}
