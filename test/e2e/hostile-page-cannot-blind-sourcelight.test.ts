import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import type { SourceSummary } from '../../lib/messages';
import { ask, useExtension, useStaticServer } from './support';
import { card, markEveryMention, marksOf, mentionPoint } from './helpers/content';

/** A block read again more often than this within a minute is left as it is (lib/page/page-marks.ts MAX_REREADS). */
const MAX_REREADS = 10;

interface Hostile {
  eventName: string | null;
  names: string[];
  replays: number;
  posted: number;
  renders: number;
}

/** The marks in `selector`, read from CSS.highlights as any outside check does (lib/page/highlight-names.ts). */
const marksIn = (page: Tab, selector: string) => marksOf(page, selector);

const hostile = (page: Tab) => page.evaluate(() => ({ ...(window as unknown as { hostile: Hostile }).hostile }));

describe('a hostile page', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Tab;
  let popup: Tab;

  beforeAll(async () => {
    await markEveryMention(extension);
    popup = await extension.openExtensionPage('popup.html');
    // Every message the background receives, with where it came from.
    await extension.inBackground((scope) => {
      const seen: { type: unknown; url: string | undefined }[] = [];
      (scope as unknown as { seen: typeof seen }).seen = seen;
      scope.chrome.runtime.onMessage.addListener((message: { type?: unknown } | undefined, sender: chrome.runtime.MessageSender) => {
        seen.push({ type: message?.type, url: sender.url });
      });
    });
    page = await extension.newTab();
    await page.goto(server.url('hostile.html'));
    for (let waited = 0; (await marksIn(page, '#plain')).length === 0; waited += 100) {
      if (waited > 20_000) throw new Error('the hostile page got no marks within 20 s');
      await page.waitForTimeout(100);
    }
  });

  it("learns nothing from us to replay, and replaying WXT's start announcement anyway changes nothing", async () => {
    // No script of ours announces itself to the page (page-check is not a WXT content script; the session
    // posts nothing): the page's listener for the announcement heard none.
    expect((await hostile(page)).eventName).toBeNull();
    // A page that learnt the extension id some other way replays the event for every name WXT would use.
    const id = await extension.inBackground((scope) => scope.chrome.runtime.id);
    const names = ['page-check', 'content', 'session'].map((name) => `${id}:${name}:wxt:content-script-started`);
    await page.evaluate((list) => (window as unknown as { hostile: Hostile }).hostile.names.push(...list), names);
    await expect.poll(async () => (await hostile(page)).replays, { timeout: 5000 }).toBeGreaterThan(5);
    await expect.poll(() => marksIn(page, '#later'), { timeout: 3000 }).toEqual(
      expect.arrayContaining([{ entity: 'gps_jamming', text: 'GPS jamming' }]),
    );
    expect(await marksIn(page, '#plain')).toEqual(
      expect.arrayContaining([
        { entity: 'flight', text: 'Flight J2-8243' },
        { entity: 'aktau', text: 'Aktau' },
      ]),
    );
  });

  it("overrides DOM prototypes in its own world only: the content script's isolated world is untouched", async () => {
    const inPage = await page.evaluate(() => {
      try {
        document.createElement('p');
        return 'createElement works';
      } catch {
        return 'createElement refused';
      }
    });
    expect(inPage).toBe('createElement refused');
    // Yet marks were painted (above), and the card host was created with its shadow root.
    const shown = await openHostileCard(page);
    expect(await shown.locator('.sl-name').textContent()).toBe('Flight J2-8243');
  });

  it('aims !important rules at elements extensions splice into pages and at our card: marks and card still show', async () => {
    // Marks are no elements: `* {display: block}`, hidden spans and marks, zero font sizes cannot reach them.
    expect(await marksIn(page, '#plain')).toEqual(
      expect.arrayContaining([{ entity: 'flight', text: 'Flight J2-8243' }, { entity: 'baku', text: 'Baku' }]),
    );
    const shown = await openHostileCard(page);
    const box = await shown.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(50);
    await page.keyboard.press('Escape');
  });

  it("never touches the page's own elements, whatever attributes of ours they carry", async () => {
    const decoy = await page.evaluate(() => {
      const element = document.getElementById('decoy')!;
      return element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`);
    });
    expect(decoy).toEqual([
      'id=decoy',
      "title=A title of the page's own",
      'data-sourcelight-entity=aktau',
      'data-sourcelight-title=kept',
      'data-sourcelight-ui=toolbar',
    ]);
    // Its text is the page's like any other: read and painted.
    expect(await marksIn(page, '#decoy')).toEqual([{ entity: 'baku', text: 'Baku' }]);
  });

  it('marks a name between two emoji', async () => {
    expect(await marksIn(page, '#emoji')).toEqual([{ entity: 'aktau', text: 'Aktau' }]);
  });

  it('re-renders a block without end: it is read again a bounded number of times, then left to the page', async () => {
    // The page re-renders #churn every 150 ms; each re-render takes its old text away. Read again at most
    // MAX_REREADS times a minute, the block is then left unmarked while the page goes on.
    await expect.poll(async () => (await hostile(page)).renders, { timeout: 10_000 }).toBeGreaterThan(MAX_REREADS * 2 + 5);
    await expect.poll(() => marksIn(page, '#churn'), { timeout: 5000 }).toEqual([]);
    const renders = (await hostile(page)).renders;
    await page.waitForTimeout(1000);
    expect((await hostile(page)).renders).toBeGreaterThan(renders + 3);
    expect(await marksIn(page, '#churn')).toEqual([]);
  });

  it('posts messages shaped like the protocol, and none reaches the background', async () => {
    expect((await hostile(page)).posted).toBeGreaterThan(5);
    const seen = await extension.inBackground(
      (scope) => (scope as unknown as { seen: { type: unknown; url: string | undefined }[] }).seen,
    );
    const fromPage = seen.filter((message) => message.url?.startsWith(server.origin));
    expect(fromPage.length).toBeGreaterThan(0);
    expect(new Set(fromPage.map((message) => message.type))).toEqual(new Set(['loadSession', 'getCards']));
    // And trust is as it was: every source still trusted.
    const sources = await ask<SourceSummary[]>(popup, 'getSources');
    expect(sources.every((source) => source.trusted)).toBe(true);
  });
});

async function openHostileCard(page: Tab) {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  const target = await mentionPoint(page, 'flight');
  await page.mouse.move(target.x, target.y, { steps: 3 });
  const shown = card(page);
  await expect.poll(() => shown.isVisible(), { timeout: 5000 }).toBe(true);
  return shown;
}
