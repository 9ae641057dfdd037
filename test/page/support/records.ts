/** Runs `edit` on a page written for this test and returns the records a MutationObserver saw, as the page watch gets them. */
export function recordsOf(html: string, edit: (root: HTMLElement) => void): { root: HTMLElement; records: MutationRecord[] } {
  document.body.innerHTML = `<article>${html}</article>`;
  const root = document.querySelector('article') as HTMLElement;
  const observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  edit(root);
  const records = observer.takeRecords();
  observer.disconnect();
  return { root, records };
}

/** A page's update that comes and goes within one burst: an element with `html` appended to `root`, then removed. */
export function addAndTakeOut(root: HTMLElement, tag: string, html: string): void {
  const element = document.createElement(tag);
  element.innerHTML = html;
  root.append(element);
  element.remove();
}
