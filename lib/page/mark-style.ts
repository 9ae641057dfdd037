/**
 * The marks' stylesheet (assets/mark.css) and how it gets into a page. Marks live in the page's own document,
 * not in the card's shadow root, so their style must be added to the document itself.
 */

import markCss from '../../assets/mark.css?raw';
import { UI_ATTR } from './elements';

export const MARK_CSS: string = markCss;

/**
 * Adds the mark stylesheet to `doc` once and returns a function that removes it. A `<style>` element (tagged as
 * our UI so the scanner and observer ignore it) rather than `adoptedStyleSheets`: it works in every browser's
 * content-script world, and a page that removes it only loses the marks' look, not their text.
 */
export function installMarkStyle(doc: Document): () => void {
  const existing = doc.querySelector(`style[${UI_ATTR}="mark-style"]`);
  const style = existing ?? doc.createElement('style');
  if (!existing) {
    style.setAttribute(UI_ATTR, 'mark-style');
    style.textContent = MARK_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return () => style.remove();
}
