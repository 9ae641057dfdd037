import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loc, Tab } from './support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortSourceName } from '../../lib/cards/source-name';
import type { Card, SourceSummary } from '../../lib/messages';
import { readerTarget } from '../../lib/reader-url';
import { card, markCount, openCard, openMarked } from './helpers/content';
import { ROOT, ask, currentBrowser, launchBrowser, useExtension, useStaticServer, type Extension } from './support';

/** The first answers wait for the fact base to be built on a fresh profile (about a second here). */
const READY_TIMEOUT_MS = 20_000;
/** A trust change reaches other contexts through one storage event and one refetch. */
const TRUST_REACHES_MS = 5000;
const SHOTS_DIR = join(ROOT, '.output', 'screenshots');
/** The popup's own size (lib/ui/popup/popup.css): Chrome shows exactly this much of it. */
const POPUP_VIEWPORT = { width: 380, height: 560 };

async function openPopup(extension: Extension): Promise<Tab> {
  const popup = await extension.newTab();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(extension.url('popup.html'));
  await popup.getByRole('listbox', { name: 'Entities by how many sources mention them' }).waitFor({ timeout: READY_TIMEOUT_MS });
  return popup;
}

function searchField(popup: Tab): Loc {
  return popup.getByRole('combobox', { name: 'Search the story' });
}

/** The source switch for `label` in the popup's Sources tab. */
async function sourceSwitch(popup: Tab, label: string): Promise<Loc> {
  await popup.getByRole('tab', { name: /^Sources/ }).click();
  const toggle = popup.getByRole('switch', { name: label, exact: true });
  await toggle.waitFor();
  return toggle;
}

/** Follows a quote link and returns the tab it opened, with the reader's target sentence. */
async function followQuote(extension: Extension, link: Loc) {
  const href = (await link.getAttribute('href'))!;
  const url = new URL(href);
  const target = readerTarget(url.search, url.hash);
  const opened = extension.nextTab();
  await link.click();
  const reader = await opened;
  return { reader, target, quote: (await link.textContent())! };
}

/** The reader shows the sentence a quote pointed at: the current one, the quote's text, scrolled into view. */
async function expectReaderAt(extension: Extension, reader: Tab, target: { sourceId: string | null; claimIndex: number | null }, quote: string) {
  const url = new URL(reader.url());
  expect(url.href.startsWith(extension.url('reader.html'))).toBe(true);
  expect(readerTarget(url.search, url.hash)).toEqual(target);
  const current = reader.locator('[aria-current="location"]');
  await current.waitFor({ timeout: READY_TIMEOUT_MS });
  expect(await current.getAttribute('id')).toBe(`claim-${target.claimIndex}`);
  expect(await current.textContent()).toBe(quote);
  await expect.poll(() => current.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  })).toBe(true);
  expect(await reader.locator('mark.claim[id^="claim-"]').count()).toBeGreaterThan(1);
}

describe('the popup', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let popup: Tab;

  beforeAll(async () => {
    popup = await openPopup(extension);
  });

  it('opens with focus in the search field; typing "aktaw" shows Aktau; arrows and Enter open its card', async () => {
    await popup.bringToFront();
    await expect.poll(() => searchField(popup).evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.type('aktaw');
    const entities = popup.getByRole('listbox', { name: 'Results' }).getByRole('group', { name: 'Entities' });
    await expect.poll(() => entities.getByRole('option').first().locator('.option-name').textContent()).toBe('Aktau');

    await popup.keyboard.press('ArrowDown');
    const active = await searchField(popup).getAttribute('aria-activedescendant');
    expect(await popup.locator(`[id="${active}"] .option-name`).textContent()).toBe('Aktau');
    await popup.keyboard.press('Enter');
    const opened = popup.getByRole('article', { name: 'Aktau' });
    await opened.waitFor();
    const [expected] = await ask<Card[]>(popup, 'getCards', { entities: ['aktau'] });
    expect(await opened.locator('.sl-coverage').textContent()).toMatch(
      new RegExp(`^${expected!.mentionedBy.length} of ${expected!.trustedCount} sources`),
    );
    expect(await opened.locator('.sl-line').count()).toBe(expected!.summary.lines.length);
    await opened.getByRole('button', { name: `All ${expected!.claimCount} claims` }).click();
    expect(await opened.locator('blockquote').count()).toBe(expected!.claimCount);
  });

  it('a quote in the popup\'s card opens the source reader at its sentence', async () => {
    const opened = popup.getByRole('article', { name: 'Aktau' });
    const { reader, target, quote } = await followQuote(extension, opened.locator('blockquote a').nth(2));
    await expectReaderAt(extension, reader, target, quote);
    await reader.close();
  });

  it('a quote in a card on a web page opens the source reader at its sentence', async () => {
    const page = await openMarked(extension, server, 'aktau-report.html');
    await page.bringToFront();
    const shown = await openCard(page, 'aktau');
    await shown.getByRole('button', { name: /^All \d+ claims$/ }).click();
    const { reader, target, quote } = await followQuote(extension, shown.locator('blockquote a').last());
    await expectReaderAt(extension, reader, target, quote);
    await reader.close();
    await page.close();
  });

  it('distrusting a source in the popup removes its quote from a card already open on a page', async () => {
    const page = await openMarked(extension, server, 'aktau-report.html');
    await page.bringToFront();
    const shown = await openCard(page, 'aktau');
    const named = () => shown.locator('.sl-body').textContent();
    const [before] = await ask<Card[]>(popup, 'getCards', { entities: ['aktau'] });
    const distrusted = before!.sources[1]!.source;
    expect(await named()).toContain(shortSourceName(distrusted));

    // Flipped through the popup's own switch, as a reader does; the page's card stays open meanwhile.
    const toggle = await sourceSwitch(popup, distrusted.label);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);

    await expect.poll(named, { timeout: TRUST_REACHES_MS }).not.toContain(shortSourceName(distrusted));
    expect(await card(page).isVisible()).toBe(true);
    expect(await shown.locator('.sl-coverage').textContent()).toMatch(/ · 1 untrusted source hidden$/);

    // The popup's own card and results follow too.
    await popup.getByRole('tab', { name: /^Search/ }).click();
    await expect.poll(() => popup.getByRole('article', { name: 'Aktau' }).locator('.sl-coverage').textContent()).toMatch(/ · 1 untrusted source hidden$/);

    await (await sourceSwitch(popup, distrusted.label)).click();
    await expect.poll(named, { timeout: TRUST_REACHES_MS }).toContain(shortSourceName(distrusted));
    await page.close();
  });

  it('"everywhere" in the popup turns marks off on an open page and back on; the site switch explains itself', async () => {
    const page = await openMarked(extension, server, 'aktau-report.html');
    const marks = () => markCount(page);
    // A popup loaded in a tab is not opened from the toolbar, so activeTab grants it no tab address: the site
    // switch must say why it is unavailable. (Opened from the toolbar it names the site: unit tests cover that.)
    const site = popup.getByRole('switch', { name: /^Sourcelight On this site/ });
    expect(await site.isDisabled()).toBe(true);
    expect(await popup.locator(`[id="${await site.getAttribute('aria-describedby')}"]`).textContent()).toBe(
      'Only web pages (http and https) can be switched.',
    );
    const everywhere = popup.getByRole('switch', { name: 'Sourcelight Everywhere' });
    await everywhere.click();
    await expect.poll(marks, { timeout: TRUST_REACHES_MS }).toBe(0);
    await everywhere.click();
    await expect.poll(marks, { timeout: TRUST_REACHES_MS }).toBeGreaterThan(0);
    expect(await everywhere.isChecked()).toBe(true);
    await page.close();
  });

  it('the popup and the reader render in light and dark (screenshots in .output/screenshots)', async () => {
    await mkdir(SHOTS_DIR, { recursive: true });
    const shots: string[] = [];
    const background = (page: Tab) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fresh = await openPopup(extension);
    const sources = await ask<SourceSummary[]>(fresh, 'getSources');
    await ask(fresh, 'setTrust', { source: sources[4]!.id, trusted: false });
    const colours: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await fresh.emulateMedia({ colorScheme: scheme });
      colours[scheme] = await background(fresh);
      await searchField(fresh).fill('');
      await fresh.waitForTimeout(200);
      shots.push(join(SHOTS_DIR, `popup-glance-${scheme}.png`));
      await fresh.screenshot({ path: shots.at(-1) });
      await searchField(fresh).fill('kremlin statment');
      await fresh.getByRole('listbox', { name: 'Results' }).waitFor();
      await fresh.keyboard.press('ArrowDown');
      await fresh.keyboard.press('ArrowDown');
      shots.push(join(SHOTS_DIR, `popup-results-${scheme}.png`));
      await fresh.screenshot({ path: shots.at(-1) });
      await fresh.keyboard.press('ArrowUp');
      await fresh.keyboard.press('Enter');
      await fresh.getByRole('article').waitFor();
      shots.push(join(SHOTS_DIR, `popup-card-${scheme}.png`));
      await fresh.screenshot({ path: shots.at(-1) });
      await fresh.getByRole('button', { name: 'Back to results' }).click();
      await fresh.getByRole('tab', { name: /^Sources/ }).click();
      shots.push(join(SHOTS_DIR, `popup-sources-${scheme}.png`));
      await fresh.screenshot({ path: shots.at(-1) });
      await fresh.getByRole('tab', { name: /^Search/ }).click();

      const reader = await extension.newTab();
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.setViewportSize({ width: 900, height: 700 });
      await reader.goto(extension.url(`reader.html?source=${encodeURIComponent(sources[2]!.id)}#claim-5`));
      await reader.locator('[aria-current="location"]').waitFor({ timeout: READY_TIMEOUT_MS });
      shots.push(join(SHOTS_DIR, `reader-${scheme}.png`));
      await reader.screenshot({ path: shots.at(-1) });
      await reader.close();
    }
    expect(colours.light).toBe('rgb(255, 255, 255)');
    expect(colours.dark).not.toBe(colours.light);
    await ask(fresh, 'setTrust', { source: sources[4]!.id, trusted: true });
    await fresh.close();
    console.log(`[e2e] popup and reader screenshots:\n${shots.join('\n')}`);
  });
});

describe('trust across a browser restart', () => {
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'sourcelight-restart-'));
  });

  afterAll(async () => {
    await rm(profile, { recursive: true, force: true });
  });

  it(`a source distrusted in the popup is still distrusted after ${currentBrowser()} restarts with the same profile`, async () => {
    const first = await launchBrowser({ userDataDir: profile });
    let label: string;
    let name: string;
    try {
      const popup = await openPopup(first);
      const [aktau] = await ask<Card[]>(popup, 'getCards', { entities: ['aktau'] });
      label = aktau!.sources[0]!.source.label;
      name = shortSourceName(aktau!.sources[0]!.source);
      const toggle = await sourceSwitch(popup, label);
      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await expect
        .poll(async () => (await ask<SourceSummary[]>(popup, 'getSources')).find((s) => s.label === label)?.trusted)
        .toBe(false);
    } finally {
      await first.close();
    }

    const second = await launchBrowser({ userDataDir: profile });
    try {
      const popup = await openPopup(second);
      expect(await (await sourceSwitch(popup, label)).isChecked()).toBe(false);
      await popup.getByRole('tab', { name: /^Search/ }).click();
      await searchField(popup).fill('aktau');
      await popup.getByRole('listbox', { name: 'Results' }).waitFor();
      await popup.keyboard.press('Enter');
      const opened = popup.getByRole('article', { name: 'Aktau' });
      await opened.waitFor();
      expect(await opened.locator('.sl-coverage').textContent()).toMatch(/ · 1 untrusted source hidden$/);
      expect(await opened.locator('.sl-body').textContent()).not.toContain(name);
    } finally {
      await second.close();
    }
  });
});
