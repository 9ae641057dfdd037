/**
 * One element on the page that holds our UI in a shadow root, and mounts and unmounts Preact inside it (the
 * container pattern of hypothesis' `preact-container.ts`).
 *
 * Why each choice:
 * - A custom tag (`<sourcelight-card-host>`) plus `data-sourcelight-ui`: page styles aim at no such tag, and the
 *   scanner and the page observer skip both (lib/page/elements.ts `isOwnUi`).
 * - Attached to `<html>`, not `<body>`: pages replace or restyle body (transforms, overflow) far more often, and
 *   a transformed ancestor would make `position: fixed` relative to it instead of the viewport.
 * - Inline styles with `!important`, `all: initial` first: an inline `!important` declaration beats every
 *   `!important` rule of the page's stylesheets, so page CSS cannot hide, move or restyle the host; `all` resets
 *   what the host would inherit. They are written again on every show, in case a page script rewrote them.
 * - An OPEN shadow root: tests (and Playwright locators) reach in. A page script could reach in too, but a
 *   closed root protects nothing from a page that can already remove the host.
 * - Re-attached on every show if the page removed the host.
 */
import { render, type ComponentChild } from 'preact';

export const HOST_TAG = 'sourcelight-card-host';
/** Marks the host as our own UI (lib/page/elements.ts UI_ATTR). */
const UI_ATTR = 'data-sourcelight-ui';

/** The highest z-index browsers accept (a signed 32-bit integer). */
const Z_TOP = '2147483647';

/** The host's own style. `all` must come first: it resets every longhand written before it. */
const BASE_STYLE: readonly [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['z-index', Z_TOP],
  ['top', '0px'],
  ['left', '0px'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
  ['transform', 'none'],
];

export interface ShadowHostOptions {
  /** Stylesheet text injected as a `<style>` in the shadow root. */
  css: string;
  /** Value of `data-sourcelight-ui`, naming which UI this is. */
  name?: string;
}

export class ShadowHost {
  readonly host: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** The element Preact renders into. */
  readonly container: HTMLElement;
  private readonly doc: Document;
  private showing = false;

  constructor(doc: Document, options: ShadowHostOptions) {
    this.doc = doc;
    const { host, shadowRoot } = createHost(doc);
    this.host = host;
    this.shadowRoot = shadowRoot;
    host.setAttribute(UI_ATTR, options.name ?? 'card');
    const style = doc.createElement('style');
    style.textContent = options.css;
    this.container = doc.createElement('div');
    this.container.className = 'sl-root';
    shadowRoot.append(style, this.container);
    this.writeStyle(false);
  }

  get isShowing(): boolean {
    return this.showing;
  }

  /** Renders `vnode` (mounting or updating), re-attaching the host if the page removed it. */
  show(vnode: ComponentChild): void {
    if (!this.host.isConnected || this.host.parentNode !== this.doc.documentElement) {
      this.doc.documentElement.appendChild(this.host);
    }
    if (!this.showing) this.writeStyle(true);
    this.showing = true;
    render(vnode, this.container);
  }

  /** Unmounts the Preact tree and hides the host; the host stays for the next show. */
  hide(): void {
    render(null, this.container);
    this.showing = false;
    this.writeStyle(false);
  }

  /** Unmounts and takes the host off the page for good (content script teardown). */
  destroy(): void {
    this.hide();
    this.host.remove();
  }

  /** Sets one inline style on the host so page CSS cannot override it (used by placement). */
  setStyle(property: string, value: string): void {
    this.host.style.setProperty(property, value, 'important');
  }

  private writeStyle(visible: boolean): void {
    const style = this.host.style;
    style.cssText = '';
    for (const [property, value] of BASE_STYLE) style.setProperty(property, value, 'important');
    if (!visible) style.setProperty('display', 'none', 'important');
  }
}

/**
 * The host element with an open shadow root. A hostile page may have defined our tag as a custom element of
 * its own and attached a shadow root to it first, so `attachShadow` throws: then a plain `<div>`, which no page
 * can define, hosts the root instead.
 */
function createHost(doc: Document): { host: HTMLElement; shadowRoot: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  try {
    return { host, shadowRoot: host.attachShadow({ mode: 'open' }) };
  } catch {
    const fallback = doc.createElement('div');
    return { host: fallback, shadowRoot: fallback.attachShadow({ mode: 'open' }) };
  }
}
