import { beforeAll, describe, expect, it } from 'vitest';
import type { Box, Loc, Tab } from './support';
import { useExtension, useStaticServer } from './support';
import { card, getStorage, markCount, mentionPoint, openMarked } from './helpers/content';

/**
 * Issue 15: a page's own scripts cannot operate Sourcelight. Everything here is dispatched from the page's main world,
 * as a page script would, and nothing may happen; each test ends with the reader doing the same for real, so a test
 * whose synthetic input could not have worked anyway would fail there.
 */

/** Well past the hover dwell (500 ms) and the card's first render. */
const LONG_ENOUGH_MS = 1500;

const middle = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** From the page's main world: what a page's script would do to point at (x, y) and rest there. */
function pagePointsAt(page: Tab, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window };
    for (const type of ['pointerover', 'pointerenter', 'pointermove']) target.dispatchEvent(new PointerEvent(type, { ...init, pointerType: 'mouse' }));
    for (const type of ['mouseover', 'mouseenter', 'mousemove']) target.dispatchEvent(new MouseEvent(type, init));
  }, at);
}

/** From the page's main world: a full click at (x, y) on whatever the page finds there, and `click()` on it and on what it holds. */
function pageClicksAt(page: Tab, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const target = (document.elementFromPoint(x, y) ?? document.body) as HTMLElement;
    const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window };
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('mousedown', init));
    target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('mouseup', init));
    target.dispatchEvent(new MouseEvent('click', init));
    target.click();
    // And whatever it can reach inside: nothing, while the root is closed.
    for (const inside of Array.from((target.shadowRoot ?? target).querySelectorAll<HTMLElement>('button, a'))) inside.click();
    return target.localName;
  }, at);
}

/** From the page's main world: a key press at the focused element, as a page's script would fake one. */
function pagePresses(page: Tab, key: string, modifiers: { altKey?: boolean; shiftKey?: boolean } = {}) {
  return page.evaluate(({ key, modifiers }) => {
    const target = document.activeElement ?? document.body;
    for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, code: key, bubbles: true, composed: true, cancelable: true, ...modifiers }));
  }, { key, modifiers });
}

/** Whether a page's script sees a card host in the page at all. */
const pageSeesCardHost = (page: Tab) => page.evaluate(() => document.querySelector('sourcelight-card-host') !== null);

describe('only the reader drives Sourcelight', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Tab;

  const tabCount = () => extension.inBackground((scope) => scope.chrome.tabs.query({}).then((tabs) => tabs.length));

  beforeAll(async () => {
    page = await openMarked(extension, server, 'aktau-report.html');
  });

  it('a pointer a page script fakes on a mark opens no card; the real pointer does', async () => {
    await page.bringToFront();
    await page.mouse.move(1, 1);
    const at = await mentionPoint(page, 'aktau');
    await pagePointsAt(page, at);
    await page.waitForTimeout(LONG_ENOUGH_MS);
    expect(await pageSeesCardHost(page)).toBe(false);
    expect(await card(page).count()).toBe(0);

    await page.mouse.move(at.x, at.y);
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('the keyboard walk a page script fakes (Alt+Shift+ArrowDown) opens nothing and focuses no mark; the real keys do', async () => {
    await page.bringToFront();
    await page.mouse.move(1, 1);
    await pagePresses(page, 'ArrowDown', { altKey: true, shiftKey: true });
    await page.waitForTimeout(LONG_ENOUGH_MS);
    expect(await pageSeesCardHost(page)).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.get('sourcelight-ui-focus')?.size ?? 0)).toBe(0);

    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  describe('with a card the reader opened', () => {
    let shown: Loc;
    beforeAll(async () => {
      await page.bringToFront();
      await page.mouse.move(1, 1);
      const { x, y } = await mentionPoint(page, 'aktau');
      await page.mouse.move(x, y);
      shown = card(page);
      await shown.waitFor({ timeout: 5000 }); // expect.poll is for tests, not hooks
    });

    it("is closed to the page's scripts: no shadow root, no text, no element inside to reach", async () => {
      const seen = await page.evaluate(() => {
        const host = document.querySelector('sourcelight-card-host')!;
        let attached = false;
        try {
          host.attachShadow({ mode: 'open' });
          attached = true;
        } catch {
          // Already a shadow host: a page cannot put its own root in place of ours.
        }
        return {
          shadowRoot: host.shadowRoot === null,
          text: host.textContent,
          html: host.innerHTML,
          inside: host.querySelectorAll('*').length,
          attached,
        };
      });
      expect(seen).toEqual({ shadowRoot: true, text: '', html: '', inside: 0, attached: false });
      // While the extension's own world sees the card in full.
      expect(await shown.getByRole('heading').first().textContent()).toMatch(/Aktau/);
    });

    it("a page script's clicks on \"Turn off on this site\" and on a quote, and its Escape, do nothing", async () => {
      const tabsBefore = await tabCount();
      const off = middle((await shown.getByRole('button', { name: 'Turn off on this site' }).boundingBox())!);
      const quote = middle((await shown.getByRole('link').first().boundingBox())!);
      // What the page finds at those points is our host, and no further.
      expect(await pageClicksAt(page, off)).toBe('sourcelight-card-host');
      expect(await pageClicksAt(page, quote)).toBe('sourcelight-card-host');
      await pagePresses(page, 'Escape');
      await page.waitForTimeout(LONG_ENOUGH_MS);

      expect(await getStorage<string[]>(extension, 'disabledSites')).toBeUndefined();
      expect(await markCount(page)).toBeGreaterThan(0);
      expect(await card(page).isVisible()).toBe(true);
      expect(await tabCount()).toBe(tabsBefore);
    });

    it('the reader\'s own click on a quote opens the source reader in one new tab', async () => {
      const tabsBefore = await tabCount();
      const opened = extension.nextTab();
      await shown.getByRole('link').first().click();
      const reader = await opened;
      expect(reader.url()).toContain(extension.url('reader.html'));
      expect(await tabCount()).toBe(tabsBefore + 1);
      await reader.close();
    });
  });
});
