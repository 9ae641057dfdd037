/**
 * The card on a page: one shadow host, the Card component in it, placed next to a mark and kept there, and the
 * page's own title tooltip moved aside while it shows. What the content script's HoverIntent `show`/`hide` call.
 * DOM only, no extension API: data and actions come in as arguments.
 */
import { h } from 'preact';
import type { Card as CardData } from '../facts/cards';
import { suppressTitle } from '../page/title-tooltip';
import { Card, type CardProps } from './Card';
import { CARD_CSS } from './card-style';
import { placeCard, type Point } from './place';
import { ShadowHost } from './shadow-host';

/** The Card props other than the data: links and actions, the same for every card on the page. */
export type CardActions = Omit<CardProps, 'card' | 'variant'>;

/** What a keyboard can reach inside the card, in order. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex="0"]';

export class CardView {
  readonly shadow: ShadowHost;
  private mark: Element | null = null;
  private card: CardData | null = null;
  private stopPlacing: (() => void) | null = null;
  private restoreTitle: (() => void) | null = null;

  constructor(
    doc: Document,
    private actions: CardActions = {},
  ) {
    this.shadow = new ShadowHost(doc, { css: CARD_CSS, name: 'card' });
  }

  /** The mark the card is open for. */
  get openFor(): Element | null {
    return this.mark;
  }

  /** Shows `card` next to `mark`; `pointer` is where the pointer rested, for a mark wrapped over lines. */
  open(mark: Element, card: CardData, pointer?: Point): void {
    if (this.mark !== mark) {
      this.close();
      this.mark = mark;
      this.restoreTitle = suppressTitle(mark);
    }
    this.card = card;
    this.render();
    this.stopPlacing ??= placeCard(mark, this.shadow, pointer);
  }

  /** Renders fresh data (a trust change) into the open card, if it shows the same entity. */
  update(card: CardData): void {
    if (this.mark && this.card?.entity.id === card.entity.id) {
      this.card = card;
      this.render();
    }
  }

  /** New links or actions (the reader page's URL became known, say); applied to the open card at once. */
  setActions(actions: CardActions): void {
    this.actions = actions;
    if (this.mark) this.render();
  }

  /** Hides the card and gives the page its title back. Returns whether focus was inside the card. */
  close(): boolean {
    const hadFocus = this.hasFocus();
    this.stopPlacing?.();
    this.restoreTitle?.();
    this.stopPlacing = this.restoreTitle = null;
    this.mark = this.card = null;
    if (this.shadow.isShowing) this.shadow.hide();
    return hadFocus;
  }

  /** Moves focus to the card's first control (Tab from its mark). False when nothing in it can take focus. */
  focusFirst(): boolean {
    const first = this.shadow.shadowRoot.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return first !== null && this.shadow.shadowRoot.activeElement === first;
  }

  hasFocus(): boolean {
    return this.shadow.isShowing && this.shadow.shadowRoot.activeElement !== null;
  }

  destroy(): void {
    this.close();
    this.shadow.destroy();
  }

  private render(): void {
    if (this.card) this.shadow.show(h(Card, { ...this.actions, card: this.card }));
  }
}
