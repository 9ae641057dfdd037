/**
 * Wrapping mentions in marks and taking the marks away again, leaving the page's DOM as it was.
 *
 * A mark is one custom element, `<sourcelight-mark data-sourcelight-entity="<entity id>">`. A custom element
 * (as hypothesis' `<hypothesis-highlight>`) has no page styles aimed at it, unlike `<mark>` or `<span>`, and is
 * inline by default, so it is valid wherever text is.
 *
 * A mention that crosses inline tags still gets ONE mark when that can be done without touching the page's
 * elements: the range is widened past an inline element it covers from its very first to its very last
 * character ("Flight <em>8243</em>" → `<sourcelight-mark>Flight <em>8243</em></sourcelight-mark>`), and the
 * sibling run between both ends is wrapped. Only when a mention ends part-way through an element on both sides
 * of it ("<a>AZAL flight</a> 8243" marked as "flight 8243") would one element have to cut the `<a>` in two; we
 * never clone or split page elements (links would double, scripts holding them would break), so then each text
 * node of the mention gets its own mark and all of them share `data-sourcelight-part="<mention id>"`.
 *
 * Restoring: a mark only moves existing nodes and splits text nodes at the mention's edges. Every split is logged
 * on the mark (the original node keeps the text before the split point, so page-held references stay valid);
 * `unmark` moves the children back and merges the split text nodes in exact reverse order, so `innerHTML`, the
 * node count and the identity of every original node come back unchanged.
 */

import { pointAt, type TextContext } from './contexts';
import { closestBlock, isBlockTag, isMark, MARK_TAG, type BlockCheck } from './elements';

export { MARK_TAG } from './elements';
/** The attribute tests and outside checks rely on: the id of the entity the mention names. */
export const ENTITY_ATTR = 'data-sourcelight-entity';
/** Shared by the marks of one mention that had to be wrapped in several pieces. */
export const PART_ATTR = 'data-sourcelight-part';

/** What a matcher returns for a text: offsets into that text. */
export interface MentionSpan {
  entity: string;
  start: number;
  end: number;
}

interface Split {
  /** Global order of splits: undoing in reverse order restores even chains of splits of one node. */
  seq: number;
  origin: Text;
  created: Text;
  /** Both nodes' text right after the split, to notice a page rewriting them while marked. */
  originData: string;
  createdData: string;
}

/**
 * What each mark remembers (its splits, to undo them; the matcher's mention) sits on the mark's own object under
 * symbols of this world, not in WeakMaps keyed by the marks: on a page with 35,000 marks, two such WeakMaps were
 * 70,000 ephemerons for every major garbage collection to settle. On the 5 MB bench page (traced, three runs
 * each) the collector's pauses inside our tasks went from 9-62 ms to 30-34 ms and our longest task from 41-66 ms
 * to 37-45 ms. A page cannot see these properties (its own world has other objects for the same elements) nor
 * forge them.
 */
const SPLITS = Symbol('sourcelight.splits');
const MENTION = Symbol('sourcelight.mention');
type Remembering = Element & { [SPLITS]?: Split[]; [MENTION]?: MentionSpan };
let splitSeq = 0;
let mentionSeq = 0;

function splitAt(node: Text, offset: number, log: Split[]): Text {
  const created = node.splitText(offset);
  log.push({ seq: ++splitSeq, origin: node, created, originData: node.data, createdData: created.data });
  return created;
}

/**
 * Wraps characters `from`..`to` of `node` (from > 0) in `mark`, leaving the page what `splitText` at `from`, then
 * at `to`, and wrapping would: `node` keeps the text before, a new node in the mark holds the mention, another
 * after the mark the rest — and the same two splits in `log`, so `unmark` undoes both. But the mark is filled
 * before it goes in, and goes in with the rest in one insertion.
 */
function cutOut(mark: Element, node: Text, from: number, to: number, log: Split[]): Element {
  const doc = node.ownerDocument;
  const data = node.data;
  const mention = doc.createTextNode(data.slice(from, to));
  mark.appendChild(mention);
  const after = to < data.length ? doc.createTextNode(data.slice(to)) : null;
  // The splits as markContext's general path makes them, at `to` first: both cut `node`, which keeps its start.
  if (after) log.push({ seq: ++splitSeq, origin: node, created: after, originData: data.slice(0, to), createdData: after.data });
  log.push({ seq: ++splitSeq, origin: node, created: mention, originData: data.slice(0, from), createdData: mention.data });
  node.data = data.slice(0, from);
  if (after) node.after(mark, after);
  else node.after(mark);
  return mark;
}

interface ChosenSpan extends MentionSpan {
  /** The matcher's own object, with whatever else it found (a number, other entities). */
  mention: MentionSpan;
}

/** Sorted, non-overlapping, within the text, without spaces at the edges; the first of overlapping ones wins. */
function chooseSpans(text: string, mentions: readonly MentionSpan[]): ChosenSpan[] {
  const sorted = mentions
    .map((mention) => {
      let { start, end } = mention;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      return { entity: mention.entity, start, end, mention };
    })
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: ChosenSpan[] = [];
  let lastEnd = 0;
  for (const span of sorted) {
    if (span.start < lastEnd) continue;
    chosen.push(span);
    lastEnd = span.end;
  }
  return chosen;
}

function createMark(doc: Document, entity: string): Element {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(ENTITY_ATTR, entity);
  return mark;
}

/** Makes the mark element for a mention of `entity` in `doc`. */
export type MakeMark = (doc: Document, entity: string) => Element;

/**
 * Marks made as clones of one template per document and entity, which `prepare` (if given) finishes once: the
 * content script writes its inline armour there (lib/content/mark-armour.ts). A clone shares its template's
 * parsed `style` instead of parsing its own, so the browser styles armoured marks as cheaply as plain ones
 * (35,000 marks carrying their own inline styles took about a second of style recalculation here; clones, no
 * more than unstyled marks), and the mark is complete before it is inserted, so it needs no second write.
 */
export function markMaker(prepare?: (mark: Element) => void): MakeMark {
  const templates = new Map<string, Element>();
  let templatesOf: Document | null = null;
  return (doc, entity) => {
    if (doc !== templatesOf) {
      templates.clear();
      templatesOf = doc;
    }
    let template = templates.get(entity);
    if (!template) {
      template = createMark(doc, entity);
      prepare?.(template);
      templates.set(entity, template);
    }
    return template.cloneNode(false) as Element;
  };
}

/** Wraps the siblings from `first` to `last` (same parent, in order) in `mark`. */
function wrapSiblings(mark: Element, first: Node, last: Node): Element {
  (first.parentNode as Node).insertBefore(mark, first);
  let node: Node | null = first;
  while (node) {
    const next: Node | null = node.nextSibling;
    mark.appendChild(node);
    if (node === last) break;
    node = next;
  }
  return mark;
}

function commonAncestor(a: Node, b: Node): Node | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (ancestors.has(n)) return n;
  return null;
}

/** Whether a text node already sits in a mark (below `block`): such text is never marked twice. */
function insideMark(node: Node, block: Element): boolean {
  for (let n = node.parentNode; n && n !== block; n = n.parentNode) if (isMark(n)) return true;
  return false;
}

export interface MarkResult {
  /** Mentions marked. */
  mentions: number;
  /** Marks created, in document order (more than `mentions` when a mention was wrapped in parts). */
  marks: Element[];
  /** The entity of each mention marked (what the marks' ENTITY_ATTR says, without reading it back). */
  entities: string[];
}

/**
 * Marks `mentions` (offsets into `context.text`) in the DOM. The context must be fresh (see `isStale`): offsets
 * are resolved before any change, then mentions are wrapped from last to first, so each split only shortens a
 * text node after the points still to be used.
 */
export function markContext(context: TextContext, mentions: readonly MentionSpan[], make: MakeMark = createMark): MarkResult {
  const doc = context.block.ownerDocument;
  const planned = chooseSpans(context.text, mentions).flatMap((span) => {
    const from = pointAt(context, span.start, 'start');
    const to = pointAt(context, span.end, 'end');
    if (!from || !to) return [];
    const nodes = context.pieces.slice(from.piece, to.piece + 1).map((p) => p.node);
    if (nodes.some((node) => insideMark(node, context.block))) return [];
    return [{ span, from, to, nodes }];
  });

  const groups: Element[][] = [];
  const entities: string[] = [];
  for (let i = planned.length - 1; i >= 0; i--) {
    const { span, from, to, nodes } = planned[i] as (typeof planned)[number];
    entities.push(span.entity);
    const log: Split[] = [];
    if (from.node === to.node && from.offset > 0) {
      // Most mentions lie inside one text node: cut it as two splits would, with two changes to the page instead
      // of four (each change costs the browser work and every page observer a record).
      const mark = cutOut(make(doc, span.entity), from.node, from.offset, to.offset, log);
      (mark as Remembering)[SPLITS] = log;
      (mark as Remembering)[MENTION] = span.mention;
      groups.push([mark]);
      continue;
    }
    if (to.offset < to.node.length) splitAt(to.node, to.offset, log);
    const first = from.offset > 0 ? splitAt(from.node, from.offset, log) : from.node;
    const last = to.node === from.node ? first : to.node;
    const marks = wrapMention(doc, span.entity, first, last, nodes.slice(1, -1), make);
    (marks[0] as Remembering)[SPLITS] = log;
    for (const mark of marks) (mark as Remembering)[MENTION] = span.mention;
    groups.push(marks);
  }
  return { mentions: groups.length, marks: groups.reverse().flat(), entities };
}

/** One mark around `first`..`last` if the range can be widened to siblings, else one mark per text node. */
function wrapMention(doc: Document, entity: string, first: Text, last: Text, middle: Text[], make: MakeMark): Element[] {
  if (first === last) return [wrapSiblings(make(doc, entity), first, first)];
  const ancestor = commonAncestor(first, last);
  // Widen past inline elements the mention covers entirely (the context holds no block inside, see contexts.ts).
  let a: Node = first;
  while (!a.previousSibling && a.parentNode && a.parentNode !== ancestor) a = a.parentNode;
  let b: Node = last;
  while (!b.nextSibling && b.parentNode && b.parentNode !== ancestor) b = b.parentNode;
  if (a.parentNode === b.parentNode) return [wrapSiblings(make(doc, entity), a, b)];

  const id = String(++mentionSeq);
  return [first, ...middle, last].map((node) => {
    const mark = make(doc, entity);
    mark.setAttribute(PART_ATTR, id);
    return wrapSiblings(mark, node, node);
  });
}

/**
 * Removes `marks` and restores the text nodes they split. If the page rewrote an original text node while it was
 * split (a framework updating "Death toll: 38" through the node it owns), the page's text is the truth and the
 * stale remainder we split off is dropped rather than appended to it.
 */
export function unmark(marks: Iterable<Element>): number {
  const splits: Split[] = [];
  let removed = 0;
  for (const mark of marks) {
    const log = (mark as Remembering)[SPLITS];
    if (log) {
      splits.push(...log);
      delete (mark as Remembering)[SPLITS];
    }
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    removed++;
  }
  splits.sort((x, y) => y.seq - x.seq);
  // Decide before merging anything: an origin's last split (the first in this order) says what we left in it.
  const rewritten = new Map<Text, boolean>();
  for (const { origin, originData } of splits) {
    if (!rewritten.has(origin)) rewritten.set(origin, origin.data !== originData);
  }
  for (const { origin, created, createdData } of splits) {
    if (!created.parentNode || created.previousSibling !== origin) continue;
    if (rewritten.get(origin) && created.data === createdData) created.remove();
    else {
      origin.appendData(created.data);
      created.remove();
    }
  }
  return removed;
}

/**
 * The matcher's mention a mark was made for (the very object `match` returned, so extra fields such as a
 * captured number come along), or undefined for an element that is not one of our live marks.
 */
export function mentionOf(mark: Element): MentionSpan | undefined {
  return (mark as Remembering)[MENTION];
}

/** Removes every mark under `root` (and restores the text nodes they split). Returns how many were removed. */
export function unmarkAll(root: ParentNode): number {
  return unmark(Array.from(root.querySelectorAll(MARK_TAG)));
}

/** The marks whose text belongs to `block`'s own context (not to a block nested in it). */
export function marksOfBlock(block: Element, isBlock: BlockCheck = isBlockTag): Element[] {
  return Array.from(block.querySelectorAll(MARK_TAG)).filter((mark) => closestBlock(mark, isBlock) === block);
}
