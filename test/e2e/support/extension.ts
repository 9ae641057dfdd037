import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium.mjs';
import { EXTENSION_DIR } from './paths';

/** Chromium starts in 0.5 to 1.3 s here; a cold, busy 2-core machine gets ample headroom. */
const LAUNCH_TIMEOUT_MS = 30_000;
/** How long to wait for the extension's service worker to register or wake. */
const WORKER_TIMEOUT_MS = 15_000;

export interface LoadedExtension {
  context: BrowserContext;
  /** The id Chromium gave the unpacked extension (it follows from the extension's path). */
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** The running service worker, waiting for it to start (or wake) if needed. */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page such as popup.html in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes Chromium and deletes its temporary profile (a profile passed in is kept). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A profile to launch with and keep: `close` leaves it on disk, so a second launch with the same directory is
   * the same browser restarted (what a reader's settings and trust must survive). The caller deletes it.
   */
  userDataDir?: string;
}

/**
 * Starts Chromium with the built extension loaded, in a fresh temporary profile (or `options.userDataDir`).
 * Extensions load only in a persistent context; --disable-extensions-except is what
 * overrides Playwright's own --disable-extensions.
 */
export async function launchExtension(extensionDir = EXTENSION_DIR, options: LaunchOptions = {}): Promise<LoadedExtension> {
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sourcelight-e2e-')));
  const removeProfile = () => (keepProfile ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true }));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      // No display on CI machines; headed mode fails without an X server.
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // Root in CI cannot use Chromium's sandbox.
        '--no-sandbox',
        '--disable-gpu',
        // Keep runs offline and quiet: no update checks, sync or first-run pages.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const findWorker = () => context.serviceWorkers().find(isOurs);
  const waitForWorker = async (): Promise<Worker> =>
    findWorker() ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WORKER_TIMEOUT_MS }));

  let extensionId: string;
  try {
    extensionId = new URL((await waitForWorker()).url()).host;
  } catch (error) {
    await context.close();
    await removeProfile();
    throw error;
  }

  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

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
      await context.close();
      await removeProfile();
    },
  };
}
