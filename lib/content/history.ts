/**
 * Noticing a single-page app's navigation. `history.pushState` runs in the page's world, where we cannot wrap it,
 * so we listen where the browser tells every world: the Navigation API's `navigatesuccess`, `popstate` and
 * `hashchange`; without the Navigation API, the address is compared once a second (as WXT's watcher does). A
 * route change closes the card (it belonged to the old view) and rescans, catching views swapped in without a
 * DOM change we would rescan for.
 */

/** Without the Navigation API, how often the address is compared: about as soon as a reader notices a new view. */
export const ADDRESS_POLL_MS = 1000;
/** After a route change, wait this long for the framework to render the new view before rescanning it. */
export const SETTLE_AFTER_NAVIGATION_MS = 300;

/**
 * What identifies a view: the address without its fragment, unless the fragment is a hash-router route
 * (`#/path` or `#!/path`); jumping to `#comments` on the same article is no navigation.
 */
export function routeOf(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  const fragment = href.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? href : href.slice(0, hash);
}

export interface HistoryOptions {
  signal: AbortSignal;
  onChange: () => void;
}

interface NavigationLike extends EventTarget {}

export function watchHistory(win: Window, options: HistoryOptions): void {
  const { signal } = options;
  let route = routeOf(win.location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const next = routeOf(win.location.href);
    if (next === route || signal.aborted) return;
    route = next;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) options.onChange();
    }, SETTLE_AFTER_NAVIGATION_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', check, { signal });
  else {
    const poll = setInterval(check, ADDRESS_POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
}
