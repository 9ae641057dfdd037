/**
 * Helpers for the content-script tests: open a fixture page and wait for its marks, read the marks back, find
 * the card, and flip the reader's switches the way the popup does (storage.local, from an extension page).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LoadedExtension, StaticServer } from '../support';

/** The product promises new content marked within a second; the bound adds room for a loaded 2-core machine. */
export const MARKED_WITHIN_MS = 1000;
/** First marks on a fresh profile wait for the fact base to be built (about a second here). */
const FIRST_MARKS_TIMEOUT_MS = 20_000;
/** No mark changes for this long: the content script's rescan delay (150 ms) has passed several times. */
const QUIET_MS = 500;

export interface MarkInfo {
  entity: string;
  text: string;
}

export async function marksOf(page: Page, root = 'body'): Promise<MarkInfo[]> {
  return page.locator(`${root} sourcelight-mark`).evaluateAll((marks) =>
    marks.map((mark) => ({ entity: mark.getAttribute('data-sourcelight-entity') ?? '', text: mark.textContent ?? '' })),
  );
}

/** Waits until the page holds marks and their number has settled. */
export async function settledMarks(page: Page, timeout = FIRST_MARKS_TIMEOUT_MS): Promise<number> {
  await page.locator('sourcelight-mark').first().waitFor({ state: 'attached', timeout });
  let last = -1;
  for (;;) {
    const count = await page.locator('sourcelight-mark').count();
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(QUIET_MS);
  }
}

/** Opens a fixture page in a new tab and waits for its marks. */
export async function openMarked(extension: LoadedExtension, server: StaticServer, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(server.url(path));
  await settledMarks(page);
  return page;
}

/** The open card (Playwright locators pierce the card host's open shadow root). */
export function card(page: Page): Locator {
  return page.locator('sourcelight-card-host .sl-card');
}

export function mark(page: Page, entity: string, nth = 0): Locator {
  return page.locator(`sourcelight-mark[data-sourcelight-entity="${entity}"]`).nth(nth);
}

/** Hovers a mark and waits for its card. */
export async function openCard(page: Page, entity: string): Promise<Locator> {
  await page.mouse.move(1, 1);
  await mark(page, entity).hover();
  const shown = card(page);
  await expect.poll(() => shown.isVisible(), { timeout: 5000 }).toBe(true);
  return shown;
}

/**
 * Writes storage.local from the extension's own context, as the popup's switches do (through the service
 * worker: always running while Playwright is attached, and no page to open).
 */
export async function setStorage(extension: LoadedExtension, values: Record<string, unknown>): Promise<void> {
  const worker = await extension.serviceWorker();
  await worker.evaluate((items) => chrome.storage.local.set(items), values);
}

export async function getStorage<T>(extension: LoadedExtension, key: string): Promise<T | undefined> {
  const worker = await extension.serviceWorker();
  const value = await worker.evaluate((name) => chrome.storage.local.get(name).then((items) => items[name]), key);
  return value as T | undefined;
}
