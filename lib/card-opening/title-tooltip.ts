/**
 * The page's own `title` tooltip never stacks with a card (as with Wikipedia's Page Previews): while a card shows,
 * the nearest title around its mention is emptied, and put back when it hides. Emptied, not removed: `title=""`
 * shows no tooltip and hides its ancestors', and the markup comes back byte for byte; the value waits in memory.
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
