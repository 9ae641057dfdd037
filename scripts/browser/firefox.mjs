// Firefox for what drives the built add-on (e2e tests, the benchmark): puppeteer-core over WebDriver BiDi, the
// protocol Firefox itself speaks (no geckodriver, which Debian lacks and npm's package downloads at run time).
// Plain JS with types beside it (firefox.d.mts), like launch.mjs for Chromium.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../browsers.mjs';
import { ROOT } from './launch.mjs';

/** Where `wxt build -b firefox` writes the Firefox MV3 add-on. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');

/**
 * The add-on's internal UUID, fixed through a pref so its pages' address (moz-extension://<uuid>/) is known before
 * it is installed; Firefox would otherwise draw a random one per profile. Any UUID would do.
 */
export const FIREFOX_EXTENSION_UUID = '5f0c1a9e-2b7d-4c3e-9a61-7d2e8b4f0c35';

/** Firefox starts in 3 to 25 s here depending on load; a launch beyond this is stuck. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** An extension page's document appears within a second; the bound only stops a hang. */
const PAGE_TIMEOUT_MS = 20_000;

/** The add-on's id (browser_specific_settings.gecko.id) as built into `extensionDir`. */
export function geckoId(extensionDir = FIREFOX_EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Waits until `page` shows a document at `url` that has finished parsing (page.goto to moz-extension: never resolves). */
export async function untilDocumentAt(page, url, timeoutMs = PAGE_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await page
      .evaluate(() => ({ href: location.href, state: document.readyState }))
      .catch(() => undefined);
    if (at && at.href === url && at.state !== 'loading') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs} ms (at ${at?.href ?? 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Firefox with the built add-on at `extensionDir`, in a fresh temporary profile unless `userDataDir` is given (then
 * kept on close: a second launch with it is the same browser restarted). See firefox.d.mts.
 */
export async function launchFirefoxExtension(extensionDir = FIREFOX_EXTENSION_DIR, options = {}) {
  const { userDataDir, headless = true, viewport = { width: 1280, height: 720 } } = options;
  const keepProfile = userDataDir !== undefined;
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'sourcelight-firefox-')));
  const removeProfile = () => (keepProfile ? Promise.resolve() : rm(profile, { recursive: true, force: true }));
  const id = extensionDir ? geckoId(extensionDir) : undefined;
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless,
      userDataDir: profile,
      timeout: LAUNCH_TIMEOUT_MS,
      defaultViewport: viewport,
      // Without it BiDi refuses moz-extension:// pages, and the browser's own (chrome) scope used by `chrome` below.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...(id ? { 'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }) } : {}),
        // BiDi installs the add-on as temporary: it is uninstalled when Firefox closes. Keeping its storage and UUID
        // makes a relaunch on the same profile (install again) the reader's browser restarted, as web-ext does.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Never suspend the background page for idleness (30 s by default), as Chromium never idles the service
        // worker while Playwright is attached: tests stop it when they mean to (terminateBackground).
        'extensions.background.idle.timeout': 3_600_000,
      },
    });
    if (extensionDir) await browser.installExtension(extensionDir);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await removeProfile();
    throw error;
  }

  const url = (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  let chromeContext;
  /** Evaluates `expression` in the browser's own privileged (chrome) scope, where Firefox's internals are. */
  const chrome = async (expression) => {
    const connection = browser.connection;
    if (!chromeContext) {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      chromeContext = tree.result.contexts[0].context;
    }
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in Firefox's chrome scope: ${result.exceptionDetails.text}`);
    return result.result.value;
  };
  // Looked up now, so that a test's first evaluation there is sent at once, ahead of what it does next.
  await chrome('0').catch(async (error) => {
    await browser.close().catch(() => undefined);
    await removeProfile();
    throw error;
  });
  const policy = `WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension`;
  return {
    browser,
    uuid: FIREFOX_EXTENSION_UUID,
    url,
    chrome,
    async openExtensionPage(path, { background = false } = {}) {
      const page = await browser.newPage(background ? { background: true } : undefined);
      // goto's promise never settles for moz-extension: pages in Firefox 153: wait for the document instead.
      void page.goto(url(path)).catch(() => undefined);
      await untilDocumentAt(page, url(path));
      return page;
    },
    backgroundState: () => chrome(`${policy}.backgroundState`),
    // What about:debugging's "Terminate background script" does; the next event (a message) starts it again.
    terminateBackground: () => chrome(`${policy}.terminateBackground().then(() => ${policy}.backgroundState)`),
    async close() {
      await browser.close().catch(() => undefined);
      await removeProfile();
    },
  };
}
