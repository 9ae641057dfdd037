/**
 * A page's text read quickly, in batches, for a look at whether it may mention the story before anything else
 * is loaded (lib/content/mention-watch.ts): a native TreeWalker over its text nodes, no style read, no layout.
 * Text nodes of one inline run are joined ("Az<b>erbaijan</b>" reads "Azerbaijan"), any other boundary is a line
 * break, as a block boundary is to the scanner (contexts.ts). It reads more than a reader sees — hidden text,
 * scripts — which at worst lets a page through that the session then finds nothing in.
 *
 * Batches overlap by `overlap` characters, so a mention that straddles two of them is whole in the second.
 */

import { isBlockTag } from './elements';

/** About 32,000 characters per batch: a page that names the story early is known to after its first. */
export const BATCH_CHARS = 32_768;

/** Inline by its tag: neither a block nor a line break, so text on both sides of it runs on. */
function inline(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return !isBlockTag(element) && element.localName !== 'br' && element.localName !== 'hr';
}

/** Whether `next` continues `text`'s inline run: only the edges of inline elements lie between them. */
function sameRun(text: Node, next: Node): boolean {
  let node = text;
  while (!node.nextSibling && node.parentNode && inline(node.parentNode)) node = node.parentNode;
  let at: Node | null = node.nextSibling;
  while (at && at !== next && inline(at)) at = at.firstChild;
  return at === next;
}

export function* textBatches(root: Node, overlap: number, batchChars = BATCH_CHARS): Generator<string> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let parts: string[] = [];
  let size = 0;
  let previous: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (previous && !sameRun(previous, node)) parts.push('\n');
    parts.push(data);
    size += data.length;
    previous = node;
    if (size >= batchChars) {
      const batch = parts.join('');
      yield batch;
      parts = [batch.slice(-overlap)];
      size = 0;
    }
  }
  if (size > 0 || parts.length > 1) yield parts.join('');
}
