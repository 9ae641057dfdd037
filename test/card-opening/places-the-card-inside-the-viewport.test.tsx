// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import {
  CARD_GAP,
  MAX_CARD_HEIGHT,
  MIN_CARD_HEIGHT,
  VIEWPORT_MARGIN,
  fitHeight,
  layoutCard,
  placeCard,
} from '../../lib/card-opening/place';
import { ShadowHost } from '../../lib/card-opening/shadow-host';
import { cardCss, realCard } from '../ui/support/real-card';

const viewport = { width: 1024, height: 768 };
const card = { width: 360, height: 300 };
const line = (x: number, y: number, width = 50) => ({ x, y, width, height: 18 });

describe('layoutCard: where the card goes, from measurements', () => {
  test('below the mark, aligned to its start, a gap away', async () => {
    const layout = await layoutCard({ anchor: [line(100, 200)], card, viewport });
    expect(layout).toMatchObject({ placement: 'bottom-start', x: 100, y: 200 + 18 + CARD_GAP });
  });

  test('flips above a mark near the bottom of the viewport', async () => {
    const layout = await layoutCard({ anchor: [line(100, 700)], card, viewport });
    expect(layout).toMatchObject({ placement: 'top-start', x: 100, y: 700 - CARD_GAP - card.height });
  });

  test('shifts left at the right edge and right at the left edge, keeping the margin', async () => {
    const right = await layoutCard({ anchor: [line(980, 200, 40)], card, viewport });
    expect(right.x).toBe(viewport.width - VIEWPORT_MARGIN - card.width);
    const left = await layoutCard({ anchor: [line(-20, 200, 40)], card, viewport });
    expect(left.x).toBe(VIEWPORT_MARGIN);
  });

  test('a card taller than either side goes where there is more room, capped to fit, the body scrolling', async () => {
    const tall = { width: 360, height: 900 };
    const layout = await layoutCard({ anchor: [line(100, 300)], card: tall, viewport });
    // Below: 768 - (300 + 18 + 8) - 8 = 434 px; above: 300 - 8 - 8 = 284 px.
    expect(layout.placement).toBe('bottom-start');
    expect(layout.maxHeight).toBe(434);
    expect(layout.y + layout.maxHeight).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);

    // Above: 500 - 8 - 8 = 484 px, more than below, and more than the card may ever take.
    const low = await layoutCard({ anchor: [line(100, 500)], card: tall, viewport });
    expect(low.placement).toBe('top-start');
    expect(low.maxHeight).toBe(MAX_CARD_HEIGHT);
    expect(low.y).toBe(500 - CARD_GAP - MAX_CARD_HEIGHT);
  });

  test('never taller than MAX_CARD_HEIGHT, never shorter than MIN_CARD_HEIGHT', async () => {
    const roomy = await layoutCard({ anchor: [line(100, 10)], card: { width: 360, height: 2000 }, viewport: { width: 1024, height: 2000 } });
    expect(roomy.maxHeight).toBe(MAX_CARD_HEIGHT);
    const cramped = await layoutCard({ anchor: [line(100, 90)], card, viewport: { width: 1024, height: 200 } });
    expect(cramped.maxHeight).toBe(MIN_CARD_HEIGHT);
    expect([fitHeight(50), fitHeight(300.7), fitHeight(5000)]).toEqual([MIN_CARD_HEIGHT, 300, MAX_CARD_HEIGHT]);
  });

  test('a mark wrapped over two lines: the card follows the line the pointer is on', async () => {
    const wrapped = [line(900, 100, 100), line(10, 118, 60)];
    const onSecond = await layoutCard({ anchor: wrapped, card, viewport, pointer: { x: 30, y: 125 } });
    expect(onSecond).toMatchObject({ placement: 'bottom-start', x: 10, y: 118 + 18 + CARD_GAP });
    // The first line ends near the right edge: the card lines up with the mark's end instead of its start.
    const onFirst = await layoutCard({ anchor: wrapped, card, viewport, pointer: { x: 950, y: 105 } });
    expect(onFirst).toMatchObject({ placement: 'bottom-end', x: 1000 - card.width, y: 100 + 18 + CARD_GAP });
  });
});

describe('placeCard: the same rules on the DOM', () => {
  test('writes the position on the host as !important px, and stops following when told', async () => {
    document.body.innerHTML = '<p>Near <b>Aktau</b></p>';
    const mark = document.querySelector('b')!;
    const host = new ShadowHost(document, { css: cardCss() });
    host.show(<Card card={realCard('aktau')} />);
    // Placing is asynchronous (floating-ui measures, then positions): wait for the position to be written.
    let positioned!: () => void;
    const written = new Promise<void>((resolve) => (positioned = resolve));
    const stop = placeCard(mark, {
      host: host.host,
      setStyle(property, value) {
        host.setStyle(property, value);
        if (property === 'top') positioned();
      },
    });
    await written;
    for (const property of ['left', 'top', '--sl-max-height']) {
      expect(host.host.style.getPropertyValue(property), property).toMatch(/^-?\d+px$/);
      expect(host.host.style.getPropertyPriority(property), property).toBe('important');
    }
    stop();
    host.hide();
  });
});
