import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, useStaticServer } from './support';
import { MARKED_WITHIN_MS, marksOf, openMarked } from './helpers/content';

/** Sub-pixel rounding differs between layouts of the same text; anything larger is a shift a reader sees. */
const SAME_BOX_PX = 0.5;

/** Resolves with the ms from adding `html` to `#feed` until a mark appears in it (measured in the page). */
async function timeToMark(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (content) =>
      new Promise<number>((resolve, reject) => {
        const feed = document.getElementById('feed')!;
        const item = document.createElement('p');
        item.innerHTML = content;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (item.querySelector('sourcelight-mark')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(item, { childList: true, subtree: true });
        feed.append(item);
        setTimeout(() => reject(new Error('not marked within 5 s')), 5000);
      }),
    html,
  );
}

describe('marks on a news page', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Page;

  beforeAll(async () => {
    page = await openMarked(extension, server, 'aktau-report.html');
  });

  it('wraps each mention in a mark carrying its entity id, in the forms outlets write', async () => {
    const marks = await marksOf(page, 'main');
    expect(marks).toEqual(
      expect.arrayContaining([
        { entity: 'aktau', text: 'Aktau' },
        { entity: 'flight', text: 'J2-8243' },
        // Across an inline tag: "Flight <em>8243</em>" is one mention.
        { entity: 'flight', text: 'Flight 8243' },
        { entity: 'grozny', text: 'Grozny' },
        { entity: 'death_toll', text: '38 people were killed' },
        { entity: 'survivors', text: 'survivors' },
        { entity: 'putin', text: 'Vladimir Putin' },
        // A transliteration and a spelling variant.
        { entity: 'aliyev', text: 'Ilham Aliev' },
        { entity: 'zelensky', text: 'Volodymyr Zelenskyy' },
        { entity: 'air_defense', text: 'air defences' },
        { entity: 'drones', text: 'Ukrainian drones' },
      ]),
    );
    // A possessive names the statement: "the Kremlin's readout".
    expect(marks.some((m) => m.entity === 'kremlin_statement' && m.text.includes("Kremlin's readout"))).toBe(true);
    // Every mark names an entity of the catalog.
    for (const m of marks) expect(m.entity).toMatch(/^[a-z0-9_]+$/);
  });

  it('leaves false friends alone: Rasputin, Bakuriani, a lone crash, Russia', async () => {
    expect(await marksOf(page, '#friends')).toEqual([]);
  });

  it('keeps the text of the page exactly as it was, and nothing moves', async () => {
    const result = await page.evaluate((tolerance) => {
      const before = (window as unknown as { pageBefore: { marks: number; text: string; elements: Element[]; boxes: number[][] } })
        .pageBefore;
      const moved: string[] = [];
      before.elements.forEach((element, i) => {
        const r = element.getBoundingClientRect();
        const now = [r.x, r.y, r.width, r.height];
        const was = before.boxes[i]!;
        if (now.some((v, k) => Math.abs(v - was[k]!) > tolerance)) {
          moved.push(`${element.localName}#${element.id}: ${was.join(',')} → ${now.join(',')}`);
        }
      });
      return {
        marksBefore: before.marks,
        marksNow: document.querySelectorAll('sourcelight-mark').length,
        sameText: document.body.textContent === before.text,
        moved,
      };
    }, SAME_BOX_PX);
    expect(result.marksBefore).toBe(0);
    expect(result.marksNow).toBeGreaterThan(10);
    expect(result.sameText).toBe(true);
    expect(result.moved).toEqual([]);
  });

  it('draws marks that take no space and show on the page', async () => {
    const look = await page.locator('#lede sourcelight-mark').first().evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        display: style.display,
        margin: style.margin,
        padding: style.padding,
        underline: style.textDecorationLine,
        tinted: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent',
      };
    });
    expect(look).toEqual({ display: 'inline', margin: '0px', padding: '0px', underline: 'underline', tinted: true });
  });

  it('marks content the page adds after load within a second', async () => {
    const elapsed = await timeToMark(page, 'Update: the <strong>AZAL</strong> flight recorders reached Brazil.');
    expect(elapsed).toBeLessThan(MARKED_WITHIN_MS);
    expect(await marksOf(page, '#feed')).toEqual([{ entity: 'flight', text: 'AZAL flight' }]);
  });

  it('marks a same-origin frame too', async () => {
    const framed = page.frameLocator('#panel').locator('sourcelight-mark');
    await expect.poll(() => framed.count()).toBeGreaterThan(0);
    expect(await framed.first().getAttribute('data-sourcelight-entity')).toBe('aktau');
  });

  it('marks the new view after a single-page navigation', async () => {
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const story = document.getElementById('story')!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (story.querySelector('sourcelight-mark')) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          history.pushState({}, '', '/world/caspian-crash-follow-up');
          story.innerHTML =
            '<article><h1>Follow-up</h1><p>Baku recalled its envoy while the inquiry into the downing went on.</p></article>';
          observer.observe(story, { childList: true, subtree: true });
          setTimeout(() => reject(new Error('not marked within 5 s')), 5000);
        }),
    );
    expect(elapsed).toBeLessThan(MARKED_WITHIN_MS);
    expect(await marksOf(page, '#story')).toEqual(expect.arrayContaining([{ entity: 'baku', text: 'Baku' }]));
  });
});
