/**
 * The Firefox driver: the built add-on (.output/firefox-mv3) in Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core (scripts/browser/firefox.mjs launches it). Tabs and locators follow Playwright's meaning (types.ts).
 *
 * What differs from Chromium, and how it is done here:
 * - The background is an event page (a window), not a service worker: `inBackground` reaches it from an extension
 *   tab through `runtime.getBackgroundPage()`, and `stopBackground` has Firefox terminate it, as it does an idle one.
 * - `page.goto` to a moz-extension: page never settles in Firefox 153: extension pages are awaited by their document.
 * - No media emulation over BiDi in 153: the colour scheme is Firefox's own content override pref, browser-wide.
 */
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxExtension, untilDocumentAt } from '../../../../scripts/browser/firefox.mjs';
import { firefoxLocator } from './firefox-locator';
import type { Extension, LaunchOptions, Tab, World } from './types';

/** Terminating takes well under a second here; the bound only keeps a stuck background from hanging the run. */
const STOP_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function world(evaluate: (script: string) => Promise<unknown>): World['evaluate'] {
  return ((script: string | ((arg: unknown) => unknown), arg?: unknown) =>
    evaluate(typeof script === 'string' ? script : `(${script.toString()})(${JSON.stringify(arg ?? null)})`)) as World['evaluate'];
}

/** Presses "Alt+Shift+ArrowDown" as Playwright does: modifiers down in order, the key, modifiers up in reverse. */
async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  for (const modifier of parts) await page.keyboard.down(modifier as never);
  await page.keyboard.press(key as never);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Extension> {
  const firefox = await launchFirefoxExtension(FIREFOX_EXTENSION_DIR, options);
  const isExtensionUrl = (url: string) => url.startsWith(firefox.url(''));

  const tab = (page: Page): Tab => ({
    url: () => page.url(),
    async goto(url) {
      if (!isExtensionUrl(url)) return page.goto(url);
      void page.goto(url).catch(() => undefined);
      return untilDocumentAt(page, url);
    },
    reload: () => page.reload(),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    waitForTimeout: sleep,
    evaluate: world((script) => page.evaluate(script)),
    frame({ url }) {
      const frame = page.frames().find((f) => f !== page.mainFrame() && url.test(f.url()));
      return frame ? { evaluate: world((script) => frame.evaluate(script)) } : null;
    },
    locator: (selector) => firefoxLocator(page).locator(selector),
    getByRole: (role, options) => firefoxLocator(page).getByRole(role, options),
    mouse: {
      // WebDriver refuses a pointer outside the viewport, where CDP lets it go: the nearest point inside stands for it.
      move: (x, y, options) => {
        const { width, height } = page.viewport() ?? { width: Infinity, height: Infinity };
        return page.mouse.move(Math.max(0, Math.min(x, width - 1)), Math.max(0, Math.min(y, height - 1)), options);
      },
      click: (x, y) => page.mouse.click(x, y),
    },
    keyboard: { press: (keys) => chord(page, keys), type: (text) => page.keyboard.type(text) },
    screenshot: async (options = {}) => Buffer.from(await page.screenshot(options)),
    viewportSize: () => page.viewport(),
    setViewportSize: (size) => page.setViewport(size),
    // 0 is dark, 1 light (layout.css.prefers-color-scheme.content-override).
    emulateMedia: async ({ colorScheme }) => {
      await firefox.chrome(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${colorScheme === 'dark' ? 0 : 1})`);
    },
    addInitScript: (fn) => page.evaluateOnNewDocument(fn),
  });

  let helper: Promise<Page> | undefined;
  /** An extension page kept open to reach the background page from (popup.html: every build has it). */
  const extensionPage = () => (helper ??= firefox.openExtensionPage('popup.html'));

  return {
    browser: 'firefox',
    url: firefox.url,
    newTab: async () => tab(await firefox.browser.newPage()),
    async openExtensionPage(path, options = {}) {
      const page = await firefox.browser.newPage();
      if (options.viewport) await page.setViewport(options.viewport);
      await tab(page).goto(firefox.url(path));
      return tab(page);
    },
    async nextTab() {
      // waitForTarget answers an existing tab too: only one opened from now on counts.
      const known = new Set(firefox.browser.targets());
      const target = await firefox.browser.waitForTarget((t) => !known.has(t) && t.type() === 'page' && t.url() !== 'about:blank', {
        timeout: 10_000,
      });
      const page = (await target.page())!;
      await untilDocumentAt(page, target.url());
      return tab(page);
    },
    async inBackground(fn, arg) {
      const page = await extensionPage();
      return page.evaluate(`(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`) as never;
    },
    async stopBackground(beforeStop) {
      await beforeStop?.();
      const stopped = Promise.race([
        firefox.terminateBackground(),
        sleep(STOP_TIMEOUT_MS).then(() => Promise.reject(new Error(`the background page did not stop within ${STOP_TIMEOUT_MS} ms`))),
      ]);
      const state = await stopped;
      if (state !== 'stopped') throw new Error(`the background page is ${state} after being terminated`);
    },
    close: () => firefox.close(),
    firefox,
  };
}
