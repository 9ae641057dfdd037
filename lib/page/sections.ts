/**
 * The sections of a page, for marking the first mention of an entity in each: a heading starts a section, and a
 * long stretch without one is cut every PARAGRAPHS_PER_SECTION paragraphs, about a screen of text, so a reader who
 * lands in the middle of a long article still sees each entity marked nearby.
 *
 * A block's section is found by binary search in the page's headings and paragraphs (document order), so a page
 * of thousands of paragraphs costs a few comparisons per block; the lists are read again after the page changed.
 */

/** Paragraphs per section where no heading cuts the text: about a screen of a news article. */
export const PARAGRAPHS_PER_SECTION = 6;

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

export interface Sections {
  /** The section a block belongs to: equal keys, same section. */
  keyOf(block: Element): string;
  /** The page changed: read its headings and paragraphs again. */
  refresh(): void;
}

export function pageSections(doc: Document): Sections {
  let headings: Element[] | null = null;
  let paragraphs: Element[] | null = null;
  let keys = new WeakMap<Element, string>();

  const lists = (): { headings: Element[]; paragraphs: Element[] } => {
    headings ??= Array.from(doc.querySelectorAll(HEADINGS));
    paragraphs ??= Array.from(doc.getElementsByTagName('p'));
    return { headings, paragraphs };
  };

  return {
    keyOf(block) {
      const known = keys.get(block);
      if (known !== undefined) return known;
      const { headings, paragraphs } = lists();
      const heading = atOrBefore(headings, block);
      const fromParagraph = heading > 0 ? atOrBefore(paragraphs, headings[heading - 1] as Element) : 0;
      const paragraph = atOrBefore(paragraphs, block) - fromParagraph;
      const key = `${heading}:${Math.floor(Math.max(0, paragraph - 1) / PARAGRAPHS_PER_SECTION)}`;
      keys.set(block, key);
      return key;
    },
    refresh() {
      headings = null;
      paragraphs = null;
      keys = new WeakMap();
    },
  };
}

/** How many elements of `list` (document order) start at or before `node`: itself, around it, or earlier. */
function atOrBefore(list: readonly Element[], node: Node): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const element = list[mid] as Element;
    const position = element.compareDocumentPosition(node);
    if (element === node || position & FOLLOWING || position & CONTAINED_BY) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
