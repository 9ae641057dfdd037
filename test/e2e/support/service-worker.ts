import type { BrowserContext } from 'playwright-core';

/** Stopping takes well under a second here; the bound only keeps a stuck worker from hanging the run. */
const STOP_TIMEOUT_MS = 15_000;

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's service worker through the DevTools protocol, as Chromium does to an
 * idle worker after 30 s (it never idles one while Playwright is attached). Resolves once
 * Chromium reports it stopped, so the next message must wake a fresh worker: in-memory state
 * is gone, and only what the worker rebuilds or reads back from IndexedDB survives.
 *
 * Playwright keeps the same Worker object across the restart (it fires no `close`), so we
 * watch the protocol's own running status instead.
 *
 * `beforeStop` runs once the DevTools session is ready, right before the stop is sent: a test starts work
 * there (a repair, say) so the stop lands while it runs rather than a session set-up later.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
  beforeStop?: () => Promise<void>,
): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const ours = (version: WorkerVersion) => version.scriptURL.startsWith(`chrome-extension://${extensionId}/`);
  let stopRequested = false;
  try {
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the service worker did not stop within ${STOP_TIMEOUT_MS} ms`)),
        STOP_TIMEOUT_MS,
      );
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const mine = (versions as WorkerVersion[]).filter(ours);
        if (stopRequested && mine.some((version) => version.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await beforeStop?.();
    stopRequested = true;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}
