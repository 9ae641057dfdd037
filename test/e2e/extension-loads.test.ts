import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untilDocumentAt } from '../../scripts/browser/firefox.mjs';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, currentBrowser, useExtension, useStaticServer } from './support';
import { settledMarks } from './helpers/content';

interface BuiltManifest {
  manifest_version: number;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  content_scripts?: { matches: string[]; js?: string[] }[];
  action?: { default_popup?: string };
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  host_permissions?: string[];
  externally_connectable?: unknown;
}

const browser = currentBrowser();
const extensionDir = browser === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
const manifestText = readFileSync(join(extensionDir, 'manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as BuiltManifest;

/** Patterns that mean "any site", which is what a content script for any news page needs. */
const ANY_SITE_PATTERNS = new Set(['http://*/*', 'https://*/*', '*://*/*', '<all_urls>']);

/** Every string anywhere in the manifest, so a remote URL cannot hide in a nested key. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe(`the built manifest (${browser})`, () => {
  it.runIf(browser === 'chromium')('is Manifest V3 with a background service worker that was built', () => {
    expect(manifest.manifest_version).toBe(3);
    const worker = manifest.background?.service_worker;
    expect(worker).toBeTypeOf('string');
    expect(existsSync(join(extensionDir, worker!))).toBe(true);
  });

  // Firefox's MV3 has background scripts, which it runs in an event page, where Chrome has a service worker.
  it.runIf(browser === 'firefox')('is Manifest V3 with background scripts that were built, an add-on id and Firefox 140 at least', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.service_worker).toBeUndefined();
    expect(manifest.background?.scripts).toHaveLength(1);
    for (const script of manifest.background!.scripts!) expect(existsSync(join(extensionDir, script))).toBe(true);
    // 140: the first Firefox with the CSS Custom Highlight API, which paints the marks.
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({ id: expect.stringMatching(/@/), strict_min_version: '140.0' });
  });

  it('runs a content script on every http and https page', () => {
    const script = manifest.content_scripts?.find((entry) => entry.js?.length);
    expect(script).toBeDefined();
    const matches = new Set(script!.matches);
    const coversHttp = matches.has('http://*/*') || matches.has('*://*/*') || matches.has('<all_urls>');
    const coversHttps = matches.has('https://*/*') || matches.has('*://*/*') || matches.has('<all_urls>');
    expect({ coversHttp, coversHttps }).toEqual({ coversHttp: true, coversHttps: true });
    for (const file of script!.js!) expect(existsSync(join(extensionDir, file)), file).toBe(true);
  });

  it('has a popup that was built', () => {
    const popup = manifest.action?.default_popup;
    expect(popup).toBeTypeOf('string');
    expect(existsSync(join(extensionDir, popup!))).toBe(true);
  });

  it('names no remote host: every URL in it is an any-site match pattern', () => {
    const urls = stringsIn(manifest).filter((text) => /https?:|<all_urls>|\*:\/\//.test(text));
    expect(urls.filter((url) => !ANY_SITE_PATTERNS.has(url))).toEqual([]);
    // Pages must not be able to message the extension directly.
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('does not loosen the content security policy', () => {
    for (const policy of stringsIn(manifest.content_security_policy ?? {})) {
      expect(policy).not.toMatch(/unsafe-|https?:|\*/);
    }
  });
});

describe(`the extension in ${browser}`, () => {
  const extension = useExtension();
  const server = useStaticServer();

  it.runIf(browser === 'chromium')('loads, and its service worker starts from the built background script', async () => {
    const chromium = extension.chromium!;
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await chromium.serviceWorker();
    expect(worker.url()).toBe(extension.url(manifest.background!.service_worker!));
    // The worker really runs our code: it is an extension context with the runtime API.
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Sourcelight');
  });

  it.runIf(browser === 'firefox')('loads, and its background page runs the built background script', async () => {
    // Firefox wraps MV3 background scripts in a page it generates; that page is the background's global scope.
    const background = await extension.inBackground((scope) => ({
      page: scope.location.href,
      scripts: Array.from(scope.document.scripts, (script) => script.src),
      name: scope.chrome.runtime.getManifest().name,
    }));
    expect(background).toEqual({
      page: extension.url('_generated_background_page.html'),
      scripts: manifest.background!.scripts!.map((script) => extension.url(script)),
      name: 'Sourcelight',
    });
  });

  it.runIf(browser === 'chromium')('injects its content script into an http page', async () => {
    const { context, extensionId } = extension.chromium!;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Content scripts run in an isolated world whose origin is the extension's.
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') worlds.push(context.origin);
    });
    await cdp.send('Runtime.enable');
    await page.goto(server.url('story.html'));
    await expect.poll(() => worlds, { timeout: 10_000 }).toContain(`chrome-extension://${extensionId}`);
    await cdp.detach();
    await page.close();
  });

  // Firefox shows content-script worlds to no protocol a test can reach without devtools; what they do shows instead.
  it.runIf(browser === 'firefox')('injects its content script into an http page: the page gets marks', async () => {
    const page = await extension.newTab();
    await page.goto(server.url('story.html'));
    expect(await settledMarks(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the popup page and renders it without errors', async () => {
    const errors: string[] = [];
    const url = extension.url(manifest.action!.default_popup!);
    let text: () => Promise<string>;
    let close: () => Promise<void>;
    if (extension.chromium) {
      const page = await extension.chromium.context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      text = () => page.locator('body').innerText();
      close = () => page.close();
    } else {
      const page = await extension.firefox!.browser.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      void page.goto(url).catch(() => undefined);
      await untilDocumentAt(page, url);
      text = () => page.evaluate(() => document.body.innerText);
      close = () => page.close();
    }
    await expect.poll(async () => (await text()).trim().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});
