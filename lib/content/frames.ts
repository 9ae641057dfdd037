/**
 * Same-origin frames, where cheap: the content script runs in the top frame only (`allFrames: false`, one
 * matcher and one card cache per tab), and reaches into an `<iframe>` whose document it may read (same
 * origin, including `srcdoc` frames) to mark that document too. Cross-origin frames stay closed: reading them
 * throws, and the browser is right to refuse. Frames nested in frames are left alone.
 */

export interface FrameOptions {
  signal: AbortSignal;
  /** A frame whose document can be read and has loaded (called again when it loads a new document). */
  onFrame: (frame: Window) => void;
}

/** The frame's window when its document can be read and is worth scanning, else null. */
export function readableFrame(iframe: HTMLIFrameElement): Window | null {
  try {
    const doc = iframe.contentDocument;
    const frame = iframe.contentWindow;
    // The initial about:blank stands in for a document still loading; its `load` brings the real one.
    if (!doc || !frame || !doc.body || doc.URL === 'about:blank') return null;
    return frame;
  } catch {
    return null;
  }
}

export function watchFrames(win: Window, options: FrameOptions): void {
  const offer = (iframe: HTMLIFrameElement): void => {
    const frame = readableFrame(iframe);
    if (frame) options.onFrame(frame);
  };
  for (const iframe of Array.from(win.document.querySelectorAll('iframe'))) offer(iframe);
  // `load` does not bubble, but it does pass the window in the capture phase: one listener for every frame,
  // those added later included.
  win.addEventListener(
    'load',
    (event) => {
      const target = event.target as Element | null;
      if (target && target.nodeType === 1 && target.localName === 'iframe') offer(target as HTMLIFrameElement);
    },
    { capture: true, signal: options.signal },
  );
}

/**
 * Frames for a watch that already observes what the page adds (lib/content/mention-watch.ts): returns a function
 * to call with the document at first and with every node added later; it offers each readable frame found in it,
 * and again whenever that frame loads a document. A `load` listener on each iframe rather than watchFrames' one
 * capturing every `load` on the window: that one runs on the page's own load event and every image's, so on a page
 * about something else the page's load task would run our code too (the bench counts such a task as ours).
 */
export function frameFinder(options: FrameOptions): (node: Node) => void {
  const attached = new WeakSet<Element>();
  const offer = (iframe: HTMLIFrameElement): void => {
    const frame = readableFrame(iframe);
    if (frame) options.onFrame(frame);
  };
  const attach = (iframe: HTMLIFrameElement): void => {
    if (attached.has(iframe)) return;
    attached.add(iframe);
    iframe.addEventListener('load', () => offer(iframe), { signal: options.signal });
    offer(iframe);
  };
  return (node) => {
    if (node.nodeType === 1 && (node as Element).localName === 'iframe') attach(node as HTMLIFrameElement);
    else if ((node.nodeType === 1 || node.nodeType === 9) && (node as ParentNode).firstElementChild) {
      (node as ParentNode).querySelectorAll('iframe').forEach(attach);
    }
  };
}
