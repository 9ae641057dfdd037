import { describe, expect, test } from 'vitest';
import { highlightParts } from '../../lib/ui/card/mention-runs';
import { realCard } from './support/real-card';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('highlightParts', () => {
  test('cuts a real quote around its mention and joins back to the sentence', () => {
    for (const { claims } of realCard('flight').sources) {
      for (const claim of claims) {
        const parts = highlightParts(claim.text, claim.mentions);
        expect(join(parts)).toBe(claim.text);
        expect(parts.filter((p) => p.mention).map((p) => p.text)).toEqual(
          claim.mentions.map((m) => claim.text.slice(m.start, m.end)),
        );
      }
    }
  });

  test('examples', () => {
    expect(highlightParts('near Aktau, Kazakhstan', [{ start: 5, end: 10 }])).toEqual([
      { text: 'near ', mention: false },
      { text: 'Aktau', mention: true },
      { text: ', Kazakhstan', mention: false },
    ]);
    expect(highlightParts('Aktau', [{ start: 0, end: 5 }])).toEqual([{ text: 'Aktau', mention: true }]);
    expect(highlightParts('no mention', [])).toEqual([{ text: 'no mention', mention: false }]);
    expect(highlightParts('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  test('overlapping, unsorted, empty and out-of-range spans still give back exactly the text', () => {
    const text = 'Baku to Grozny';
    const parts = highlightParts(text, [
      { start: 8, end: 14 },
      { start: 0, end: 3 },
      { start: 2, end: 4 },
      { start: 6, end: 6 },
      { start: 12, end: 99 },
      { start: -5, end: -1 },
    ]);
    expect(join(parts)).toBe(text);
    expect(parts).toEqual([
      { text: 'Baku', mention: true },
      { text: ' to ', mention: false },
      { text: 'Grozny', mention: true },
    ]);
  });
});
