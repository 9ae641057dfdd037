/**
 * Where Firefox's engine (Gecko) paints differently from Chromium's, in one place; Chromium's path stays as it is.
 * What needs nothing here (seen in Firefox 153 driving the built add-on): `Highlight`, `StaticRange` and
 * `CSSStyleSheet` made in the content script's world are taken by the page's `CSS.highlights` and
 * `document.adoptedStyleSheets` through Firefox's Xray wrappers, and `caretPositionFromPoint` hit-tests alike.
 */

/** True in the Firefox build only: WXT sets it at build time, so the Chromium bundle keeps nothing of this. */
const FIREFOX = import.meta.env?.FIREFOX === true;

/**
 * The element `::highlight()` rules are written on. Chromium has highlight inheritance: a rule on `:root` reaches
 * text in every element below, at half the restyle of the universal selector. Firefox (153) has none: a rule paints
 * only text whose own element it matches, so `:root::highlight()` paints nothing there and the universal one is used.
 */
export const HIGHLIGHT_RULE_ON: ':root' | '*' = FIREFOX ? '*' : ':root';
