import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension, useStaticServer } from './support';
import { markEveryMention, marksOf, openMarked } from './helpers/content';

describe("a page whose own script updates, replaces and re-renders marked text", () => {
  const extension = useExtension();
  const server = useStaticServer();
  beforeAll(() => markEveryMention(extension));

  it('works as it would without Sourcelight: no error, its text as it wrote it, and marks that follow the text', async () => {
    const page = await openMarked(extension, server, 'framework.html');
    await expect.poll(() => page.evaluate(() => (window as unknown as { steps: number }).steps), { timeout: 10_000 }).toBe(8);
    await expect.poll(() => page.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    expect(await page.locator('#counter').textContent()).toBe('Update 8: investigators in Aktau are reading the flight recorders.');
    expect(await page.locator('#rerender').textContent()).toBe('A statement from Grozny is expected later today (8).');
    // Marks are found again in what the page wrote last, within a second of its last change.
    await expect.poll(() => marksOf(page, '#counter'), { timeout: 2000 }).toEqual([{ entity: 'aktau', text: 'Aktau' }]);
    await expect.poll(() => marksOf(page, '#rerender')).toEqual([{ entity: 'grozny', text: 'Grozny' }]);
    await expect.poll(() => marksOf(page, '#hydrate')).toEqual([
      { entity: 'baku', text: 'Baku' },
      { entity: 'flight', text: 'Flight J2-8243' },
    ]);
    // Nothing painted points at a node the page took away.
    const stale = await page.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((highlight) => highlight.forEach((range) => (count += range.startContainer.isConnected ? 0 : 1)));
      return count;
    });
    expect(stale).toBe(0);
    await page.close();
  });

  it('a document in design mode (someone editing it) gets no marks, and one switched to it loses them', async () => {
    const editing = await extension.newTab();
    await editing.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.designMode = 'on')));
    await editing.goto(server.url('aktau-report.html'));
    await editing.waitForTimeout(2000);
    expect(await editing.evaluate(() => CSS.highlights.size)).toBe(0);
    await editing.close();

    const page = await openMarked(extension, server, 'aktau-report.html');
    await page.evaluate(() => {
      document.designMode = 'on';
      document.getElementById('feed')!.append('Typed: more about Baku.');
    });
    await expect.poll(() => marksOf(page), { timeout: 3000 }).toEqual([]);
    await page.close();
  });
});
