import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import { useExtension, useStaticServer } from './support';
import { card, getStorage, markCount, mentionPoint, openCard, openMarked, sessionLoaded, setStorage, settledMarks } from './helpers/content';

/**
 * The page against what it was before Sourcelight ran (recorded by the fixture page at DOMContentLoaded): its DOM
 * byte for byte, and nothing of ours in its registries (highlights, adopted stylesheets), its frame's included.
 */
async function pageAsBefore(page: Tab) {
  return page.evaluate(() => {
    const page = window as unknown as {
      pageBefore: { head: string; body: string; nodes: number };
      countNodes: (root: Node) => number;
    };
    const before = page.pageBefore;
    const frame = (document.getElementById('panel') as HTMLIFrameElement).contentWindow!;
    return {
      highlights: CSS.highlights.size,
      stylesheets: document.adoptedStyleSheets.length,
      sameBody: document.body.innerHTML === before.body,
      sameHead: document.head.innerHTML === before.head,
      sameNodeCount: page.countNodes(document.documentElement) === before.nodes,
      cardHost: document.querySelectorAll('sourcelight-card-host').length,
      framedHighlights: (frame as unknown as typeof window).CSS.highlights.size,
    };
  });
}

/** lib/content/lifetime.ts checks this often whether the extension is still there. */
const ALIVE_CHECK_MS = 5000;
/** Long enough for the page check to read a page, and to look at a burst of its changes (150 ms after the first). */
const NO_MENTION_CHECKED_MS = 1000;

const restored = { highlights: 0, stylesheets: 0, sameBody: true, sameHead: true, sameNodeCount: true, cardHost: 0, framedHighlights: 0 };

describe('turning Sourcelight off and on', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Tab;
  let sameSite: Tab;

  beforeAll(async () => {
    [page, sameSite] = await Promise.all([
      openMarked(extension, server, 'aktau-report.html'),
      openMarked(extension, server, 'story.html'),
    ]);
  });

  it("for this site from the card's own button: every mark goes, nothing of ours is left, in every tab of the site", async () => {
    // Hidden tabs get their timers throttled to about one a second: the tab under test is the one in front.
    await page.bringToFront();
    // Marked, and the page's DOM is already as it was: marks never touch it.
    expect(await pageAsBefore(page)).toMatchObject({ sameBody: true, sameHead: true, sameNodeCount: true, stylesheets: 1 });
    expect((await pageAsBefore(page)).highlights).toBeGreaterThan(5);
    const shown = await openCard(page, 'flight');
    await shown.getByRole('button', { name: 'Turn off on this site' }).click();

    // The marks go at once, in every tab of the site; the card stays a moment, saying where to turn it back on.
    await expect.poll(() => markCount(page), { timeout: 3000 }).toBe(0);
    expect(await getStorage<string[]>(extension, 'disabledSites')).toEqual(['127.0.0.1']);
    await expect.poll(() => markCount(sameSite), { timeout: 3000 }).toBe(0);
    expect(await shown.getByRole('status').textContent()).toMatch(/off on 127\.0\.0\.1/);
    expect(await shown.getByRole("status").textContent()).toMatch(/toolbar/);

    // Undo brings everything back.
    await shown.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => markCount(page), { timeout: 3000 }).toBeGreaterThan(5);
    expect(await getStorage<string[]>(extension, 'disabledSites')).toEqual([]);
    await expect.poll(() => markCount(sameSite), { timeout: 3000 }).toBeGreaterThan(0);

    // Off again (the card closed when the marks came back), and the card closed: nothing of ours is left.
    await expect.poll(() => shown.isVisible(), { timeout: 3000 }).toBe(false);
    await (await openCard(page, 'flight')).getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(() => markCount(page), { timeout: 3000 }).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => pageAsBefore(page), { timeout: 3000 }).toEqual(restored);
    expect(await card(page).count()).toBe(0);
  });

  it('stays off for the site after a reload', async () => {
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await pageAsBefore(page)).toEqual(restored);
    // The background read the switches and loaded nothing: the session's script never ran in the page.
    expect(await sessionLoaded(page)).toBe(false);
  });

  it('marks again, live, when the site is turned back on', async () => {
    await setStorage(extension, { disabledSites: [] });
    await settledMarks(page, 5000);
    expect(await sessionLoaded(page)).toBe(true);
    await settledMarks(sameSite, 5000);
    await openCard(page, 'aktau');
  });

  it('everywhere from the global switch, and back', async () => {
    await setStorage(extension, { enabled: false });
    await expect.poll(() => pageAsBefore(page), { timeout: 3000 }).toEqual(restored);
    await expect.poll(() => markCount(sameSite), { timeout: 3000 }).toBe(0);

    await setStorage(extension, { enabled: true });
    await settledMarks(page, 5000);
    expect(await markCount(page)).toBeGreaterThan(10);
  });

  // Chromium leaves an orphaned content script running without its runtime id; it notices and cleans up. Firefox
  // ends the old script's world at once (nothing of it runs again) and injects the reloaded add-on into open pages.
  it.runIf(extension.browser === 'chromium')('takes its marks off the page when the extension itself goes away (reloaded or removed)', async () => {
    expect(await markCount(page)).toBeGreaterThan(0);
    // A page about something else, open too: its page check only watches, and has asked the extension nothing.
    const elsewhere = await extension.newTab();
    await elsewhere.goto(server.url('harbour.html'));
    await elsewhere.waitForTimeout(NO_MENTION_CHECKED_MS);
    // A reload orphans the running content scripts: their runtime id is gone, and only then do they stop.
    await extension.inBackground((scope) => scope.chrome.runtime.reload()).catch(() => undefined);

    // The page about something else now names the story: the check left behind stops there and adds nothing, not
    // even for a moment (it used to install its stylesheet, until its next periodic check took it off).
    await elsewhere.evaluate(() => {
      document.getElementById('updates')!.textContent = 'Flight J2-8243 came down near Aktau on Wednesday.';
    });
    await elsewhere.waitForTimeout(NO_MENTION_CHECKED_MS);
    expect(await elsewhere.evaluate(() => [document.adoptedStyleSheets.length, CSS.highlights.size])).toEqual([0, 0]);
    await elsewhere.close();

    // Hidden tabs get their timers throttled to about one a second: the marked page is brought to the front.
    await page.bringToFront();
    await expect.poll(() => pageAsBefore(page), { timeout: ALIVE_CHECK_MS + 3000 }).toEqual(restored);
  });

  it.runIf(extension.browser === 'firefox')('in Firefox, a reloaded add-on takes over the open page: marked, and its cards open', async () => {
    await page.bringToFront();
    await extension.inBackground((scope) => scope.chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(async () => {
      await page.mouse.move(1, 1);
      const { x, y } = await mentionPoint(page, 'aktau');
      await page.mouse.move(x, y);
      await page.waitForTimeout(800);
      return card(page).isVisible();
    }, { timeout: 15_000, interval: 200 }).toBe(true);
    await page.keyboard.press('Escape');
  });

  // Firefox gives a content script no chance to clean up when its add-on is removed: its world is ended at once, so
  // the highlights and stylesheet it gave the page stay until the page reloads (Chromium cleans up: see above).
  it.todo('in Firefox, takes its marks off the page when the add-on is removed');
});
