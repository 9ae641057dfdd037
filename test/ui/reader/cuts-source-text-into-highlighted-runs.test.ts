import { describe, expect, test } from 'vitest';
import { readerParagraphs, type Run } from '../../../lib/ui/reader/paragraphs';
import { realFactBase } from '../../support/store';

const joined = (runs: Run[][]) => runs.map((p) => p.map((r) => r.text).join('')).join('\n\n');

describe('the reader\'s paragraphs and claim runs', () => {
  test('blank lines divide paragraphs; a claim becomes its own run', () => {
    const text = 'One. Two here.\n\nThree.\n  \nFour.';
    const runs = readerParagraphs(text, [{ index: 1, start: 5, end: 14 }]);
    expect(runs).toEqual([
      [
        { text: 'One. ', claim: null, first: false },
        { text: 'Two here.', claim: 1, first: true },
      ],
      [{ text: 'Three.', claim: null, first: false }],
      [{ text: 'Four.', claim: null, first: false }],
    ]);
  });

  test('a single line break stays inside its paragraph', () => {
    expect(readerParagraphs('Headline\nCaption\n\nBody.', [])).toEqual([
      [{ text: 'Headline\nCaption', claim: null, first: false }],
      [{ text: 'Body.', claim: null, first: false }],
    ]);
  });

  test('a claim that crosses a paragraph break is cut; only its first run carries the anchor', () => {
    const text = 'Alpha beta.\n\nGamma delta.';
    const runs = readerParagraphs(text, [{ index: 3, start: 6, end: 18 }]);
    expect(runs[0]).toEqual([
      { text: 'Alpha ', claim: null, first: false },
      { text: 'beta.', claim: 3, first: true },
    ]);
    expect(runs[1]).toEqual([
      { text: 'Gamma', claim: 3, first: false },
      { text: ' delta.', claim: null, first: false },
    ]);
  });

  test('offsets outside the text, empty and overlapping claims do not break the text', () => {
    const text = 'abcdef';
    const runs = readerParagraphs(text, [
      { index: 0, start: -5, end: 2 },
      { index: 1, start: 1, end: 4 },
      { index: 2, start: 3, end: 3 },
      { index: 3, start: 5, end: 99 },
    ]);
    expect(joined(runs)).toBe(text);
    expect(runs[0]!.map((r) => r.claim)).toEqual([0, 1, null, 3]);
  });

  test('on every real source: the text is kept whole and each claim is highlighted exactly once, verbatim', () => {
    const fb = realFactBase();
    for (const source of fb.sources) {
      const claims = fb.claims.filter((c) => c.source === source.id);
      const runs = readerParagraphs(source.text, claims);
      expect(joined(runs).replace(/\s+/g, ' ')).toBe(source.text.trim().replace(/\s+/g, ' '));
      for (const claim of claims) {
        const parts = runs.flat().filter((r) => r.claim === claim.index);
        expect(parts.filter((r) => r.first)).toHaveLength(1);
        expect(parts.map((r) => r.text).join(' ').replace(/\s+/g, ' ')).toBe(claim.text.replace(/\s+/g, ' '));
      }
    }
  });
});
