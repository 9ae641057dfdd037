/**
 * The one check for "is this our own UI": the card's host is the only element we ever put into a page (while a
 * card is open), and we know it by identity, not by a tag or an attribute a page could copy onto its own elements.
 */

const ours = new WeakSet<Node>();

/** Registers an element we created and put into a page. */
export function claimAsOwnUi(element: Element): void {
  ours.add(element);
}

/** Whether `element` is one of our own elements (one lookup: for the walker, which stops there). */
export function isOwnUiElement(element: Element): boolean {
  return ours.has(element);
}

/** Whether `node` is our UI or inside it (its light-DOM side: our content lives in a closed shadow root). */
export function isOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (ours.has(n)) return true;
  return false;
}
