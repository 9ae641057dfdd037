import { describe, expect, test } from 'vitest';
import { keepActive, moveActive, resultOptions } from '../../../lib/ui/popup/results';
import { createSearch } from '../../../lib/search';
import { sourceRef } from '../../../lib/store/read';
import { realFactBase } from '../../support/store';

const fb = realFactBase();
const search = createSearch({ entities: fb.entities, claims: fb.claims, sources: fb.sources.map(sourceRef) }, {});

describe('walking the results with arrow keys', () => {
  test.each([
    [-1, 3, 'ArrowDown', 0],
    [0, 3, 'ArrowDown', 1],
    [2, 3, 'ArrowDown', 0],
    [-1, 3, 'ArrowUp', 2],
    [0, 3, 'ArrowUp', 2],
    [2, 3, 'ArrowUp', 1],
    [-1, 0, 'ArrowDown', -1],
    [5, 0, 'ArrowUp', -1],
  ] as const)('from %i of %i, %s goes to %i', (active, count, key, expected) => {
    expect(moveActive(active, count, key)).toBe(expected);
  });

  test('entities come first, then sentences, each with a key of its own', () => {
    const options = resultOptions(search('putin'));
    const kinds = options.map((o) => o.kind);
    expect(kinds.indexOf('claim')).toBeGreaterThan(kinds.lastIndexOf('entity'));
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
  });

  test('after the list changed under it, the active option stays on the same result, or none', () => {
    const before = resultOptions(search('aktau'));
    const after = before.slice(1);
    expect(keepActive(before[2], after)).toBe(1);
    expect(keepActive(before[0], after)).toBe(-1);
    expect(keepActive(undefined, after)).toBe(-1);
  });
});
