/**
 * The extension API object, looked up when first needed rather than when a module loads: the content script every
 * page gets must not touch `chrome.*` on a page about something else, since the first touch installs the API's
 * bindings in the page's isolated world, a few ms each against a 5 ms budget (docs/performance.md).
 * Firefox has `browser`; Chromium `chrome`.
 */
import type { WxtBrowser } from 'wxt/browser';

export function browserApi(): WxtBrowser {
  const global = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (global.browser?.runtime ? global.browser : global.chrome) as WxtBrowser;
}
