/**
 * Before the session is loaded (lib/content/session.ts and everything it needs: the matcher, the marks, the cards):
 * whether the page may mention the story at all, and, while it does not, watching what it adds. Most pages a
 * reader opens name nothing of the story; on those this is all the content script does.
 *
 * The page's text is its `innerText`, the text as rendered: block boundaries are line breaks and inline elements
 * are joined, as the scanner's text contexts are (lib/page/contexts.ts), and hidden text is left out. Same-origin
 * frames are read too, as the session marks them (frames.ts). Plain DOM, no extension API.
 */

import { mayMention } from '../match/may-mention';
import type { Prefilter } from '../match/prefilter';
import { closestBlock } from '../page/elements';
import { RESCAN_DELAY_MS, REVEALING_ATTRIBUTES } from '../page/observer';
import { watchFrames } from './frames';

export interface MentionWatchOptions {
  signal: AbortSignal;
  /** Called once, as soon as the page may mention the story (possibly before `watchForMentions` returns). */
  onMayMention: () => void;
}

/** The text of the block `node` belongs to: a mention lies within one block, and a change may complete one. */
function textOf(node: Node): string {
  const block = closestBlock(node) as HTMLElement | null;
  if (!block) return node.textContent ?? '';
  return block.innerText ?? block.textContent ?? '';
}

function documentText(doc: Document): string {
  return textOf(doc.body ?? doc.documentElement);
}

export function watchForMentions(win: Window, prefilter: Prefilter, options: MentionWatchOptions): void {
  const { signal } = options;
  if (signal.aborted) return;
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  const changed = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  const check = (text: string): boolean => {
    if (done) return true;
    if (!mayMention(prefilter, text)) return false;
    done = true;
    stop();
    options.onMayMention();
    return true;
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => changed.add(node));
      else changed.add(record.target);
    }
    // Like the session's observer: one look per burst, counted from its first change (observer.ts).
    timer ??= setTimeout(() => {
      timer = undefined;
      const nodes = [...changed];
      changed.clear();
      for (const node of nodes) if (node.isConnected && check(textOf(node))) return;
    }, RESCAN_DELAY_MS);
  });
  controller.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  const watch = (doc: Document): void =>
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });

  if (check(documentText(win.document))) return;
  watch(win.document);
  watchFrames(win, {
    signal: controller.signal,
    onFrame(frame) {
      if (!check(documentText(frame.document))) watch(frame.document);
    },
  });
}
