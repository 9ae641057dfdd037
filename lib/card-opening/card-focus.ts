/**
 * Focus around a card the keyboard walk opens: focus moves into the card once it draws, and a card that closes with
 * focus in it gives focus back where the reader was before the walk, not to the top of the page.
 */

export class CardFocus {
  #returnTo: Element | null = null;
  #intoCard = false;

  /** A walk step: remember the page's focused element (not the body, not the card) and ask for focus on draw. */
  walked(doc: Document, inCard: boolean): void {
    const active = doc.activeElement;
    if (!inCard && active && active !== doc.body) this.#returnTo = active;
    this.#intoCard = true;
  }

  /** A card drew: whether focus should move into it now (once per walk step). */
  takeIntoCard(): boolean {
    const wanted = this.#intoCard;
    this.#intoCard = false;
    return wanted;
  }

  /** Focus went into the card already, or the card is closing: nothing waits for a draw. */
  cancelIntoCard(): void {
    this.#intoCard = false;
  }

  /** The card closed with focus in it: back to the remembered element, if it is still on the page. */
  giveBack(): void {
    const target = this.#returnTo;
    this.#returnTo = null;
    if (target && target.isConnected && 'focus' in target) (target as HTMLElement).focus({ preventScroll: true });
  }
}

/** Focuses the card in `root`: its dialog (made focusable by script only), else its first control. */
export function focusInto(root: ParentNode): void {
  const target = root.querySelector<HTMLElement>('[role="dialog"], button, [href], [tabindex]:not([tabindex="-1"])');
  if (!target) return;
  if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'dialog') target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** The page's own element with focus (inside a same-origin frame if focus is there): where a walk starts. */
export function focusedOnPage(doc: Document, inCard: boolean): Element | null {
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement || inCard) return null;
  const frameActive = (active as HTMLIFrameElement).contentDocument?.activeElement;
  return active.localName === 'iframe' && frameActive && frameActive !== frameActive.ownerDocument.body ? frameActive : active;
}
