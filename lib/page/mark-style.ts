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

/** CSS declarations in order; where a property repeats, the later value is newer syntax, the earlier its fallback. */
export type Declarations = readonly (readonly [string, string])[];

/**
 * A mark's look, shared by this stylesheet and the inline armour (lib/content/mark-armour.ts). The tint is 8 % of
 * the text's colour; the underline 55 %, which keeps the 3:1 of WCAG's non-text contrast against the page for
 * black text on white (4.8:1) and light text on dark (5.2:1).
 */
export const MARK_LOOK: Declarations = [
  ['background-color', 'rgba(128, 128, 128, 0.1)'],
  ['background-color', 'color-mix(in srgb, currentColor 8%, transparent)'],
  ['text-decoration-line', 'underline'],
  ['text-decoration-style', 'dotted'],
  ['text-decoration-color', 'rgba(128, 128, 128, 0.7)'],
  ['text-decoration-color', 'color-mix(in srgb, currentColor 55%, transparent)'],
];

/**
 * The look of a hovered mark and of the mark whose card is open: twice the tint. 16 % is about the most that keeps
 * grey body text (#666 on white, 5.7:1) at WCAG AA's 4.5:1 over its own tint (4.6:1; 20 % would give 4.4:1).
 */
export const ACTIVE_LOOK: Declarations = [
  ['background-color', 'rgba(128, 128, 128, 0.2)'],
  ['background-color', 'color-mix(in srgb, currentColor 16%, transparent)'],
  ['text-decoration-style', 'solid'],
];

/** On the mark whose card is open. */
export const ACTIVE_ATTR = 'data-sourcelight-active';

const important = (declarations: Declarations): string =>
  declarations.map(([property, value]) => `  ${property}: ${value} !important;`).join('\n');

export const MARK_CSS = `
sourcelight-mark {
  all: unset !important;
  display: inline !important;
${important(MARK_LOOK)}
  text-decoration-thickness: 1px !important;
  text-underline-offset: 0.2em !important;
  /* A mark wrapping onto two lines is painted as two boxes, each with its own background. */
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}

sourcelight-mark:hover,
sourcelight-mark[${ACTIVE_ATTR}] {
${important(ACTIVE_LOOK)}
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
