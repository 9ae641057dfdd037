/**
 * Before the session is loaded: whether the page may mention the story at all, and while it does not, watching
 * what it adds; on most pages this is all the content script does. The text is read in batches
 * (lib/page/text-batches.ts), so a page that names the story early is known after the first; same-origin frames
 * are read too, as the session marks them (frames.ts). Plain DOM, no extension API.
 */

import { mayMention } from '../match/may-mention';
import type { Prefilter } from '../match/prefilter';
import { closestBlock } from '../page/elements';
import { RESCAN_DELAY_MS, REVEALING_ATTRIBUTES } from '../page/changes';
import { textBatches } from '../page/text-batches';
import { frameFinder } from './frames';

export interface MentionWatchOptions {
  signal: AbortSignal;
  /** Called once, as soon as the page may mention the story (possibly before `watchForMentions` returns). */
  onMayMention: () => void;
  /**
   * Whether the extension is still there, asked when a burst of page changes is looked at: a watch left behind by
   * an extension reloaded or removed stops at the page's next change, and a page that never changes is never
   * asked (the first touch of the extension API costs about 1 ms in a page's world: docs/performance.md).
   */
  alive: () => boolean;
  /** Called when `alive` said the extension went away; the watch has stopped. */
  onGone: () => void;
}

/** Whether the text under `root` may mention the story, batch by batch. */
function mayMentionIn(prefilter: Prefilter, root: Node): boolean {
  for (const { text, breaks } of textBatches(root, prefilter.reach)) if (mayMention(prefilter, text, breaks)) return true;
  return false;
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

  const check = (root: Node): boolean => {
    if (done) return true;
    if (!mayMentionIn(prefilter, root)) return false;
    done = true;
    stop();
    options.onMayMention();
    return true;
  };

  const findFrames = frameFinder({
    signal: controller.signal,
    onFrame(frame) {
      if (!check(frame.document.body ?? frame.document.documentElement)) watch(frame.document);
    },
  });
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => {
          changed.add(node);
          // Frames of the top document only, as the session marks them (frames.ts).
          if (node.ownerDocument === win.document) findFrames(node);
        });
      } else changed.add(record.target);
    }
    // Like the session's page watch: one look per burst, counted from its first change (page-marks.ts).
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!options.alive()) {
        stop();
        options.onGone();
        return;
      }
      const nodes = [...changed];
      changed.clear();
      // The block a change lands in: a mention lies within one block, and the change may complete one.
      for (const node of nodes) if (node.isConnected && check(closestBlock(node) ?? node)) return;
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

  if (check(win.document.body ?? win.document.documentElement)) return;
  watch(win.document);
  findFrames(win.document);
}
