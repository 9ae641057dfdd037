/**
 * A page's text read quickly, in batches, for a look at whether it may mention the story before anything else
 * is loaded (lib/content/mention-watch.ts): a native TreeWalker over its text nodes and nothing else — no style
 * read, no layout, not even a look at the elements between two text nodes, since on a page about something else
 * this walk is most of what the content script costs (issue 5: under 5 ms). So the text nodes are joined end to
 * end, and each place where one ends and the next begins is kept as a break: the text on both sides may belong to
 * one word ("Az<b>erbaijan</b>" reads "Azerbaijan") or to two blocks ("…near Aktau</p><p>Officials…"), and
 * the check (lib/match/may-mention.ts) lets a word end at a break as at a space. It reads more than a reader
 * sees — hidden text, scripts — which at worst lets a page through that the session then finds nothing in.
 *
 * Batches overlap by `overlap` characters, so a mention that straddles two of them is whole in the second.
 */

/** About 32,000 characters per batch: a page that names the story early is known to after its first. */
export const BATCH_CHARS = 32_768;

export interface TextBatch {
  text: string;
  /** Offsets into `text` where one text node ends and the next begins, ascending. */
  breaks: number[];
}

export function* textBatches(root: Node, overlap: number, batchChars = BATCH_CHARS): Generator<TextBatch> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let parts: string[] = [];
  let breaks: number[] = [];
  // Characters in `parts`, and of those the ones new to this batch (not carried over from the last).
  let length = 0;
  let fresh = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length === 0) continue;
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
