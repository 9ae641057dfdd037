import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import { MARKS_SCRIPT } from '../../scripts/browser/marks.mjs';
import { useExtension, useStaticServer } from './support';
import { MARKED_WITHIN_MS, markEveryMention, marksOf, mentionPoint, openMarked } from './helpers/content';

/** Sub-pixel rounding differs between layouts of the same text; anything larger is a shift a reader sees. */
const SAME_BOX_PX = 0.5;

/** Resolves with the ms from adding `html` to `#feed` until a mark is painted in it (measured in the page). */
async function timeToMark(page: Tab, html: string): Promise<number> {
  return page.evaluate(
    ([content, marks]) =>
      new Promise<number>((resolve, reject) => {
        new Function(marks)();
        const feed = document.getElementById('feed')!;
        const item = document.createElement('p');
        item.innerHTML = content;
        const started = performance.now();
        const look = () => {
          const found = (window as unknown as { __sourcelightMarks: () => { range: AbstractRange }[] })
            .__sourcelightMarks()
            .some((m) => item.contains(m.range.startContainer));
          if (found) resolve(performance.now() - started);
          else requestAnimationFrame(look);
        };
        feed.append(item);
        look();
        setTimeout(() => reject(new Error('not marked within 5 s')), 5000);
      }),
    [html, MARKS_SCRIPT] as const,
  );
}

describe('marks on a news page', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let page: Tab;

  beforeAll(async () => {
    await markEveryMention(extension);
    page = await openMarked(extension, server, 'aktau-report.html');
  });

  it('paints each mention, in the forms outlets write, as a range registered under its entity', async () => {
    const marks = await marksOf(page, 'main');
    expect(marks).toEqual(
      expect.arrayContaining([
        { entity: 'aktau', text: 'Aktau' },
        { entity: 'flight', text: 'J2-8243' },
        // Across an inline tag: "Flight <em>8243</em>" is one mention, one range.
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
    // Every highlight name is ours and follows the contract.
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    for (const name of names) expect(name).toMatch(/^sourcelight-(entity-[a-z0-9_]+|ui-[a-z-]+)$/);
  });

  it('leaves false friends alone: Rasputin, Bakuriani, a lone crash, Russia', async () => {
    expect(await marksOf(page, '#friends')).toEqual([]);
  });

  it('changes nothing in the page: the same markup, the same nodes, no style element, and nothing moves', async () => {
    const result = await page.evaluate((tolerance) => {
      const before = (
        window as unknown as {
          pageBefore: { head: string; body: string; nodes: number; elements: Element[]; boxes: number[][] };
          countNodes: (root: Node) => number;
        }
      ).pageBefore;
      const moved: string[] = [];
      before.elements.forEach((element, i) => {
        const r = element.getBoundingClientRect();
        const now = [r.x, r.y, r.width, r.height];
        const was = before.boxes[i]!;
        if (now.some((v, k) => Math.abs(v - was[k]!) > tolerance)) moved.push(`${element.localName}#${element.id}`);
      });
      return {
        sameHead: document.head.innerHTML === before.head,
        sameBody: document.body.innerHTML === before.body,
        sameNodes: (window as unknown as { countNodes: (root: Node) => number }).countNodes(document.documentElement) === before.nodes,
        ourElements: document.querySelectorAll('[data-sourcelight-entity], sourcelight-mark, style[data-sourcelight-ui]').length,
        adopted: document.adoptedStyleSheets.length,
        moved,
      };
    }, SAME_BOX_PX);
    expect(result).toEqual({ sameHead: true, sameBody: true, sameNodes: true, ourElements: 0, adopted: 1, moved: [] });
  });

  it('paints marks a reader sees: a tint over the mention\'s whole box, none beside it', async () => {
    const mention = await mentionPoint(page, 'grozny');
    const pixels = async (x: number, y: number) => {
      const shot = await page.screenshot({ clip: { x: x - 12, y: y - 3, width: 24, height: 6 } });
      return page.evaluate(async (png) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, image.width, image.height).data;
        let white = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
        return white / (data.length / 4);
      }, shot.toString('base64'));
    };
    // The page's background is white: inside a mark no pixel stays white, beside it most do.
    expect(await pixels(mention.x, mention.y)).toBe(0);
    const margin = await page.evaluate(() => {
      const box = document.getElementById('bare')!.getBoundingClientRect();
      return { x: box.right + 8, y: box.top + box.height / 2 };
    });
    expect(await pixels(margin.x, margin.y)).toBeGreaterThan(0.9);
  });

  it('marks content the page adds after load within a second', async () => {
    const elapsed = await timeToMark(page, 'Update: the <strong>AZAL</strong> flight recorders reached Brazil.');
    expect(elapsed).toBeLessThan(MARKED_WITHIN_MS);
    expect(await marksOf(page, '#feed')).toEqual([{ entity: 'flight', text: 'AZAL flight' }]);
  });

  it('marks a same-origin frame too', async () => {
    const frame = page.frame({ url: /about:srcdoc/ })!;
    await expect.poll(() => marksOf(frame)).toEqual([{ entity: 'aktau', text: 'Aktau' }]);
  });

  it('marks the new view after a single-page navigation', async () => {
    await page.evaluate(() => {
      history.pushState({}, '', '/world/caspian-crash-follow-up');
      document.getElementById('story')!.innerHTML =
        '<article><h1>Follow-up</h1><p>Baku recalled its envoy while the inquiry into the downing of Flight J2-8243 went on.</p></article>';
    });
    await expect.poll(() => marksOf(page, '#story'), { timeout: MARKED_WITHIN_MS * 3 }).toEqual(
      expect.arrayContaining([{ entity: 'baku', text: 'Baku' }]),
    );
  });
});
