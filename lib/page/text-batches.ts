/**
 * A page's text read quickly, in batches, for the check whether it may mention the story (mention-watch.ts): a
 * TreeWalker over text nodes and nothing else, since on a page about something else this walk is most of what the
 * content script costs. Nodes are joined end to end and each join kept as a break where a word may end
 * ("Az<b>erbaijan</b>" is one word, "Aktau</p><p>Officials" two). Hidden text is read too: at worst a page gets
 * through that the session then finds nothing in. Batches overlap by `overlap` characters, so a mention that
 * straddles two is whole in the second.
 */

/** About 32,000 characters per batch: a page that names the story early is known to after its first. */
export const BATCH_CHARS = 32_768;

/**
 * Text the page session never reads (elements.ts skips these), left out here too: a news site's inline scripts
 * (JSON-LD, a framework's state) can hold more text than the article, and any name in them would load the session
 * for nothing. Found by selector (an SVG's script or style too), not by asking each text node for its parent: a
 * node's parent needs a wrapper in the content script's fresh world, and the first of each element type costs
 * far more there than the whole walk (docs/performance.md).
 */
const NOT_PROSE = 'script, style, noscript';

/** The text nodes of `root` that are not prose: the children of its script, style and noscript elements. */
function notProse(root: Node): Set<Node> {
  const skip = new Set<Node>();
  const scope = root as Partial<ParentNode> & Node;
  if (typeof scope.querySelectorAll !== 'function') return skip;
  const elements: Node[] = [...scope.querySelectorAll(NOT_PROSE)];
  if (root.nodeType === 1 && (root as Element).matches(NOT_PROSE)) elements.push(root);
  for (const element of elements) for (let child = element.firstChild; child; child = child.nextSibling) skip.add(child);
  return skip;
}

export interface TextBatch {
  text: string;
  /** Offsets into `text` where one text node ends and the next begins, ascending. */
  breaks: number[];
}

export function* textBatches(root: Node, overlap: number, batchChars = BATCH_CHARS): Generator<TextBatch> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const skip = notProse(root);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let parts: string[] = [];
  let breaks: number[] = [];
  // Characters in `parts`, and of those the ones new to this batch (not carried over from the last).
  let length = 0;
  let fresh = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length === 0 || skip.has(node)) continue;
    if (length > 0) breaks.push(length);
    parts.push(data);
    length += data.length;
    fresh += data.length;
    if (fresh >= batchChars) {
      const text = parts.join('');
      yield { text, breaks };
      const cut = Math.max(0, text.length - overlap);
      parts = [text.slice(cut)];
      breaks = breaks.filter((at) => at > cut).map((at) => at - cut);
      length = text.length - cut;
      fresh = 0;
    }
  }
  if (fresh > 0) yield { text: parts.join(''), breaks };
}
