import { describe, expect, it } from 'vitest';
import type { Tab } from './support';
import { useExtension, useStaticServer } from './support';
import { getStorage, markCount, marksOf, openCard, openMarked, setStorage } from './helpers/content';

/** How long a page about something else is given to get marks it should not get: the first scan's time, twice. */
const NO_MARKS_WITHIN_MS = 2500;

describe('marks only where they help', () => {
  const extension = useExtension();
  const server = useStaticServer();

  it('a page about something else, naming Kazakhstan, the Caspian, Baku, Reuters and survivors, gets no mark', async () => {
    const page = await extension.newTab();
    await page.goto(server.url('elsewhere.html'));
    await page.waitForTimeout(NO_MARKS_WITHIN_MS);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('a page about the story: the first mention of each entity in each section, none in the sidebar', async () => {
    const page = await openMarked(extension, server, 'follow-up.html');
    const texts = (marks: { entity: string; text: string }[]) => marks.map((m) => `${m.entity}: ${m.text}`);
    expect(texts(await marksOf(page, 'article'))).toEqual([
      'flight: Flight J2-8243',
      'baku: Baku',
      'aktau: Aktau',
      // "The inquiry" heading starts a section.
      'kazakhstan: Kazakhstan',
      'baku: Baku',
      'aktau: Aktau',
      'survivors: Twenty-nine survivors',
    ]);
    expect(await marksOf(page, 'aside')).toEqual([]);
    await page.close();
  });

  it('a card opened on words that carry a number sets the page\'s number beside what the sources say', async () => {
    const page = await openMarked(extension, server, 'follow-up.html');
    const shown = await openCard(page, 'survivors');
    await expect.poll(() => shown.textContent(), { timeout: 3000 }).toContain('This page: 29 survivors');
    expect(await shown.textContent()).toMatch(/sources: 28 \(1 of 5\), no number \(4\)/);
    await page.close();
  });

  it('a card takes the page\'s own colours: dark on a dark page, light on a light one', async () => {
    const dark = await openMarked(extension, server, 'dark.html');
    expect(await (await openCard(dark, 'aktau')).getAttribute('class')).toContain('sl-dark');
    await dark.close();
    const light = await openMarked(extension, server, 'follow-up.html');
    expect(await (await openCard(light, 'aktau')).getAttribute('class')).not.toContain('sl-dark');
    await light.close();
  });

  it('"Mark every mention" marks every one, live, and back', async () => {
    const page = await openMarked(extension, server, 'follow-up.html');
    const quiet = await markCount(page);
    await setStorage(extension, { markEvery: true });
    await expect.poll(() => markCount(page), { timeout: 3000 }).toBeGreaterThan(quiet + 5);
    expect((await marksOf(page, 'aside')).length).toBe(2);
    await setStorage(extension, { markEvery: false });
    await expect.poll(() => markCount(page), { timeout: 3000 }).toBe(quiet);
    await page.close();
  });

  it('"Not this" in the card removes the mark, remembers it for the site and those words, and the popup restores it', async () => {
    let page: Tab = await openMarked(extension, server, 'follow-up.html');
    const shown = await openCard(page, 'kazakhstan');
    await shown.getByRole('button', { name: 'Not this' }).click();
    await expect.poll(async () => (await marksOf(page)).filter((m) => m.entity === 'kazakhstan'), { timeout: 3000 }).toEqual([]);
    expect(await getStorage<{ site: string; wording: string; entity: string }[]>(extension, 'notThis')).toEqual([
      expect.objectContaining({ site: '127.0.0.1', wording: 'kazakhstan', entity: 'kazakhstan' }),
    ]);
    // Still removed after a reload.
    await page.reload();
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await marksOf(page)).filter((m) => m.entity === 'kazakhstan')).toEqual([]);

    // The popup lists it, and restoring marks it again.
    const popup = await extension.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Marks' }).click();
    await popup.getByRole('button', { name: /^Restore “kazakhstan”/ }).click();
    await expect.poll(async () => (await marksOf(page)).filter((m) => m.entity === 'kazakhstan').length, { timeout: 3000 }).toBe(1);
    await popup.close();
    page = await openMarked(extension, server, 'follow-up.html');
    expect((await marksOf(page)).filter((m) => m.entity === 'kazakhstan')).toHaveLength(1);
  });
});
