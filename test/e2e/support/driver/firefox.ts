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
import type { ElementHandle, Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxExtension, untilDocumentAt } from '../../../../scripts/browser/firefox.mjs';
import { extensionWorld } from './extension-world';
import { scriptLocator, type ScriptTarget } from './script-locator';
import type { Extension, LaunchOptions, Tab, World } from './types';

/** Terminating takes well under a second here; the bound only keeps a stuck background from hanging the run. */
const STOP_TIMEOUT_MS = 15_000;
/** A tab the extension opens appears within a second here. */
const NEW_TAB_TIMEOUT_MS = 10_000;

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

/** Waits for the first document past about:blank in `page` to finish parsing; answers its address. */
async function untilLoaded(page: Page, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await page.evaluate(() => ({ href: location.href, state: document.readyState })).catch(() => undefined);
    if (at && at.href !== 'about:blank' && at.state !== 'loading') return at.href;
    if (Date.now() > deadline) throw new Error(`the new tab loaded nothing within ${timeoutMs} ms`);
    await sleep(50);
  }
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Extension> {
  const firefox = await launchFirefoxExtension(FIREFOX_EXTENSION_DIR, options);
  const isExtensionUrl = (url: string) => url.startsWith(firefox.url(''));

  const tab = (page: Page, opened?: string): Tab => {
    // BiDi may go on reporting about:blank for a tab the extension opened at one of its pages: the document's own
    // address, read when it loaded, stands in for it.
    let documentUrl = opened;
    const mouse: Tab['mouse'] = {
      // WebDriver refuses a pointer outside the viewport, where CDP lets it go: the nearest point inside stands for it.
      move: (x, y, options) => {
        const { width, height } = page.viewport() ?? { width: Infinity, height: Infinity };
        return page.mouse.move(Math.max(0, Math.min(x, width - 1)), Math.max(0, Math.min(y, height - 1)), options);
      },
      click: (x, y) => page.mouse.click(x, y),
    };
    const keyboard: Tab['keyboard'] = { press: (keys) => chord(page, keys), type: (text) => page.keyboard.type(text) };
    const evaluate = world((script) => page.evaluate(script));
    // The isolated realm is in puppeteer's Frame but left out of its published types.
    const isolated = () => (page.mainFrame() as unknown as { isolatedRealm(): { evaluate(script: string): Promise<unknown> } }).isolatedRealm();
    const inPage: ScriptTarget = {
      evaluate: (expression) => isolated().evaluate(expression),
      mouse,
      keyboard,
      async uploadFiles(selector, paths) {
        const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
        if (!input) throw new Error(`${selector}: the file input went away`);
        await input.uploadFile(...paths);
      },
    };
    return {
      url: () => (page.url() === 'about:blank' && documentUrl ? documentUrl : page.url()),
      async goto(url) {
        if (!isExtensionUrl(url)) return page.goto(url);
        void page.goto(url).catch(() => undefined);
        await untilDocumentAt(page, url);
        documentUrl = url;
      },
      async reload() {
        if (!isExtensionUrl(page.url() === 'about:blank' && documentUrl ? documentUrl : page.url())) return page.reload();
        // As goto: the reload of an extension page never settles. A mark on the old document tells the new one apart.
        await page.evaluate(() => Object.assign(window, { sourcelightBeforeReload: true }));
        void page.reload().catch(() => undefined);
        const deadline = Date.now() + 20_000;
        for (;;) {
          const fresh = await page
            .evaluate(() => !('sourcelightBeforeReload' in window) && document.readyState !== 'loading')
            .catch(() => false);
          if (fresh) return;
          if (Date.now() > deadline) throw new Error('the extension page did not reload within 20 s');
          await sleep(50);
        }
      },
      close: () => page.close(),
      bringToFront: () => page.bringToFront(),
      waitForTimeout: sleep,
      evaluate,
      frame({ url }) {
        const frame = page.frames().find((f) => f !== page.mainFrame() && url.test(f.url()));
        return frame ? { evaluate: world((script) => frame.evaluate(script)) } : null;
      },
      locator: (selector) => scriptLocator(inPage).locator(selector),
      getByRole: (role, options) => scriptLocator(inPage).getByRole(role, options),
      getByText: (text, options) => scriptLocator(inPage).getByText(text, options),
      getByLabel: (text, options) => scriptLocator(inPage).getByLabel(text, options),
      extensionWorld: () => extensionWorld(inBackground, { evaluate, mouse, keyboard }),
      mouse,
      keyboard,
      screenshot: async (options = {}) => Buffer.from(await page.screenshot(options)),
      viewportSize: () => page.viewport(),
      setViewportSize: (size) => page.setViewport(size),
      // 0 is dark, 1 light (layout.css.prefers-color-scheme.content-override).
      emulateMedia: async ({ colorScheme }) => {
        await firefox.chrome(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${colorScheme === 'dark' ? 0 : 1})`);
      },
      addInitScript: (fn) => page.evaluateOnNewDocument(fn),
    };
  };

  let helper: Promise<Page> | undefined;
  /**
   * An extension page kept open to reach the background page from (popup.html: every build has it), opened behind
   * the other tabs: Firefox throttles the timers of tabs that are not in front, and the tab under test must stay so.
   */
  const extensionPage = () => (helper ??= firefox.openExtensionPage('popup.html', { background: true }));

  const inBackground: Extension['inBackground'] = async (fn, arg) => {
    const script = `(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`;
    try {
      return (await (await extensionPage()).evaluate(script)) as never;
    } catch (failure) {
      // A reloaded add-on closes its pages, this one too: open it again, once.
      if (!/no such frame|closed/i.test(String(failure))) throw failure;
      helper = undefined;
      return (await (await extensionPage()).evaluate(script)) as never;
    }
  };

  return {
    browser: 'firefox',
    url: firefox.url,
    newTab: async () => tab(await firefox.browser.newPage()),
    async openExtensionPage(path, options = {}) {
      const page = await firefox.browser.newPage();
      if (options.viewport) await page.setViewport(options.viewport);
      const opened = tab(page);
      await opened.goto(firefox.url(path));
      return opened;
    },
    async nextTab() {
      // Firefox 153's BiDi reports a tab the extension opens with tabs.create, but not one a link in an extension
      // page opens (target=_blank): that one is found in the browser's own tab strip, closed, and its address opened
      // again in a tab the driver drives.
      const known = new Set(firefox.browser.targets());
      const strip = `JSON.stringify(Array.from(gBrowser.tabs, (t) => [t.linkedBrowser.browserId, t.linkedBrowser.currentURI.spec]))`;
      const before = new Set((JSON.parse((await firefox.chrome(strip)) as string) as [number, string][]).map(([id]) => id));
      const deadline = Date.now() + NEW_TAB_TIMEOUT_MS;
      for (;;) {
        const target = firefox.browser.targets().find((t) => !known.has(t) && t.type() === 'page');
        if (target) {
          const page = (await target.page())!;
          return tab(page, await untilLoaded(page));
        }
        const unseen = (JSON.parse((await firefox.chrome(strip)) as string) as [number, string][]).find(
          ([id, url]) => !before.has(id) && url !== 'about:blank',
        );
        if (unseen) {
          await firefox.chrome(`gBrowser.removeTab(Array.from(gBrowser.tabs).find((t) => t.linkedBrowser.browserId === ${unseen[0]}))`);
          const opened = tab(await firefox.browser.newPage());
          await opened.goto(unseen[1]);
          return opened;
        }
        if (Date.now() > deadline) throw new Error(`no tab opened within ${NEW_TAB_TIMEOUT_MS} ms`);
        await sleep(100);
      }
    },
    inBackground,
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
