/**
 * What a batch of the page's DOM changes means for its mentions: which text nodes' mentions are stale from now on
 * (edited, or taken out of the page), and what to read again.
 */
import { closestBlock, type BlockCheck } from './elements';
import { isOwnUi } from './own-ui';
import type { ScanUnit } from './scanner';

/**
 * Delay between the first change of a burst and reading it again. Frameworks commit a render within a frame or a
 * few (16-50 ms); 150 ms takes a burst in one read and still marks new content well within a second. Counted from
 * the first change, so a page that changes all the time cannot postpone it.
 */
export const RESCAN_DELAY_MS = 150;

/** Attributes that can reveal hidden text ("Read more" toggles a class or `hidden`, `<details>` toggles `open`). */
export const REVEALING_ATTRIBUTES = ['hidden', 'class', 'style', 'open'];

/**
 * Text nodes the page edited or took out, those inside removed elements included: mentions in them no longer match
 * the page's text, and their static ranges point at the wrong characters. `known` says which text nodes hold
 * mentions. It runs in the observer's callback, inside the page's own task (every record the page's DOM work makes
 * passes through it), so it looks at removed nodes only, and an element holding no other element is checked
 * through its children without a walk; only a larger removed element is walked.
 */
export function staleNodesOf(records: readonly MutationRecord[], known: (node: Text) => boolean): Set<Text> {
  const stale = new Set<Text>();
  // What the page added within the same batch was never read: taking it out again takes no mention with it.
  // Gathered only when a larger element was removed, which a walk would otherwise read.
  let added: Set<Node> | null = null;
  for (const record of records) {
    if (record.type === 'characterData') {
      if (record.target.nodeType === 3) stale.add(record.target as Text);
      continue;
    }
    if (record.type !== 'childList') continue;
    const removed = record.removedNodes;
    for (let i = 0; i < removed.length; i++) {
      const node = removed[i] as Node;
      if (node.nodeType === 3) {
        if (known(node as Text)) stale.add(node as Text);
      } else if (node.nodeType === 1 && (node as Element).firstElementChild === null) {
        for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 3 && known(child as Text)) stale.add(child as Text);
      } else if (node.nodeType === 1) {
        added ??= addedIn(records);
        if (!added.has(node) && !isOwnUi(node)) collectText(node as Element, known, stale);
      }
    }
  }
  return stale;
}

function addedIn(records: readonly MutationRecord[]): Set<Node> {
  const added = new Set<Node>();
  for (const record of records) if (record.type === 'childList') record.addedNodes.forEach((node) => added.add(node));
  return added;
}

/** The text nodes under `element` that hold mentions: what the page took away with it. */
function collectText(element: Element, known: (node: Text) => boolean, into: Set<Text>): void {
  const walker = (element.ownerDocument as Document).createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (known(node as Text)) into.add(node as Text);
}

export interface ChangeOptions {
  root: Node;
  isBlock: BlockCheck;
  /** Elements whose attribute changed; returns the ones among them (or inside them) that may now show hidden text. */
  revealed: (changed: Set<Element>) => Element[];
  /** Blocks never rescanned (the page rewrote them too often). */
  skipBlock: (block: Element) => boolean;
}

/** The smallest set of scan units that covers every context the records changed. */
export function unitsOf(records: readonly MutationRecord[], options: ChangeOptions): ScanUnit[] {
  const { root, isBlock } = options;
  const shallow = new Set<Element>();
  const deep = new Set<Element>();
  const nested = new Set<Element>();
  const changedAttributes = new Set<Element>();
  const added = (node: Node, parent: Node): void => {
    // Added and taken out again within the burst: nothing to read (a page's DOM work does this by the thousand).
    if (!node.isConnected) return;
    if (node.nodeType === 3) {
      const block = closestBlock(parent, isBlock);
      if (block) shallow.add(block);
    } else if (node.nodeType === 1 && !isOwnUi(node)) {
      const element = node as Element;
      if (isBlock(element)) deep.add(element);
      else {
        const block = closestBlock(parent, isBlock);
        if (block) shallow.add(block);
        nested.add(element);
      }
    }
  };
  // Parents a removal already made read again: a burst removes from one parent by the thousand.
  const removedFrom = new Set<Node>();
  // Whether a target is on the page, ours excluded; asked once per target, for the same reason.
  const inScope = new Map<Node, boolean>();
  const targetInScope = (target: Node): boolean => {
    let known = inScope.get(target);
    if (known === undefined) inScope.set(target, (known = target.isConnected && root.contains(target) && !isOwnUi(target)));
    return known;
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      if (target.isConnected && target.parentNode) added(target, target.parentNode);
      continue;
    }
    if (!targetInScope(target)) continue;
    if (record.type === 'childList') {
      // A removal can join text that was apart (our own card host leaving joins nothing).
      if (!removedFrom.has(target) && Array.from(record.removedNodes).some((node) => !isOwnUi(node))) {
        removedFrom.add(target);
        const block = closestBlock(target, isBlock);
        if (block) shallow.add(block);
      }
      const addedNodes = record.addedNodes;
      for (let i = 0; i < addedNodes.length; i++) added(addedNodes[i] as Node, target);
    } else if (record.type === 'attributes') {
      // The `hidden` attribute is checked without style, so its elements are never remembered as hidden.
      if (record.attributeName === 'hidden' && target.parentNode) added(target, target.parentNode);
      else changedAttributes.add(target as Element);
    }
  }
  for (const element of options.revealed(changedAttributes)) if (element.parentNode) added(element, element.parentNode);

  const units: ScanUnit[] = [];
  const inDeep = (node: Node): boolean => {
    for (const d of deep) if (d !== node && d.contains(node)) return true;
    return false;
  };
  const wanted = (element: Element): boolean =>
    element.isConnected && root.contains(element) && !inDeep(element) && !options.skipBlock(element);
  for (const element of deep) if (wanted(element)) units.push({ root: element });
  for (const element of shallow) if (wanted(element) && !deep.has(element)) units.push({ root: element, shallow: true });
  for (const element of nested) if (wanted(element)) units.push({ root: element, nestedOnly: true });
  return units;
}
