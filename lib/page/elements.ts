/**
 * How the page scanner classifies elements: which ones start a new block of text, which ones it never reads,
 * and which ones are hidden. Pure DOM, no extension API; every check a browser makes expensive (computed style)
 * is injectable so tests and hot paths can swap it for a cheap one.
 */

import { isOwnUiElement } from './own-ui';

/**
 * Elements whose default display starts a new line (the HTML spec's rendering section: "display: block",
 * list items and table parts). Text never joins across them: a mention may cross `<a>` or `<em>`, never `<p>`.
 * Unknown and custom elements are inline by default in CSS, so they are not listed.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements never read. Either their text is not prose (code, scripts, styles), or it belongs to a form or an
 * editor (marking there would break a value or somebody's typing), or they show something other than text
 * (pictures, frames, players: moving one into a mark would reload it).
 */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'listing', 'plaintext', 'xmp', 'kbd', 'samp', 'svg',
  'math', 'textarea', 'input', 'select', 'button', 'option', 'optgroup', 'datalist', 'output', 'meter',
  'progress', 'head', 'title', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'picture',
  'img', 'slot',
]);

/**
 * Elements that break the line without text of their own. Like skipped elements they end the current run of
 * text, so "Flight<br>8243" is not one mention and no mark ever has to contain one.
 */
const BREAK_TAGS = new Set(['br', 'hr']);

export type ElementRole = 'block' | 'inline' | 'break' | 'skip';

/** Decides whether an element is hidden from the eye. Called once per element the walker enters. */
export type HiddenCheck = (element: Element) => boolean;

/** Decides whether an element starts a block of its own. Default: by tag (no style read). */
export type BlockCheck = (element: Element) => boolean;

export function isBlockTag(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/**
 * Editable content is someone's typing: `contenteditable` (any value but "false") marks an editor root.
 * Its descendants are never reached because the walker stops at the root, so the attribute is enough (the
 * `isContentEditable` getter reads style).
 */
export function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Elements never read, without asking for style: skipped tags, our card host, editors, and the `hidden` attribute
 * (which hides even without a stylesheet, and also covers `hidden="until-found"`).
 *
 * `aria-hidden="true"` is deliberately NOT skipped: it hides from assistive technology, not from eyes (sites put
 * it on visible decorative copies such as tickers and duplicated headlines), and marks are for eyes.
 */
export function isSkippedByMarkup(element: Element): boolean {
  if (SKIP_TAGS.has(element.localName) || isOwnUiElement(element)) return true;
  // Most elements of a page carry no attribute at all: one call answers both attribute checks for them.
  if (!element.hasAttributes()) return false;
  return isEditingHost(element) || element.hasAttribute('hidden');
}

/**
 * Inline elements of running text (links, emphasis, times) that carry no class, id or style: only a rule aimed at
 * their tag or their place could hide them, which pages do with classes (screen-reader text, responsive
 * variants, icons) or on the blocks around them, which are checked. Their style is not read: a quarter of the
 * elements of an article, and the read costs about 2 µs each (20-30 ms per megabyte of text on the bench pages).
 */
const PLAIN_PHRASING_TAGS = new Set(['a', 'abbr', 'b', 'cite', 'em', 'i', 'q', 's', 'small', 'strong', 'sub', 'sup', 'time', 'u']);

function isPlainPhrasing(element: Element): boolean {
  return (
    PLAIN_PHRASING_TAGS.has(element.localName) &&
    !element.hasAttribute('class') &&
    !element.hasAttribute('id') &&
    !element.hasAttribute('style')
  );
}

/**
 * A hidden check by computed style. `visibility: hidden` is inherited but a child may set `visible` again; the
 * whole subtree is skipped anyway, a rare miss traded for one style read per element instead of one per text
 * node. Not cached: the walker asks once per element it enters, and a cache of every element of a long page
 * cost more than the reads it saved (about 100 ms of WeakMap work on the 5 MB bench page).
 */
export function styleHiddenCheck(view: Pick<Window, 'getComputedStyle'>): HiddenCheck {
  return (element) => {
    if (isPlainPhrasing(element)) return false;
    const style = view.getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  };
}

/** Never hidden: for callers that know the subtree is visible, and for tests that only exercise markup rules. */
export const neverHidden: HiddenCheck = () => false;

export interface ClassifyOptions {
  isHidden: HiddenCheck;
  isBlock?: BlockCheck;
}

/** The role of an element in reading order. */
export function classify(element: Element, options: ClassifyOptions): ElementRole {
  if (isSkippedByMarkup(element) || options.isHidden(element)) return 'skip';
  if (BREAK_TAGS.has(element.localName)) return 'break';
  return (options.isBlock ?? isBlockTag)(element) ? 'block' : 'inline';
}

/** The element whose block a node's text belongs to: the nearest block ancestor (or `stop`, or the top). */
export function closestBlock(node: Node, isBlock: BlockCheck = isBlockTag, stop?: Node): Element | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  let last: Element | null = null;
  while (current && current.nodeType === 1) {
    const element = current as Element;
    if (isBlock(element)) return element;
    last = element;
    if (current === stop) return element;
    current = current.parentNode;
  }
  return last;
}

/**
 * Whether text under `node` may be read at all: no ancestor (up to the document) is skipped or hidden. Used
 * before rescanning a subtree the page added, since the added node may sit inside an editor or a hidden panel.
 */
export function isReadable(node: Node, options: ClassifyOptions): boolean {
  if (node.nodeType === 9) return true; // Node.DOCUMENT_NODE
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    if (classify(current as Element, options) === 'skip') return false;
    current = current.parentNode;
  }
  // Detached subtrees (the parent chain ends without reaching a document, 9, or a shadow root, 11) are not on
  // the page.
  return current !== null && (current.nodeType === 9 || current.nodeType === 11);
}

/** Whether a key pressed on `element` is typing: a form field, or anything inside editable content. */
export function isEditable(element: Element | null): boolean {
  if (!element || element.nodeType !== 1) return false;
  const tag = element.localName;
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  return (element as HTMLElement).isContentEditable === true;
}

/** A document someone is editing as a whole (`designMode`, or an editable body): never marked. */
export function isEditedDocument(doc: Document): boolean {
  if (doc.designMode === 'on') return true;
  const body = doc.body;
  return body !== null && isEditingHost(body);
}
