/**
 * The one element Sourcelight puts into a page, and only while a card is open: it holds the card in a shadow root
 * and mounts Preact inside it (the container pattern of hypothesis' `preact-container.ts`). Why each choice:
 * - A custom tag on `<html>`: page styles aim at no such tag, and pages restyle `<body>` (a transform there would
 *   make `position: fixed` relative to it). Our own-UI check knows the host by identity (lib/page/own-ui.ts).
 * - Inline `!important` styles after `all: initial`, rewritten on every show: they beat every page rule.
 * - A CLOSED shadow root: no page script can read the card or reach its controls; only the reader's own
 *   (`isTrusted`) input gets through. A page may still remove the host: every show attaches it again.
 */
import { render, type ComponentChild } from 'preact';
import { claimAsOwnUi } from '../page/own-ui';

export const HOST_TAG = 'sourcelight-card-host';

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

/** The live region is for assistive technology only: out of sight, not display:none (which silences it). */
const ANNOUNCER_CSS = '\n.sl-announcer { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }\n';

export interface ShadowHostOptions {
  /** Stylesheet text injected as a `<style>` in the shadow root. */
  css: string;
}

export class ShadowHost {
  readonly host: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** The element Preact renders into. */
  readonly container: HTMLElement;
  /** A polite live region: what a keyboard user opened, said by assistive technology. */
  readonly announcer: HTMLElement;
  private readonly doc: Document;
  private showing = false;

  constructor(doc: Document, options: ShadowHostOptions) {
    this.doc = doc;
    const { host, shadowRoot } = createHost(doc);
    this.host = host;
    this.shadowRoot = shadowRoot;
    claimAsOwnUi(host);
    const style = doc.createElement('style');
    style.textContent = options.css + ANNOUNCER_CSS;
    this.container = doc.createElement('div');
    this.container.className = 'sl-root';
    this.announcer = doc.createElement('div');
    this.announcer.className = 'sl-announcer';
    this.announcer.setAttribute('role', 'status');
    shadowRoot.append(style, this.container, this.announcer);
    for (const type of GUARDED_EVENTS) shadowRoot.addEventListener(type, stopUntrusted, { capture: true });
    this.writeStyle();
  }

  get isShowing(): boolean {
    return this.showing;
  }

  /** Renders `vnode` (mounting or updating), attaching the host first (again, if the page removed it). */
  show(vnode: ComponentChild): void {
    if (!this.host.isConnected || this.host.parentNode !== this.doc.documentElement) {
      this.doc.documentElement.appendChild(this.host);
      this.writeStyle();
    }
    this.showing = true;
    render(vnode, this.container);
  }

  /** Says `text` to assistive technology, once the host is in the page (a region must exist before it changes). */
  announce(text: string): void {
    this.announcer.textContent = '';
    this.doc.defaultView?.requestAnimationFrame(() => {
      if (this.showing) this.announcer.textContent = text;
    });
  }

  /** Unmounts the Preact tree and takes the host out of the page. */
  hide(): void {
    render(null, this.container);
    this.announcer.textContent = '';
    this.showing = false;
    this.host.remove();
  }

  /** Sets one inline style on the host so page CSS cannot override it (used by placement). */
  setStyle(property: string, value: string): void {
    this.host.style.setProperty(property, value, 'important');
  }

  private writeStyle(): void {
    const style = this.host.style;
    style.cssText = '';
    for (const [property, value] of BASE_STYLE) style.setProperty(property, value, 'important');
  }
}

/** What the card acts on: activation, keys and edits. Pointer moves are the card layer's, checked there. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'] as const;

/** In the capture phase at the root, before any handler inside: a page's synthetic event stops here, undone. */
function stopUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * The host element with a closed shadow root. A hostile page may have defined our tag as a custom element of
 * its own and attached a shadow root to it first, so `attachShadow` throws: then a plain `<div>`, which no page
 * can define, hosts the root instead.
 */
function createHost(doc: Document): { host: HTMLElement; shadowRoot: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  try {
    return { host, shadowRoot: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const fallback = doc.createElement('div');
    return { host: fallback, shadowRoot: fallback.attachShadow({ mode: 'closed' }) };
  }
}
