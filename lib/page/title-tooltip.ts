/**
 * The page's own `title` tooltip must never stack with a card (Wikipedia's Page Previews do the same): while a
 * card shows for a mark, the `title` of the mark's nearest titled ancestor is moved aside, and put back exactly
 * when the card hides.
 *
 * Only the nearest `[title]` matters: it is the one the browser would show. Moving aside empties the attribute
 * rather than removing it: `title=""` shows no tooltip and hides its ancestors' (HTML spec, "The title
 * attribute"), and the attribute keeps its place, so putting the value back leaves the element's markup
 * byte for byte as it was (removing and re-adding would move `title` to the end of the attribute list).
 *
 * The value waits in memory and on the element as `data-sourcelight-title`, so a content script restarted
 * mid-card (the page replayed WXT's start message, say) can still give the page its title back
 * (`restoreMovedTitles`).
 */

/** Where a moved title waits while the card shows. */
export const MOVED_TITLE_ATTR = 'data-sourcelight-title';

/**
 * Moves the title aside for `mark` and returns the function that puts it back. Putting back is idempotent, and
 * leaves alone a title the page itself changed or removed meanwhile (the page's newer state wins).
 */
export function suppressTitle(mark: Element): () => void {
  const titled = mark.closest('[title]');
  const title = titled?.getAttribute('title');
  if (!titled || !title) return () => {};
  titled.setAttribute(MOVED_TITLE_ATTR, title);
  titled.setAttribute('title', '');
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    titled.removeAttribute(MOVED_TITLE_ATTR);
    if (titled.getAttribute('title') === '') titled.setAttribute('title', title);
  };
}

/** Puts back every title an earlier run moved aside and never restored. Returns how many. */
export function restoreMovedTitles(root: ParentNode): number {
  const moved = Array.from(root.querySelectorAll(`[${MOVED_TITLE_ATTR}]`));
  for (const element of moved) {
    const title = element.getAttribute(MOVED_TITLE_ATTR) ?? '';
    element.removeAttribute(MOVED_TITLE_ATTR);
    if (element.getAttribute('title') === '') element.setAttribute('title', title);
  }
  return moved.length;
}
