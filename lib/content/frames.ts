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

/**
 * Offers every readable frame now, and again whenever one loads a document, those added later included. A
 * `load` listener on each iframe (found now, and by a watch for added nodes) rather than one capturing `load` on
 * the window: that one would run on the page's own load event and every image's, and on a page about something
 * else the page's load task would then run our code too (issue 5 counts such a task as ours).
 */
export function watchFrames(win: Window, options: FrameOptions): void {
  const { signal } = options;
  const attached = new WeakSet<Element>();
  const attach = (iframe: HTMLIFrameElement): void => {
    if (attached.has(iframe)) return;
    attached.add(iframe);
    iframe.addEventListener('load', () => offer(iframe), { signal });
    offer(iframe);
  };
  const offer = (iframe: HTMLIFrameElement): void => {
    const frame = readableFrame(iframe);
    if (frame) options.onFrame(frame);
  };
  for (const iframe of Array.from(win.document.querySelectorAll('iframe'))) attach(iframe);
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        const element = node as Element;
        if (element.localName === 'iframe') attach(element as HTMLIFrameElement);
        else if (element.firstElementChild) element.querySelectorAll('iframe').forEach(attach);
      });
    }
  });
  observer.observe(win.document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
