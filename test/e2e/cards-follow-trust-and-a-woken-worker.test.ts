import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import { shortSourceName } from '../../lib/cards/source-name';
import type { Card, SourceSummary } from '../../lib/messages';
import { ask, useExtension, useStaticServer } from './support';
import { card, markEveryMention, marksOf, openCard, openMarked, settledMarks } from './helpers/content';

describe('cards and the background', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let popup: Tab;
  let page: Tab;

  beforeAll(async () => {
    await markEveryMention(extension);
    // The popup speaks the protocol the way the real popup does when the reader flips a source's trust.
    popup = await extension.openExtensionPage('popup.html');
    page = await openMarked(extension, server, 'aktau-report.html');
    await page.bringToFront();
  });

  it('a trust change made in the popup reaches an open card, in place, without a reload', async () => {
    const [before] = await ask<Card[]>(popup, 'getCards', { entities: ['flight'] });
    const distrusted = before!.sources[0]!.source;
    const shown = await openCard(page, 'flight');
    // A property of our own on the card element shows below that it is the same element.
    await shown.evaluate((element) => Object.assign(element, { sourcelightSameCard: true }));
    // Every source a card names: a line, "alike", or the closing line.
    const named = () => shown.locator('.sl-body').textContent();
    expect(await named()).toContain(shortSourceName(distrusted));

    const summary = await ask<SourceSummary>(popup, 'setTrust', { source: distrusted.id, trusted: false });
    expect(summary.trusted).toBe(false);

    await expect.poll(named, { timeout: 3000 }).not.toContain(shortSourceName(distrusted));
    expect(await shown.locator('.sl-coverage').textContent()).toMatch(
      new RegExp(`^${before!.mentionedBy.length - 1} of ${before!.trustedCount - 1} trusted sources.* · 1 untrusted source hidden$`),
    );
    // The same card element, redrawn: it was neither closed nor reopened.
    expect(await shown.evaluate((element) => 'sourcelightSameCard' in element)).toBe(true);

    await ask<SourceSummary>(popup, 'setTrust', { source: distrusted.id, trusted: true });
    await expect.poll(named, { timeout: 3000 }).toContain(shortSourceName(distrusted));
    expect(await shown.locator('.sl-coverage').textContent()).not.toContain('untrusted');
    await page.keyboard.press('Escape');
  });

  // The background is a service worker in Chromium and an event page in Firefox: each is stopped as the browser
  // stops an idle one (extension.stopBackground), and the next message must wake it.
  it('a card for a mention added after the background was stopped opens: the request wakes it', async () => {
    await extension.stopBackground();
    await page.bringToFront();
    // An entity the page did not name before, so its card is not in the page's cache.
    expect((await marksOf(page)).filter((m) => m.entity === 'criminal_case')).toHaveLength(0);
    await page.evaluate(() => {
      const item = document.createElement('p');
      item.textContent = 'Later, prosecutors in Moscow opened a criminal case over the flight.';
      document.getElementById('feed')!.append(item);
    });
    await expect.poll(async () => (await marksOf(page)).filter((m) => m.entity === 'criminal_case').length, { timeout: 3000 }).toBe(1);
    const shown = await openCard(page, 'criminal_case');
    const [expected] = await ask<Card[]>(popup, 'getCards', { entities: ['criminal_case'] });
    expect(await shown.locator('.sl-name').textContent()).toBe(expected!.entity.name);
    await page.keyboard.press('Escape');
  });

  it('a page loaded after the background was stopped gets its lexicon, marks and cards', async () => {
    await extension.stopBackground();
    await page.bringToFront();
    await page.reload();
    await settledMarks(page);
    const shown = await openCard(page, 'death_toll');
    expect(await shown.locator('.sl-figure').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
  });
});
