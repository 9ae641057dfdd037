import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import { useExtension, useStaticServer } from './support';
import { markCount, markEveryMention, marksOf, settledMarks } from './helpers/content';

/**
 * Every occurrence of "Aktau" within two viewport heights of the visible area, and whether a painted range covers
 * it: the contract outside checks rely on (issue 10). Found in the page's own world by searching its text nodes.
 * Occurrences lie top to bottom in text order, so only those near the viewport are measured, found by binary search.
 */
function unpaintedNearby(page: Tab): Promise<{ nearby: number; unpainted: number }> {
  return page.evaluate(() => {
    const painted = new Map<Node, number[]>();
    CSS.highlights.get('sourcelight-entity-aktau')?.forEach((range) => {
      const list = painted.get(range.startContainer) ?? [];
      list.push(range.startOffset);
      painted.set(range.startContainer, list);
    });
    const height = window.innerHeight;
    const found: [Text, number][] = [];
    const walker = document.createTreeWalker(document.getElementById('archive')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      // Read once: Firefox copies a text node's whole string at every read of `data` (2 MB here).
      const text = node.data;
      for (let at = text.indexOf('Aktau'); at >= 0; at = text.indexOf('Aktau', at + 1)) found.push([node, at]);
    }
    const probe = document.createRange();
    const box = (i: number) => {
      probe.setStart(found[i]![0], found[i]![1]);
      probe.setEnd(found[i]![0], found[i]![1] + 5);
      return probe.getBoundingClientRect();
    };
    /** The first occurrence for which `past` holds (it holds for all after it). */
    const first = (past: (r: DOMRect) => boolean) => {
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (past(box(mid))) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const from = first((r) => r.bottom >= -2 * height);
    const to = first((r) => r.top > 3 * height);
    let unpainted = 0;
    for (let i = from; i < to; i++) if (!painted.get(found[i]![0])?.includes(found[i]![1])) unpainted++;
    return { nearby: to - from, unpainted };
  });
}

describe('very long pages', () => {
  const extension = useExtension();
  const server = useStaticServer();
  beforeAll(() => markEveryMention(extension));

  for (const kind of ['node', 'dom'] as const) {
    const what = kind === 'node' ? 'one 2 MB text node' : '50,000 elements';
    it(`${what}: paints every mention near the viewport and only those, following the scroll to the last words`, async () => {
      const page = await extension.newTab();
      await page.goto(server.url(`long.html?${kind}`));
      await settledMarks(page);
      const onPage = await page.evaluate(() => (window as unknown as { mentionsOnPage: number }).mentionsOnPage);
      expect(onPage).toBeGreaterThan(5000);
      expect(await unpaintedNearby(page)).toMatchObject({ unpainted: 0 });
      expect((await unpaintedNearby(page)).nearby).toBeGreaterThan(3);
      // A few screens' worth registered, not the page's thousands.
      expect(await markCount(page)).toBeLessThan(onPage / 10);

      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      await expect.poll(() => unpaintedNearby(page), { timeout: 2000 }).toMatchObject({ unpainted: 0 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect.poll(() => marksOf(page, '#last'), { timeout: 2000 }).toEqual([{ entity: 'grozny', text: 'Grozny' }]);
      expect(await markCount(page)).toBeLessThan(onPage / 10);
      await page.close();
    });
  }
});
