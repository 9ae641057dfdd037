/**
 * Helpers for the content-script tests: open a fixture page and wait for its marks, read the marks back the way an
 * outside check does (CSS.highlights, from the page's own world), point at a mention, find the card, and flip the
 * reader's switches the way the popup does (storage.local, from the extension's own context).
 */
import { expect } from 'vitest';
import { MARKS_SCRIPT } from '../../../scripts/browser/marks.mjs';
import type { Extension, Loc, StaticServer, Tab, World } from '../support';

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

/** The painted mentions under `root` (a CSS selector) in document order, as an outside check reads them. */
export async function marksOf(page: World, root = 'body'): Promise<MarkInfo[]> {
  return page.evaluate(
    `${MARKS_SCRIPT}
    (() => {
      const root = document.querySelector(${JSON.stringify(root)});
      const text = (r) => { const live = document.createRange(); live.setStart(r.startContainer, r.startOffset); live.setEnd(r.endContainer, r.endOffset); return live; };
      return window.__sourcelightMarks()
        .filter((m) => root && root.contains(m.range.startContainer))
        .map((m) => ({ entity: m.entity, range: text(m.range) }))
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
        .map((m) => ({ entity: m.entity, text: m.range.toString().replace(/\\s+/g, ' ') }));
    })()`,
  );
}

/** How many mentions the page paints. */
export async function markCount(page: World): Promise<number> {
  return (await marksOf(page)).length;
}

/** Waits until the page paints marks and their number has settled. */
export async function settledMarks(page: Tab, timeout = FIRST_MARKS_TIMEOUT_MS): Promise<number> {
  // A loop rather than expect.poll: this also runs in beforeAll hooks.
  for (const started = Date.now(); (await markCount(page)) === 0; await page.waitForTimeout(100)) {
    if (Date.now() - started > timeout) throw new Error(`no mark painted within ${timeout} ms`);
  }
  let last = -1;
  for (;;) {
    const count = await markCount(page);
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(QUIET_MS);
  }
}

/** Opens a fixture page in a new tab and waits for its marks. */
export async function openMarked(extension: Extension, server: StaticServer, path: string): Promise<Tab> {
  const page = await extension.newTab();
  await page.goto(server.url(path));
  await settledMarks(page);
  return page;
}

/** The middle of the first line of the `nth` painted mention of `entity`, in the page's coordinates. */
export async function mentionPoint(page: Tab, entity: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    `${MARKS_SCRIPT}
    (() => {
      const live = (r) => { const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l; };
      const ranges = window.__sourcelightMarks().filter((m) => m.entity === ${JSON.stringify(entity)}).map((m) => live(m.range))
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[${nth}];
      if (!range) return null;
      const box = range.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    })()`,
  );
  if (!point) throw new Error(`no painted mention ${nth} of ${entity}`);
  return point as { x: number; y: number };
}

/**
 * What matches `selector` inside the card host. Its shadow root is closed, out of the page's reach: every test reads
 * the card from the extension's own world, through here.
 */
export function inCard(page: Tab, selector: string): Loc {
  return page.extensionWorld().locator('sourcelight-card-host').locator(selector);
}

/**
 * Whether the page session's script ran in the tab: it leaves its start function on the content script's world
 * (lib/content/session-start.ts), which the page cannot see.
 */
export function sessionLoaded(page: Tab): Promise<boolean> {
  return page
    .extensionWorld()
    .locator('html')
    .evaluate(() => typeof (globalThis as Record<symbol, unknown>)[Symbol.for('sourcelight.session')] === 'function');
}

/** The open card. */
export function card(page: Tab): Loc {
  return inCard(page, '.sl-card');
}

/** Rests the pointer on a mention and waits for its card. */
export async function openCard(page: Tab, entity: string, nth = 0): Promise<Loc> {
  await page.mouse.move(1, 1);
  const { x, y } = await mentionPoint(page, entity, nth);
  await page.mouse.move(x, y);
  const shown = card(page);
  await expect.poll(() => shown.isVisible(), { timeout: 5000 }).toBe(true);
  return shown;
}

/** Writes storage.local from the extension's own context, as the popup's switches do. */
export async function setStorage(extension: Extension, values: Record<string, unknown>): Promise<void> {
  await extension.inBackground((scope, items) => scope.chrome.storage.local.set(items), values);
}

/**
 * "Mark every mention" on, as the popup's switch sets it: for suites about finding and painting mentions, where
 * the default (the first mention of each entity per section) would hide what they look for.
 */
export async function markEveryMention(extension: Extension): Promise<void> {
  await setStorage(extension, { markEvery: true });
}

export async function getStorage<T>(extension: Extension, key: string): Promise<T | undefined> {
  const value = await extension.inBackground((scope, name) => scope.chrome.storage.local.get(name).then((items) => items[name]), key);
  return value as T | undefined;
}
