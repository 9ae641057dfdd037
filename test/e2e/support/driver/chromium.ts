/**
 * The Chromium driver: the built extension (.output/chrome-mv3) in Chromium through Playwright (scripts/browser/
 * launch.mjs). Playwright's Page and Locator are the driver's Tab and Loc as they are (types.ts is their subset), the Page
 * given one more way in: its extension world.
 */
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../../../../scripts/browser/launch.mjs';
import { stopServiceWorker } from '../service-worker';
import { extensionWorld } from './extension-world';
import type { Extension, LaunchOptions, Tab } from './types';

export async function launchChromium(options: LaunchOptions = {}): Promise<Extension> {
  const chromium = await launchExtension(EXTENSION_DIR, options);
  const inBackground: Extension['inBackground'] = async (fn, arg) => {
    const worker = await chromium.serviceWorker();
    return worker.evaluate(`(${fn.toString()})(globalThis, ${JSON.stringify(arg ?? null)})`) as never;
  };
  const tab = (page: Page): Tab => Object.assign(page, { extensionWorld: () => extensionWorld(inBackground, page) });
  return {
    browser: 'chromium',
    url: chromium.url,
    newTab: async () => tab(await chromium.context.newPage()),
    async openExtensionPage(path, options = {}) {
      const page = await chromium.context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      await page.goto(chromium.url(path));
      return tab(page);
    },
    async nextTab() {
      const page = await chromium.context.waitForEvent('page');
      await page.waitForLoadState();
      return tab(page);
    },
    inBackground,
    stopBackground: (beforeStop) => stopServiceWorker(chromium.context, chromium.extensionId, beforeStop),
    close: () => chromium.close(),
    chromium,
  };
}
