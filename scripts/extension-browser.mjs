// Chromium with the built extension loaded, and a small static server on 127.0.0.1: what `npm start` and
// `npm run eval:devset` share. (The e2e tests have their own typed fixture in test/e2e/support.)
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/**
 * Serves files under `dir`, or pages from `pages` (path → HTML string) when given, on 127.0.0.1 at a port the
 * OS picks. Returns { origin, url(path), close() }.
 */
export async function serve({ dir, pages } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (pages) {
      const html = pages.get(path);
      if (html === undefined) response.writeHead(404).end('not found');
      else response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(html);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\//, ''), `${origin}/`).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Launches Chromium with the extension at EXTENSION_DIR in a fresh temporary profile (extensions load only in a
 * persistent context; --disable-extensions-except overrides Playwright's own --disable-extensions).
 * Resolves to { context, extensionId, close() } once the service worker runs.
 */
export async function launchWithExtension({ headless = true, viewport = { width: 1280, height: 800 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      ...(headless ? ['--disable-gpu'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves once the page's marks stop changing: the count is the same for `quietMs` (the content script's
 * rescan delay is 150 ms, so 600 ms of quiet means it is done). A page may hold no mention at all: with no
 * mark after `emptyAfterMs` it counts as done; and after `timeoutMs` whatever the count.
 */
export async function waitForMarks(page, { quietMs = 600, emptyAfterMs = 15_000, timeoutMs = 15_000 } = {}) {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const count = await page.locator('sourcelight-mark').count();
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && (count > 0 || Date.now() - started >= emptyAfterMs)) return count;
    if (Date.now() - started > timeoutMs) return count;
    await page.waitForTimeout(100);
  }
}
