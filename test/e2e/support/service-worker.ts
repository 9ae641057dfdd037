import type { BrowserContext, Worker } from 'playwright-core';

/**
 * Stops every service worker through the DevTools protocol, as Chromium does to an idle
 * worker after 30 s (it never idles one while Playwright is attached). Resolves once our
 * worker is gone, so the next message must wake a fresh one: in-memory state is lost, and
 * only what the worker rebuilds or reads back from IndexedDB survives.
 */
export async function stopServiceWorkers(context: BrowserContext, worker: Worker): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await closed;
  } finally {
    await cdp.detach();
  }
}
