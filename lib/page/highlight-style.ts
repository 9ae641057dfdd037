/**
 * The one stylesheet that paints marks: `::highlight()` rules for the names in highlight-names.ts, adopted through
 * `document.adoptedStyleSheets`, so nothing of ours is in the page's tree and page CSS cannot reach a highlight.
 * Adding such a rule restyles the whole document (about ten times an ordinary rule, docs/performance.md), so the
 * sheet goes in once, before any range is registered, and grows only with new entities. Rules sit on `:root` and
 * reach every element by highlight inheritance, half the restyle of `*` (Firefox lacks it: see gecko.ts).
 */
import { HIGHLIGHT_RULE_ON } from './gecko';
import { HIGHLIGHT_NAMES, entityHighlightName } from './highlight-names';

/**
 * The marks' look: a tint, nothing else. A fixed translucent grey, because in a highlight `currentColor` in a
 * background resolves to transparent, and a mid grey at 18 % shows on light and dark pages alike. No underline: a
 * text decoration in a highlight made every frame after the page's own DOM edits recompute its compositing inputs
 * (40 ms a frame on the 5 MB bench page, against 0.3 ms with the tint alone).
 */
const MARK_LOOK = 'background-color: rgba(128, 128, 128, 0.18) !important';

/** The mention whose card is open: twice the tint. */
const ACTIVE_LOOK = 'background-color: rgba(128, 128, 128, 0.36) !important';

/** Where the keyboard walk stands: the system's highlight colour, so it reads as focus on any page. */
const FOCUS_LOOK = [
  'background-color: Highlight !important',
  'color: HighlightText !important',
].join('; ');


/** The stylesheet text for marks of `entities` (ids). */
export function highlightCss(entities: Iterable<string>): string {
  const on = HIGHLIGHT_RULE_ON;
  const selectors = [...new Set(entities)].sort().map((id) => `${on}::highlight(${entityHighlightName(id)})`);
  const rules = [
    `${on}::highlight(${HIGHLIGHT_NAMES.active}) { ${ACTIVE_LOOK} }`,
    `${on}::highlight(${HIGHLIGHT_NAMES.focus}) { ${FOCUS_LOOK} }`,
  ];
  if (selectors.length > 0) rules.unshift(`${selectors.join(',\n')} { ${MARK_LOOK} }`);
  return rules.join('\n');
}

/** Marks our sheet among the document's adopted ones; a property of this world's object, which a page cannot see. */
const OURS = Symbol.for('sourcelight.highlight-style');
type Ours = CSSStyleSheet & { [OURS]?: ReadonlySet<string> };

function ourSheet(doc: Document): Ours | undefined {
  return (doc.adoptedStyleSheets as Ours[]).find((sheet) => sheet[OURS] !== undefined);
}

/**
 * Makes sure `doc` has our sheet with rules for every id in `entities`. Does nothing when it already has them, so
 * the page check and the session may both call it; a sheet missing an id is rewritten in place (one restyle).
 * Returns false where the browser has no constructable stylesheets or no Custom Highlight API.
 */
export function installHighlightStyle(doc: Document, entities: Iterable<string>): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !hasHighlights(view) || !('adoptedStyleSheets' in doc)) return false;
  const wanted = new Set(entities);
  const existing = ourSheet(doc);
  if (existing) {
    const has = existing[OURS] as ReadonlySet<string>;
    if ([...wanted].every((id) => has.has(id))) return true;
    for (const id of has) wanted.add(id);
    existing.replaceSync(highlightCss(wanted));
    existing[OURS] = wanted;
    return true;
  }
  const sheet = new view.CSSStyleSheet() as Ours;
  sheet.replaceSync(highlightCss(wanted));
  sheet[OURS] = wanted;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return true;
}

/** Takes our sheet out of `doc` (Sourcelight turned off there). */
export function removeHighlightStyle(doc: Document): void {
  const sheet = ourSheet(doc);
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Whether `view` can paint highlights: Chrome 105+, Safari 17.2+, Firefox 140+. */
export function hasHighlights(view: Window & typeof globalThis): boolean {
  const css = (view as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (view as { Highlight?: unknown }).Highlight === 'function' && css?.highlights !== undefined;
}
