// Chromium for everything that drives the built extension (e2e tests, `npm start`, the devset evaluation, the
// benchmark): one list of switches, one way to load the extension. Plain JS with types beside it
// (launch.d.mts), so `node scripts/start.mjs` can import it as well as TypeScript.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browsers.mjs';

/** The project root, whatever directory a script is started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `wxt build` writes the Chrome MV3 extension. */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

/** Chromium starts in 0.5 to 1.3 s here; a cold, busy 2-core machine gets ample headroom. */
const LAUNCH_TIMEOUT_MS = 30_000;
/** How long to wait for the extension's service worker to register or wake. */
const WORKER_TIMEOUT_MS = 15_000;

/** The switches every launch shares; a browser with and one without the extension differ in nothing else. */
export function chromiumArgs({ headless = true } = {}) {
  return [
    // Root in CI cannot use Chromium's sandbox.
    '--no-sandbox',
    ...(headless ? ['--disable-gpu'] : []),
    // Keep runs offline and quiet: no update checks, sync or first-run pages.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

/**
 * Chromium in a persistent context (extensions load only there), in a fresh temporary profile unless
 * `userDataDir` is given (then kept on close: a second launch with it is the same browser restarted).
 * With `extensionDir`, --disable-extensions-except is what overrides Playwright's own --disable-extensions.
 */
async function launchContext({ extensionDir, userDataDir, headless = true, viewport }) {
  const keepProfile = userDataDir !== undefined;
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'sourcelight-')));
  const removeProfile = () => (keepProfile ? Promise.resolve() : rm(profile, { recursive: true, force: true }));
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      // No display on CI machines; headed mode fails without an X server.
      headless,
      timeout: LAUNCH_TIMEOUT_MS,
      ...(viewport !== undefined ? { viewport } : {}),
      args: [...extension, ...chromiumArgs({ headless })],
    });
    return { context, removeProfile };
  } catch (error) {
    await removeProfile();
    throw error;
  }
}

/** Chromium with the built extension at `extensionDir`, once its service worker runs (see launch.d.mts). */
export async function launchExtension(extensionDir = EXTENSION_DIR, options = {}) {
  const { context, removeProfile } = await launchContext({ ...options, extensionDir });
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const waitForWorker = async () =>
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WORKER_TIMEOUT_MS }));
  let extensionId;
  try {
    extensionId = new URL((await waitForWorker()).url()).host;
  } catch (error) {
    await context.close();
    await removeProfile();
    throw error;
  }
  const url = (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    context,
    extensionId,
    url,
    serviceWorker: waitForWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(url(path));
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await removeProfile();
    },
  };
}

/** The same Chromium without the extension: the baseline a page is compared against. */
export async function launchPlain(options = {}) {
  const { context, removeProfile } = await launchContext({ ...options, extensionDir: undefined });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await removeProfile();
    },
  };
}
