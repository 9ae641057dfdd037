import { describe, expect, it } from 'vitest';
import { scorePage, summarize, type LabelledSpan, type MarkedSpan } from '../../scripts/score-labels';

const label = (concept: string, start: number, end: number, also?: string[]): LabelledSpan =>
  also ? { concept, start, end, also } : { concept, start, end };
const mark = (entity: string, start: number, end: number, also?: string[]): MarkedSpan =>
  also ? { entity, start, end, also } : { entity, start, end };

describe('scoring marks against labels', () => {
  it('counts an overlapping mark of the same concept as found, and records exact spans', () => {
    const s = scorePage([label('flight', 0, 30), label('putin', 40, 45)], [mark('flight', 4, 30), mark('putin', 40, 45)]);
    expect(s.misses).toEqual([]);
    expect(s.falseMarks).toEqual([]);
    expect(s.exact).toBe(1);
  });

  it('accepts a concept named in also, on either side', () => {
    const labels = [label('kremlin_statement', 0, 16, ['kremlin']), label('flight', 20, 46)];
    const marks = [mark('kremlin', 4, 11), mark('airline', 20, 39, ['flight'])];
    expect(scorePage(labels, marks).misses).toEqual([]);
  });

  it('reports misses, wrong concepts and marks on unlabelled text', () => {
    const labels = [label('putin', 0, 5), label('baku', 10, 14)];
    const marks = [mark('grozny', 10, 14), mark('aktau', 20, 25)];
    const s = scorePage(labels, marks);
    expect(s.misses).toEqual(labels);
    expect(s.falseMarks).toEqual(marks);
  });

  it('leaves out marks of entities the labels do not cover', () => {
    const s = scorePage([label('putin', 0, 5)], [mark('putin', 0, 5), mark('on_board', 9, 20)], {
      concepts: new Set(['putin']),
    });
    expect(s.marks).toHaveLength(1);
    expect(s.falseMarks).toEqual([]);
  });

  it('sums recall per label concept and precision per mark entity', () => {
    const a = scorePage([label('putin', 0, 5), label('putin', 10, 15)], [mark('putin', 0, 5), mark('baku', 30, 34)]);
    const b = scorePage([label('baku', 0, 4)], [mark('baku', 0, 4)]);
    const { overall, concepts } = summarize([a, b]);
    expect(concepts.find((c) => c.concept === 'putin')).toMatchObject({ labels: 2, found: 1, recall: 0.5, marks: 1, precision: 1 });
    expect(concepts.find((c) => c.concept === 'baku')).toMatchObject({ labels: 1, found: 1, marks: 2, correct: 1, precision: 0.5 });
    expect(overall).toMatchObject({ labels: 3, found: 2, marks: 3, correct: 2 });
  });
});
