/**
 * The names marks are registered under in `CSS.highlights`: the contract tests and outside checks rely on.
 * Every mention painted is a range in the `Highlight` named `sourcelight-entity-<entity id>`; anything else we paint
 * has a name beginning `sourcelight-ui-`. Entity ids are `[a-z0-9_]+` (the catalog's, and discovered ones:
 * lib/facts/discover/story.ts), so every name is a CSS identifier as it is.
 */

export const ENTITY_HIGHLIGHT_PREFIX = 'sourcelight-entity-';

export const HIGHLIGHT_NAMES = {
  /** The mention whose card is open. */
  active: 'sourcelight-ui-active',
  /** The mention the keyboard walk stands on. */
  focus: 'sourcelight-ui-focus',
} as const;

export function entityHighlightName(entity: string): string {
  return ENTITY_HIGHLIGHT_PREFIX + entity;
}
