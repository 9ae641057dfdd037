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
