/**
 * Marks a page cannot hide with CSS. The mark stylesheet (lib/page/mark-style.ts) loses to a page rule such as
 * `sourcelight-mark { display: none !important }` that comes later or weighs more; an `!important` declaration
 * in an element's own `style` attribute beats every `!important` rule of every stylesheet, cascade layers
 * included (CSS Cascade 5, "element-attached styles"). So the properties a page would use to hide or blank a
 * mark are written on each mark itself.
 *
 * None of them takes space: the look is the stylesheet's (a faint tint and a dotted underline in the text's own
 * colour), so marking still never shifts layout. Plain hover loses its stronger tint to these inline values;
 * the mark whose card is open gets it back through `setActive`.
 */
import { ACTIVE_ATTR, ACTIVE_LOOK, MARK_LOOK, type Declarations } from '../page/mark-style';

/**
 * What a page would change to hide a mark, then the stylesheet's own look. setProperty applies entries in order:
 * a browser that cannot parse color-mix() ignores that one and keeps the rgba value set just before it.
 */
const BASE: Declarations = [['display', 'inline'], ['visibility', 'visible'], ['opacity', '1'], ...MARK_LOOK];

function write(mark: Element, declarations: Declarations): void {
  const style = (mark as HTMLElement).style;
  if (!style) return;
  for (const [property, value] of declarations) style.setProperty(property, value, 'important');
}

/** Whether the mark still carries its armour (a page script may have rewritten its `style`). */
function armoured(mark: Element): boolean {
  const style = (mark as HTMLElement).style;
  return !style || (style.getPropertyPriority('display') === 'important' && style.getPropertyValue('display') === 'inline');
}

/**
 * Arms a new mark. The scanner calls it once per document and entity, on the template its marks are cloned from
 * (lib/page/marks.ts `markMaker`), so every mark carries its armour from the moment it is inserted.
 */
export function armour(mark: Element): void {
  write(mark, BASE);
}

/** Arms a mark again if a page script rewrote its `style`; returns whether it had to. */
export function repairArmour(mark: Element): boolean {
  if (armoured(mark)) return false;
  write(mark, mark.hasAttribute(ACTIVE_ATTR) ? [...BASE, ...ACTIVE_LOOK] : BASE);
  return true;
}

/** The look of the mark whose card is open (`true`) or of any other mark (`false`). */
export function setActive(mark: Element, active: boolean): void {
  if (active) mark.setAttribute(ACTIVE_ATTR, '');
  else mark.removeAttribute(ACTIVE_ATTR);
  write(mark, active ? [...BASE, ...ACTIVE_LOOK] : BASE);
}
