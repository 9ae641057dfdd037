/**
 * The marks' stylesheet and how it gets into a page. Marks live in the page's own document, not in the card's
 * shadow root, so their style is added to the document itself.
 *
 * Kept as a TS string rather than a .css asset so the same text reaches the content script bundle and the tests
 * (Vitest does not load CSS files by default, `?raw` included).
 *
 * Against page styles: `all: unset` drops whatever a page's `* {…}` or `article span {…}` rules would add
 * (margins, padding, borders, display), leaving the text looking as it did — inherited properties such as font
 * and colour still come from the parent. Nothing here takes space: underline, background and outline are painted
 * over or around the text's own box, so marking never shifts layout. Colours derive from the text's own colour
 * (currentColor), so a mark reads as well on a dark page as on a light one; the rgba line before each
 * color-mix() is the fallback for browsers without color-mix().
 */

import { UI_ATTR } from './elements';

export const MARK_CSS = `
sourcelight-mark {
  all: unset !important;
  display: inline !important;
  background-color: rgba(128, 128, 128, 0.1) !important;
  background-color: color-mix(in srgb, currentColor 8%, transparent) !important;
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 1px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-color: rgba(128, 128, 128, 0.7) !important;
  text-decoration-color: color-mix(in srgb, currentColor 55%, transparent) !important;
  /* A mark wrapping onto two lines is painted as two boxes, each with its own background. */
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}

sourcelight-mark:hover,
sourcelight-mark[data-sourcelight-active] {
  background-color: rgba(128, 128, 128, 0.2) !important;
  background-color: color-mix(in srgb, currentColor 16%, transparent) !important;
  text-decoration-style: solid !important;
}

/*
 * Keyboard focus (the card layer focuses a mark with tabindex="-1", so marks are never tab stops): an outline,
 * which is drawn outside the box without taking space, in the text's colour so it shows on any background.
 */
sourcelight-mark:focus-visible {
  outline: 2px solid currentColor !important;
  outline-offset: 1px !important;
  border-radius: 2px !important;
}

@media (forced-colors: active) {
  sourcelight-mark {
    text-decoration-color: Highlight !important;
    text-decoration-style: solid !important;
  }
  sourcelight-mark:focus-visible {
    outline-color: Highlight !important;
  }
}
`;

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
