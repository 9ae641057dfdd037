/** The card's stylesheet as text, for the card host's shadow root (and for the popup, which may inject it). */
import cardCss from './card.css?raw';

export const CARD_CSS: string = cardCss;
