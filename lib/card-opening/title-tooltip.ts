/**
 * The page's own `title` tooltip must never stack with a card (Wikipedia's Page Previews do the same): while a card
 * shows for a mention, the `title` of the nearest titled element around it is emptied, and put back exactly when
 * the card hides. This is the one change Sourcelight makes to a page's elements, only while a card the reader
 * opened shows, and the value waits in memory, never on the page.
 *
 * Emptying rather than removing: `title=""` shows no tooltip and hides its ancestors' (HTML spec, "The title
 * attribute"), and the attribute keeps its place, so the markup comes back byte for byte.
 */

/**
 * Moves the title aside for a mention inside `element` and returns the function that puts it back. Putting back is
 * idempotent, and leaves alone a title the page itself changed or removed meanwhile (the page's newer state wins).
 */
export function suppressTitle(element: Element | null): () => void {
  const titled = element?.closest('[title]');
  const title = titled?.getAttribute('title');
  if (!titled || !title) return () => {};
  titled.setAttribute('title', '');
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (titled.getAttribute('title') === '') titled.setAttribute('title', title);
  };
}
