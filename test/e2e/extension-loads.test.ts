import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, useExtension, useStaticServer } from './support';

interface BuiltManifest {
  manifest_version: number;
  background?: { service_worker?: string; type?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  action?: { default_popup?: string };
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  host_permissions?: string[];
  externally_connectable?: unknown;
}

const manifestText = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
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

describe('the built manifest', () => {
  it('is Manifest V3 with a background service worker that was built', () => {
    expect(manifest.manifest_version).toBe(3);
    const worker = manifest.background?.service_worker;
    expect(worker).toBeTypeOf('string');
    expect(existsSync(join(EXTENSION_DIR, worker!))).toBe(true);
  });

  it('runs a content script on every http and https page', () => {
    const script = manifest.content_scripts?.find((entry) => entry.js?.length);
    expect(script).toBeDefined();
    const matches = new Set(script!.matches);
    const coversHttp = matches.has('http://*/*') || matches.has('*://*/*') || matches.has('<all_urls>');
    const coversHttps = matches.has('https://*/*') || matches.has('*://*/*') || matches.has('<all_urls>');
    expect({ coversHttp, coversHttps }).toEqual({ coversHttp: true, coversHttps: true });
    for (const file of script!.js!) expect(existsSync(join(EXTENSION_DIR, file)), file).toBe(true);
  });

  it('has a popup that was built', () => {
    const popup = manifest.action?.default_popup;
    expect(popup).toBeTypeOf('string');
    expect(existsSync(join(EXTENSION_DIR, popup!))).toBe(true);
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

describe('the extension in Chromium', () => {
  const extension = useExtension();
  const server = useStaticServer();

  it('loads, and its service worker starts from the built background script', async () => {
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await extension.serviceWorker();
    expect(worker.url()).toBe(extension.url(manifest.background!.service_worker!));
    // The worker really runs our code: it is an extension context with the runtime API.
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Sourcelight');
  });

  it('injects its content script into an http page', async () => {
    const page = await extension.context.newPage();
    const cdp = await extension.context.newCDPSession(page);
    // Content scripts run in an isolated world whose origin is the extension's.
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') worlds.push(context.origin);
    });
    await cdp.send('Runtime.enable');
    await page.goto(server.url('story.html'));
    await expect.poll(() => worlds, { timeout: 10_000 }).toContain(`chrome-extension://${extension.extensionId}`);
    await cdp.detach();
    await page.close();
  });

  it('opens the popup page and renders it without errors', async () => {
    const errors: string[] = [];
    const page = await extension.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(extension.url(manifest.action!.default_popup!));
    await expect.poll(async () => (await page.locator('body').innerText()).trim().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
