import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import type { Card } from '../../lib/messages';
import { ask, useExtension, useStaticServer } from './support';
import { card, inCard, markEveryMention, marksOf, mentionPoint, openCard, openMarked } from './helpers/content';
import { MARKS_SCRIPT } from '../../scripts/browser/marks.mjs';

/** Hover intent (lib/card-opening/hover-intent.ts): the card shows 500 ms after the pointer rests on a mention. */
const BEFORE_SHOW_MS = 250;
/** The grace after the pointer leaves is 300 ms: half of it in, the card must still be there. */
const WITHIN_GRACE_MS = 120;

describe('cards', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Tab;
  let popup: Tab;

  const cardsFromBackground = async (entity: string): Promise<Card> => {
    const [answer] = await ask<Card[]>(popup, 'getCards', { entities: [entity] });
    return answer!;
  };

  const closeCard = async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
  };

  beforeAll(async () => {
    await markEveryMention(extension);
    popup = await extension.openExtensionPage('popup.html');
    page = await openMarked(extension, server, 'aktau-report.html');
  });

  it("open to a summary: one line per group of trusted sources, the entity marked, coverage in one line, all within 420 px", async () => {
    const data = await cardsFromBackground('flight');
    const shown = await openCard(page, 'flight');
    await expect.poll(() => shown.locator('.sl-name').textContent()).toBe(data.entity.name);
    expect(await shown.locator('.sl-description').textContent()).toBe(data.entity.description);
    expect(await shown.locator('.sl-coverage').textContent()).toMatch(new RegExp(`^${data.mentionedBy.length} of ${data.trustedCount} sources`));
    const lines = shown.locator('.sl-line');
    expect(await lines.count()).toBeGreaterThan(0);
    expect(await lines.count()).toBeLessThanOrEqual(data.summary.lines.length);
    for (let i = 0; i < (await lines.count()); i++) {
      const line = data.summary.lines[i]!;
      expect(await lines.nth(i).locator('.sl-clause').textContent()).toContain(line.text.slice(0, 20));
    }
    const box = (await shown.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(420);
    // As opened, nothing scrolls: the summary fits.
    expect(await shown.locator('.sl-body').evaluate((b) => b.scrollHeight <= b.clientHeight + 1)).toBe(true);

    // "All" expands in place, every claim verbatim with the entity marked.
    await shown.getByRole('button', { name: `All ${data.claimCount} claims` }).click();
    const quotes = await shown.locator('blockquote').allTextContents();
    expect(quotes).toEqual(data.sources.flatMap((s) => s.claims.map((c) => c.text)));
    expect(await shown.locator('blockquote mark').count()).toBeGreaterThan(0);
    expect((await shown.boundingBox())!.height).toBeLessThanOrEqual(420);
    await closeCard();
  });

  it('give one verdict per figure, never "does not add up" beside a figure sources agree on, and the sum once', async () => {
    const data = await cardsFromBackground('death_toll');
    expect(data.figures[0]!.verdict.kind).toBe('agree');
    const shown = await openCard(page, 'death_toll');
    expect(await shown.locator('.sl-figure').allTextContents()).toEqual(['Killed 38 · 4 sources agree (2 say “at least”)']);
    expect(await shown.locator('.sl-figure.sl-flagged').count()).toBe(0);
    expect(await shown.locator('.sl-sum').count()).toBe(data.sum ? 1 : 0);
    await closeCard();
  });

  it('open only after the pointer rests on a mention, not when it passes over', async () => {
    await page.mouse.move(1, 1);
    const at = await mentionPoint(page, 'grozny');
    await page.mouse.move(at.x, at.y);
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

  it('open from the keyboard: a shortcut walks the mentions, painting where it stands, focus moving into the card', async () => {
    const focused = () => page.evaluate(`${MARKS_SCRIPT}
      (() => { const h = CSS.highlights.get('sourcelight-ui-focus'); if (!h) return null;
        const r = [...h][0]; const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset);
        return l.toString(); })()`);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const tabStops = () => page.evaluate(() => document.querySelectorAll('[tabindex]').length);
    const stopsBefore = await tabStops();

    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => card(page).isVisible(), { timeout: 2000 }).toBe(true);
    const firstName = await card(page).locator('.sl-name').textContent();
    const firstWords = await focused();
    expect(firstWords).toBeTruthy();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('sourcelight-card-host');
    // Said to assistive technology, too.
    await expect.poll(() => inCard(page, '[role="status"]').textContent()).toContain(firstName!);

    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => focused(), { timeout: 2000 }).not.toBe(firstWords);
    await expect.poll(() => card(page).locator('.sl-name').textContent(), { timeout: 2000 }).not.toBe(firstName);

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
    // Focus is back on the page, the walk still shows where it stood, and no mention became a tab stop.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await focused()).toBeTruthy();
    expect(await tabStops()).toBe(stopsBefore);
  });

  it("move the page's own title tooltip aside while open, and put it back", async () => {
    const titled = page.locator('#titled');
    expect(await titled.getAttribute('title')).toBe('Open the flight tracker');
    await openCard(page, 'flight');
    expect(await titled.getAttribute('title')).toBe('');
    await closeCard();
    expect(await titled.getAttribute('title')).toBe('Open the flight tracker');
  });

  it('stay inside the viewport next to a mention at the edge of the page', async () => {
    // The mention at the very bottom right of the viewport: the card must flip above and shift left.
    expect(await marksOf(page, '#edge')).toEqual([{ entity: 'kazakhstan', text: 'Kazakhstan' }]);
    await page.evaluate(() => {
      const r = document.getElementById('edge')!.getBoundingClientRect();
      window.scrollBy(0, r.bottom - window.innerHeight + 4);
    });
    await page.mouse.move(1, 1);
    const at = await mentionPoint(page, 'kazakhstan', (await marksOf(page)).filter((m) => m.entity === 'kazakhstan').length - 1);
    await page.mouse.move(at.x, at.y);
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
    await page.locator('#panel').scrollIntoViewIfNeeded();
    const frame = page.frame({ url: /about:srcdoc/ })!;
    const inFrame = await frame.evaluate(() => {
      const text = document.getElementById('framed')!.firstChild as Text;
      const range = document.createRange();
      const start = text.data.indexOf('Aktau');
      range.setStart(text, start);
      range.setEnd(text, start + 5);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const panel = (await page.locator('#panel').boundingBox())!;
    const inner = await page.locator('#panel').evaluate((f) => ({ x: f.clientLeft, y: f.clientTop }));
    const at = { x: panel.x + inner.x + inFrame.x, y: panel.y + inner.y + inFrame.y, width: inFrame.width, height: inFrame.height };
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    const shown = card(page);
    await expect.poll(() => shown.isVisible(), { timeout: 3000 }).toBe(true);
    expect(await shown.locator('.sl-name').textContent()).toBe('Aktau');
    // Measured in the top window: the card starts at the mention's left edge, just above or below its line.
    const box = (await shown.boundingBox())!;
    expect(Math.abs(box.x - at.x)).toBeLessThan(2);
    const gap = Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(at.y - (box.y + box.height)));
    expect(gap).toBeLessThan(20);
    await closeCard();
  });
});
