import { describe, expect, it } from 'vitest';
import { disagree, figureVerdict } from '../../lib/cards/figure-verdict';

describe('one verdict per figure', () => {
  it('sources giving the same count agree, and the card says how many bound it with "at least"', () => {
    expect(
      figureVerdict([
        { source: 'a', value: 38, atLeast: true },
        { source: 'b', value: 38, atLeast: false },
        { source: 'c', value: 38, atLeast: true },
        { source: 'd', value: 38, atLeast: false },
      ]),
    ).toEqual({ kind: 'agree', value: 38, atLeast: false, sources: 4, bounds: 2 });
  });

  it('a source that writes "at least 38" and later "38" is one source, not a bound', () => {
    expect(
      figureVerdict([
        { source: 'a', value: 38, atLeast: true },
        { source: 'a', value: 38, atLeast: false },
        { source: 'b', value: 38, atLeast: false },
      ]),
    ).toMatchObject({ kind: 'agree', sources: 2, bounds: 0 });
  });

  it('bounds only: "at least" kept', () => {
    expect(figureVerdict([{ source: 'a', value: 30, atLeast: true }, { source: 'b', value: 38, atLeast: true }])).toEqual({
      kind: 'agree',
      value: 38,
      atLeast: true,
      sources: 2,
      bounds: 2,
    });
  });

  it('one source only says so', () => {
    expect(figureVerdict([{ source: 'a', value: 28, atLeast: false }])).toEqual({ kind: 'single', value: 28, atLeast: false, source: 'a' });
  });

  it('numbers that cannot all be true differ, with the range', () => {
    expect(figureVerdict([{ source: 'a', value: 28, atLeast: false }, { source: 'b', value: 29, atLeast: false }])).toEqual({
      kind: 'differ',
      low: 28,
      high: 29,
      sources: 2,
    });
  });

  it('no number: no verdict', () => {
    expect(figureVerdict([])).toBeNull();
  });

  it.each([
    [[{ value: 38, atLeast: false }, { value: 38, atLeast: false }], false],
    [[{ value: 38, atLeast: false }, { value: 39, atLeast: false }], true],
    [[{ value: 38, atLeast: true }, { value: 38, atLeast: false }], false],
    [[{ value: 38, atLeast: true }, { value: 42, atLeast: false }], false],
    [[{ value: 38, atLeast: true }, { value: 35, atLeast: false }], true],
    [[{ value: 30, atLeast: true }, { value: 38, atLeast: true }], false],
    [[], false],
  ])('disagree(%j) → %s', (values, expected) => {
    expect(disagree(values)).toBe(expected);
  });
});
