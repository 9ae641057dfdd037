/**
 * The shadow roots elements attach from now on, closed ones included: what the extension's own world sees through
 * `chrome.dom.openOrClosedShadowRoot`, and a page's scripts never do. Call in a test module before the code under
 * test attaches its root; `restore` puts `attachShadow` back.
 */
export function recordShadowRoots(): { of(element: Element | null): ShadowRoot | null; restore(): void } {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  };
  return {
    of: (element) => (element ? (roots.get(element) ?? null) : null),
    restore: () => {
      Element.prototype.attachShadow = attachShadow;
    },
  };
}

/** A click as the reader's own (happy-dom leaves `isTrusted` unset on every event). */
export function readerClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
