/**
 * The card's stylesheet (card.css) as text, for the card host's shadow root. The popup imports card.css itself.
 *
 * Vite's `?raw` puts the file's text into the bundle. Vitest does not load CSS files (`?raw` included: the import
 * comes back empty), so tests that need the rules read card.css from disk instead.
 */
import cardCss from './card.css?raw';

export const CARD_CSS: string = cardCss;
