import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Card } from '../../lib/messages';
import { ask, useExtension, useStaticServer } from './support';
import { card, mark, openCard, openMarked } from './helpers/content';

/** Hover intent (lib/page/hover-intent.ts): the card shows 500 ms after the pointer rests on a mark. */
const BEFORE_SHOW_MS = 250;
/** The grace after the pointer leaves is 300 ms: half of it in, the card must still be there. */
const WITHIN_GRACE_MS = 120;

describe('cards', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Page;
  let popup: Page;

  const cardsFromBackground = async (entity: string): Promise<Card> => {
    const [answer] = await ask<Card[]>(popup, 'getCards', { entities: [entity] });
    return answer!;
  };

  const closeCard = async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
  };

  beforeAll(async () => {
    popup = await extension.openExtensionPage('popup.html');
    page = await openMarked(extension, server, 'aktau-report.html');
  });

  it("show each trusted source's sentences about the entity, the mention highlighted, and how many mention it", async () => {
    const data = await cardsFromBackground('flight');
    const shown = await openCard(page, 'flight');
    await expect.poll(() => shown.locator('.sl-name').textContent()).toBe(data.entity.name);
    expect(await shown.locator('.sl-description').textContent()).toBe(data.entity.description);
    expect(await shown.locator('.sl-coverage').textContent()).toBe(
      `Mentioned by ${data.mentionedBy.length} of ${data.trustedCount} sources`,
    );
    const sources = shown.locator('.sl-source');
    expect(await sources.count()).toBe(data.sources.length);
    for (const [i, { source, claims }] of data.sources.entries()) {
      const item = sources.nth(i);
      expect(await item.locator('cite').textContent()).toBe(source.label);
      const quotes = await item.locator('blockquote').allTextContents();
      expect(quotes).toEqual(claims.map((claim) => claim.text));
      // The entity's own words in each quote are highlighted.
      expect(await item.locator('blockquote mark').count()).toBeGreaterThan(0);
    }
    await closeCard();
  });

  it('show every source’s figure, flag where sources disagree or the numbers do not add up, and name the silent trusted sources', async () => {
    const data = await cardsFromBackground('death_toll');
    const figure = data.figures[0]!;
    expect(figure.disagree || figure.notes.length > 0).toBe(true);
    const shown = await openCard(page, 'death_toll');
    const values = await shown.locator('.sl-figure .sl-values li').allTextContents();
    expect(values).toHaveLength(figure.bySource.length);
    for (const [i, value] of figure.bySource.entries()) expect(values[i]).toContain(String(value.value));
    // Different numbers are a dispute; numbers that agree but do not add up (killed + survivors ≠ on board) are not.
    expect(await shown.locator('.sl-figure .sl-flag').textContent()).toMatch(figure.disagree ? /Sources disagree/ : /Does not add up/);
    expect(await shown.locator('.sl-coverage').textContent()).toBe(
      `Mentioned by ${data.mentionedBy.length} of ${data.trustedCount} sources`,
    );
    if (data.notMentioning.length > 0) {
      const silent = await shown.locator('.sl-silent').textContent();
      for (const source of data.notMentioning) expect(silent).toContain(source.label);
    }
    await closeCard();
  });

  it('open only after the pointer rests on a mark, not when it passes over', async () => {
    await page.mouse.move(1, 1);
    await mark(page, 'grozny').hover();
    await page.waitForTimeout(BEFORE_SHOW_MS);
    expect(await card(page).isVisible()).toBe(false);
    await expect.poll(() => card(page).isVisible(), { timeout: 3000 }).toBe(true);
    await closeCard();
  });

  it('stay open while the pointer moves onto the card, and close after a grace once it leaves', async () => {
    const shown = await openCard(page, 'grozny');
    const box = (await shown.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 5 });
    await page.waitForTimeout(800);
    expect(await shown.isVisible()).toBe(true);
    // Away to an empty spot of the page.
    await page.mouse.move(box.x + box.width + 200, box.y + box.height + 150);
    await page.waitForTimeout(WITHIN_GRACE_MS);
    expect(await shown.isVisible()).toBe(true);
    await expect.poll(() => shown.isVisible(), { timeout: 3000 }).toBe(false);
  });

  it('close on Escape', async () => {
    await openCard(page, 'aktau');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible(), { timeout: 1000 }).toBe(false);
  });

  it('open from the keyboard: a shortcut moves focus from mention to mention, which are not tab stops', async () => {
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    expect(await page.locator('sourcelight-mark[tabindex]:not([tabindex="-1"])').count()).toBe(0);

    await page.keyboard.press('Alt+Shift+ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-sourcelight-entity'));
    expect(first).toBeTruthy();
    await expect.poll(() => card(page).isVisible(), { timeout: 2000 }).toBe(true);
    const firstName = await card(page).locator('.sl-name').textContent();

    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect
      .poll(() => card(page).locator('.sl-name').textContent(), { timeout: 2000 })
      .not.toBe(firstName);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('sourcelight-mark');

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
    // Focus stays on the mention, which still is no tab stop.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('sourcelight-mark');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await page.locator('sourcelight-mark[tabindex]').count()).toBe(0);
  });

  it("move the page's own title tooltip aside while open, and put it back", async () => {
    const titled = page.locator('#titled');
    expect(await titled.getAttribute('title')).toBe('Open the flight tracker');
    await openCard(page, 'flight');
    expect(await titled.getAttribute('title')).toBe('');
    await closeCard();
    expect(await titled.getAttribute('title')).toBe('Open the flight tracker');
  });

  it('stay inside the viewport next to a mark at the edge of the page', async () => {
    const edge = page.locator('#edge sourcelight-mark').first();
    // The mark at the very bottom right of the viewport: the card must flip above and shift left.
    await edge.evaluate((element) => {
      const r = element.getBoundingClientRect();
      window.scrollBy(0, r.bottom - window.innerHeight + 4);
    });
    await page.mouse.move(1, 1);
    await edge.hover();
    const shown = card(page);
    await expect.poll(() => shown.isVisible(), { timeout: 3000 }).toBe(true);
    const box = (await shown.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await closeCard();
  });

  it('open next to a mention inside a same-origin frame', async () => {
    const framed = page.frameLocator('#panel').locator('sourcelight-mark').first();
    await framed.scrollIntoViewIfNeeded();
    await page.mouse.move(1, 1);
    await framed.hover();
    const shown = card(page);
    await expect.poll(() => shown.isVisible(), { timeout: 3000 }).toBe(true);
    expect(await shown.locator('.sl-name').textContent()).toBe('Aktau');
    // Measured in the top window: the card starts at the mark's left edge, just above or below its line.
    const [at, box] = [(await framed.boundingBox())!, (await shown.boundingBox())!];
    expect(Math.abs(box.x - at.x)).toBeLessThan(2);
    const gap = Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(at.y - (box.y + box.height)));
    expect(gap).toBeLessThan(20);
    await closeCard();
  });
});
