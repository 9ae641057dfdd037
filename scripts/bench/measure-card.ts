/**
 * The delay from hovering a mark to a visible card, as a reader meets it: with the service worker running, with
 * it stopped (Chromium stops an idle worker after 30 s; the cards the page asked for after its scan are held by
 * the content script), and with it stopped for a mention that appeared afterwards, whose card nobody asked for
 * yet (the request then has to wake the worker). The time runs from the pointer entering the mark to the first
 * frame with the card's content on screen, so it includes the hover dwell the card waits for on purpose.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { stopServiceWorker } from '../../test/e2e/support';
import { PROBE_PATH, waitForMarksToSettle, type SettleOptions } from './browser';

export interface CardDelays {
  /** Medians, ms from the pointer entering the mark to the card on screen; null when no card showed. */
  warmMs: number | null;
  stoppedCachedMs: number | null;
  stoppedUncachedMs: number | null;
  /** Every trial, for the JSON report. */
  trials: { case: 'warm' | 'stopped, card held' | 'stopped, new mention'; ms: number | null }[];
}

export interface CardOptions {
  settle: SettleOptions;
  /** Trials per case (the median is reported). */
  repeats: number;
  /** A card that did not show within this is a miss. */
  timeoutMs: number;
  /** Text naming an entity the page does not mention, for the "new mention" case. */
  newMention: { text: string; entity: string };
}

/** Out of the way of every mark: the page's top-left corner is its site header. */
const AWAY = { x: 2, y: 2 };
/** Time for a shown card to close after the pointer left (the card's hide grace is 300 ms) plus a frame. */
const CLOSE_WAIT_MS = 600;

/** Hovers the mark at `selector` and resolves with the delay until its card showed. */
async function hoverAndWait(page: Page, selector: string, timeoutMs: number, { fresh = false } = {}): Promise<number | null> {
  // A mark that just appeared is hovered at once: waiting would give its card's request time to finish.
  if (!fresh) {
    await page.mouse.move(AWAY.x, AWAY.y);
    await page.waitForTimeout(CLOSE_WAIT_MS);
  }
  const mark = page.locator(selector);
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(
    ([selector, timeoutMs]) =>
      (window as unknown as { __sourcelightBench: { watchCard(s: string, t: number): Promise<boolean> } }).__sourcelightBench.watchCard(selector, timeoutMs),
    [selector, timeoutMs] as const,
  );
  const box = await mark.boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  const seen = await page.evaluate(
    () => (window as unknown as { __sourcelightBench: { cardWatch: Promise<{ enteredAt: number | null; shownAt: number | null }> } }).__sourcelightBench.cardWatch,
  );
  return seen.enteredAt !== null && seen.shownAt !== null ? seen.shownAt - seen.enteredAt : null;
}

/**
 * Tags the `index`-th mark of the article that sits on one line (the centre of a mark wrapped over two lines
 * can fall between its pieces, off the mark) so it can be found again; returns its selector.
 */
async function tagMark(page: Page, index: number): Promise<string> {
  await page.evaluate((index) => {
    const marks = Array.from(document.querySelectorAll('article sourcelight-mark')).filter((m) => m.getClientRects().length === 1);
    marks[index % marks.length]?.setAttribute('data-bench-target', String(index));
  }, index);
  return `[data-bench-target="${index}"]`;
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

export async function measureCards(context: BrowserContext, url: string, extensionId: string, options: CardOptions): Promise<CardDelays> {
  const page = await context.newPage();
  const trials: CardDelays['trials'] = [];
  try {
    await page.addInitScript({ path: PROBE_PATH });
    await page.goto(url, { waitUntil: 'load' });
    await waitForMarksToSettle(page, options.settle);

    for (let i = 0; i < options.repeats; i++) {
      trials.push({ case: 'warm', ms: await hoverAndWait(page, await tagMark(page, 3 + i * 7), options.timeoutMs) });
    }
    for (let i = 0; i < options.repeats; i++) {
      await stopServiceWorker(context, extensionId);
      trials.push({ case: 'stopped, card held', ms: await hoverAndWait(page, await tagMark(page, 40 + i * 7), options.timeoutMs) });
    }
    for (let i = 0; i < options.repeats; i++) {
      await page.mouse.move(AWAY.x, AWAY.y);
      await page.waitForTimeout(CLOSE_WAIT_MS);
      await stopServiceWorker(context, extensionId);
      // A new paragraph at the top of the article, as a live blog adds one; hovered as soon as it is marked.
      const id = `bench-new-${i}`;
      await page.evaluate(
        ([id, text]) => {
          const paragraph = document.createElement('p');
          paragraph.id = id;
          paragraph.textContent = text;
          const article = document.querySelector('article');
          article?.insertBefore(paragraph, article.querySelector('section'));
          paragraph.scrollIntoView({ block: 'center' });
        },
        [id, options.newMention.text] as const,
      );
      const selector = `#${id} sourcelight-mark[data-sourcelight-entity="${options.newMention.entity}"]`;
      await page.waitForSelector(selector, { timeout: options.timeoutMs });
      trials.push({ case: 'stopped, new mention', ms: await hoverAndWait(page, selector, options.timeoutMs, { fresh: true }) });
    }
  } finally {
    await page.close();
  }
  const of = (name: CardDelays['trials'][number]['case']) => median(trials.filter((t) => t.case === name).map((t) => t.ms));
  return { warmMs: of('warm'), stoppedCachedMs: of('stopped, card held'), stoppedUncachedMs: of('stopped, new mention'), trials };
}
