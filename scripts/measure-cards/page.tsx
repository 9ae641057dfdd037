/**
 * The page `npm run measure:cards` loads in Chromium: it renders the real Card component with the real card
 * stylesheet, each card in its own shadow root as on a web page (lib/ui/shadow-host.ts), and measures it.
 */
import { render } from 'preact';
import type { Card as CardData } from '../../lib/cards/card';
import { Card, type PageFigure } from '../../lib/ui/Card';
import { CARD_CSS } from '../../lib/ui/card-style';

export interface Measured {
  entity: string;
  /** The card's height as it opens, px. */
  height: number;
  /** Whether its body would scroll as it opens (it should not). */
  scrolls: boolean;
  /** Summary lines shown (one per group of sources alike). */
  lines: number;
  /** Rendered text lines of the card, from its text's line boxes. */
  textLines: number;
  /** Claims behind "All". */
  claims: number;
  /** The card's height once "All" is open, px. */
  expandedHeight: number;
}

function textLineCount(root: Element): number {
  const tops = new Set<number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.height > 0) tops.add(Math.round(rect.top));
  }
  return tops.size;
}

async function measure(card: CardData, pageFigure: PageFigure | null): Promise<Measured> {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  render(<Card card={card} pageFigure={pageFigure} onClose={() => {}} onNotThis={() => {}} onTurnOffSite={() => {}} claimHref={() => '#'} />, mount);
  await new Promise(requestAnimationFrame);
  const el = shadow.querySelector<HTMLElement>('.sl-card')!;
  const body = shadow.querySelector<HTMLElement>('.sl-body')!;
  const result: Measured = {
    entity: card.entity.id,
    height: el.getBoundingClientRect().height,
    scrolls: body.scrollHeight > body.clientHeight + 1,
    lines: shadow.querySelectorAll('.sl-line').length,
    textLines: textLineCount(el),
    claims: card.claimCount,
    expandedHeight: 0,
  };
  shadow.querySelector<HTMLButtonElement>('.sl-all')?.click();
  await new Promise(requestAnimationFrame);
  result.expandedHeight = el.getBoundingClientRect().height;
  render(null, mount);
  host.remove();
  return result;
}

declare global {
  interface Window {
    measureCards(cards: { card: CardData; pageFigure: PageFigure | null }[]): Promise<Measured[]>;
  }
}

window.measureCards = async (cards) => {
  const out: Measured[] = [];
  for (const { card, pageFigure } of cards) out.push(await measure(card, pageFigure));
  return out;
};
