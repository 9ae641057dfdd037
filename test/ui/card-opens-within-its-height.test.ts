import { describe, expect, it } from 'vitest';
import { FIT_BUDGET_PX, frameHeight, lineHeight, linesThatFit } from '../../lib/cards/fit';
import { hundredClaimsOnAktau } from '../../scripts/measure-cards/hard-cards';
import { factBaseWith, realCard, realFactBase } from './support/real-card';

const name = () => 24;

describe('how many summary lines a card shows', () => {
  it('all of them when they fit', () => {
    const baku = realCard('baku');
    expect(linesThatFit(baku, name, 40)).toBe(baku.summary.lines.length);
  });

  it('fewer when they would not: the estimate of what is shown stays within the budget', () => {
    for (const entity of realFactBase().entities) {
      const card = realCard(entity.id);
      const shown = linesThatFit(card, name, 60);
      const height = frameHeight(card, 60) + card.summary.lines.slice(0, shown).reduce((h, l) => h + lineHeight(l, 24), 0);
      if (shown > 1) expect(height, entity.id).toBeLessThanOrEqual(FIT_BUDGET_PX);
    }
  });

  it('a tight budget still shows one line, never none', () => {
    const card = realCard('putin');
    expect(linesThatFit(card, name, 40, 10)).toBe(1);
  });

  it('a hundred claims change nothing: the lines come from the summary, not the claims', () => {
    const card = realCard('aktau', {}, factBaseWith(hundredClaimsOnAktau()));
    expect(linesThatFit(card, name, 40)).toBeLessThanOrEqual(card.summary.lines.length);
    expect(card.claimCount).toBeGreaterThan(100);
  });
});
