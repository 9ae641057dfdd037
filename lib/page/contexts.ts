/**
 * Text contexts: the visible text of a page as a reader reads it, one block at a time (paragraph, list item,
 * heading, cell, up to a line break or skipped element), with a map from each character back to its text node.
 * Inline tags do not interrupt a context, so "Flight <em>8243</em>" is one mention and no match joins two blocks.
 * Whitespace collapses as CSS `white-space: normal` does; offsets still point at the exact characters (the
 * node/offset map of findAndReplaceDOMText, mark.js and hypothesis).
 */

import {
  classify,
  closestBlock,
  isBlockTag,
  styleHiddenCheck,
  neverHidden,
  type BlockCheck,
  type ClassifyOptions,
  type HiddenCheck,
} from './elements';

export interface TextPiece {
  node: Text;
  /** `node.data` when read; if it differs later, the page changed the text and this context is stale. */
  data: string;
  /** The piece's characters are `context.text.slice(start, end)`; `start === end` when it was all collapsed space. */
  start: number;
  end: number;
  /** Node offset of each piece character where whitespace collapsed; `null`: character `i` is at `i - start`. */
  offsets: number[] | null;
}

export interface TextContext {
  /** The block element this text belongs to (its nearest block ancestor). */
  block: Element;
  text: string;
  pieces: TextPiece[];
}

/** A position between characters of a text node, as a DOM Range boundary would name it. */
export interface DomPoint {
  node: Text;
  offset: number;
  /** Index of the context piece the point lies in. */
  piece: number;
}

export interface WalkOptions {
  /** Hidden-from-the-eye check; default: computed style of the root's window, cached per walk. */
  isHidden?: HiddenCheck;
  /** Block check; default: by tag name (elements.ts). */
  isBlock?: BlockCheck;
  /** Only the root block's own text: nested blocks are neither entered nor produced. */
  shallow?: boolean;
  /** Only text in blocks nested inside the root: the root block's own text is left to whoever scans that block. */
  nestedOnly?: boolean;
  /** Contexts of a block for which this returns true are not produced (their text is still walked over). */
  skipBlock?: (block: Element) => boolean;
}

/** The walker yields `null` every this many elements, so a caller with a time budget can stop between them
 * even on stretches of markup without text (200 elements is well under a millisecond of classification). */
const TICK_EVERY_ELEMENTS = 200;

const isCollapsible = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
/** What isCollapsible would collapse in a text: a tab, line feed, form feed or carriage return, or two spaces. */
const NEEDS_COLLAPSING = /[\t\n\f\r]| {2}/;
const NOT_A_SPACE = /[^ ]/;

/** Builds one context from consecutive text nodes, collapsing whitespace across node boundaries. */
class RunBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastSpace = true; // true at the start: leading whitespace of a run is dropped
  private hasWord = false;
  pieces: TextPiece[] = [];

  add(node: Text): void {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    // One native search decides the path: text with nothing to collapse (no tab or line break, no space after a
    // space) is taken as it is, which is most of a page's prose. A regular expression, because a JavaScript loop
    // over every character was most of this function's cost (docs/performance.md).
    const start = this.length;
    if (!(this.lastSpace && data.charCodeAt(0) === 32) && !NEEDS_COLLAPSING.test(data)) {
      this.parts.push(data);
      this.length += n;
      this.lastSpace = data.charCodeAt(n - 1) === 32;
      // No tab or line break in it: any character but a space is a visible word character.
      if (!this.hasWord && NOT_A_SPACE.test(data)) this.hasWord = true;
      this.pieces.push({ node, data, start, end: this.length, offsets: null });
      return;
    }
    let text = '';
    let offsets: number[] | null = null;
    let from = 0; // start of the stretch of characters kept as they are
    for (let i = 0; i < n; i++) {
      const code = data.charCodeAt(i);
      if (!isCollapsible(code)) {
        this.lastSpace = false;
        this.hasWord = true;
        continue;
      }
      // A collapsible character: keep the stretch before it, then one space for the run unless one came before.
      if (i > from) {
        text += data.slice(from, i);
        offsets = pushRange(offsets, from, i);
      }
      from = i + 1;
      if (this.lastSpace) continue;
      this.lastSpace = true;
      text += ' ';
      offsets = pushRange(offsets, i, i + 1);
    }
    if (n > from) {
      text += data.slice(from);
      offsets = pushRange(offsets, from, n);
    }
    // All of it collapsed into a space that came before: nothing of this node is in the context's text.
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
    this.pieces.push({ node, data, start, end: this.length, offsets });
  }

  /** The finished context, or null when the run held no visible word. */
  finish(block: Element): TextContext | null {
    if (!this.hasWord) return null;
    return { block, text: this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(''), pieces: this.pieces };
  }
}

/** Appends the node offsets `from`..`to - 1` to `offsets` (created on first use). */
function pushRange(offsets: number[] | null, from: number, to: number): number[] {
  const out = offsets ?? [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function defaultHiddenCheck(root: Node): HiddenCheck {
  const view = (root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.defaultView;
  return view ? styleHiddenCheck(view) : neverHidden;
}

/**
 * Walks `root` in document order and yields its text contexts (and `null` now and then, see
 * TICK_EVERY_ELEMENTS). The root itself is classified (a skipped root yields nothing); its ancestors are not —
 * check them with `isReadable` (elements.ts) when the root is not the document.
 */
export function* walkContexts(root: Node, options: WalkOptions = {}): Generator<TextContext | null> {
  const top: Node | null = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!top || top.nodeType !== 1) return;
  const isBlock = options.isBlock ?? isBlockTag;
  const classifyOptions: ClassifyOptions = { isHidden: options.isHidden ?? defaultHiddenCheck(root), isBlock };
  const rootRole = classify(top as Element, classifyOptions);
  if (rootRole === 'skip' || rootRole === 'break') return;

  const rootBlock = closestBlock(top, isBlock) as Element;
  const blocks: Element[] = [rootBlock];
  let run = new RunBuilder();
  const wanted = (block: Element): boolean =>
    !(options.shallow && block !== rootBlock) &&
    !(options.nestedOnly && block === rootBlock) &&
    !options.skipBlock?.(block);
  // Ends the current run; returns its context if one should be produced.
  const endRun = (): TextContext | null => {
    const block = blocks[blocks.length - 1] as Element;
    const context = wanted(block) ? run.finish(block) : null;
    run = new RunBuilder();
    return context;
  };

  let elementsSinceTick = 0;
  let node: Node = top;
  let descend = true; // the root was classified above and is readable
  for (;;) {
    if (descend && node.firstChild) {
      node = node.firstChild;
    } else {
      // Climb until a next sibling exists, closing every block we leave.
      while (node !== top && !node.nextSibling) {
        const parent = node.parentNode;
        // The page removed the node we stood on while the caller paused between contexts: stop here.
        if (!parent) return;
        node = parent;
        if (node === blocks[blocks.length - 1] && node !== rootBlock) {
          const context = endRun();
          if (context) yield context;
          blocks.pop();
        }
      }
      if (node === top) break;
      node = node.nextSibling as Node;
    }

    descend = false;
    if (node.nodeType === 3) {
      run.add(node as Text);
    } else if (node.nodeType === 1) {
      if (++elementsSinceTick >= TICK_EVERY_ELEMENTS) {
        elementsSinceTick = 0;
        yield null;
      }
      // A shallow walk reads none of the blocks inside: no need to ask whether they are hidden (a style read each,
      // 40 ms for the 20,000 paragraphs of a 5 MB article whose own text changed).
      const role = options.shallow && isBlock(node as Element) ? 'block' : classify(node as Element, classifyOptions);
      if (role === 'inline') {
        descend = true;
      } else {
        const context = endRun();
        if (context) yield context;
        if (role === 'block' && !options.shallow) {
          blocks.push(node as Element);
          descend = true;
        }
      }
    }
  }
  const last = endRun();
  if (last) yield last;
}

/** All contexts under `root` at once; for callers without a time budget (tests, small subtrees). */
export function collectContexts(root: Node, options: WalkOptions = {}): TextContext[] {
  const contexts: TextContext[] = [];
  for (const context of walkContexts(root, options)) if (context) contexts.push(context);
  return contexts;
}

/** The index of the piece holding character `index` of the context's text, or -1 (binary search: pieces are
 * in text order). */
export function pieceIndexAt(context: TextContext, index: number): number {
  const { pieces } = context;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid] as TextPiece;
    if (index < piece.start) hi = mid - 1;
    else if (index >= piece.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function nodeOffset(piece: TextPiece, index: number): number {
  return piece.offsets ? (piece.offsets[index - piece.start] as number) : index - piece.start;
}

/**
 * The DOM position of a context offset. `edge: 'start'` is the position before character `index`; `'end'` the
 * position after character `index - 1` — so a mention `[start, end)` maps to the range a reader selects.
 */
export function pointAt(context: TextContext, index: number, edge: 'start' | 'end'): DomPoint | null {
  const char = edge === 'start' ? index : index - 1;
  const piece = pieceIndexAt(context, char);
  if (piece < 0) return null;
  const found = context.pieces[piece] as TextPiece;
  return { node: found.node, offset: nodeOffset(found, char) + (edge === 'end' ? 1 : 0), piece };
}

/** Whether the page changed any text node of this context since it was read (or moved it out of the page). */
export function isStale(context: TextContext): boolean {
  return context.pieces.some((piece) => piece.node.data !== piece.data || !piece.node.isConnected);
}

/**
 * Offsets into the context's text where one text node ends and the next, in another element, begins: a word may
 * end there even without a space ("<time>18:52</time>Putin"), as it may at a space. Adjacent text nodes of one
 * parent (a framework's split) are no break.
 */
export function wordBreaks(context: TextContext): number[] {
  const breaks: number[] = [];
  const { pieces } = context;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as TextPiece;
    if (piece.start > 0 && piece.start < context.text.length && (pieces[i - 1] as TextPiece).node.nextSibling !== piece.node) {
      breaks.push(piece.start);
    }
  }
  return breaks;
}
