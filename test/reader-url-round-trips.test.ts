import { describe, expect, test } from 'vitest';
import { claimAnchor, readerPath, readerTarget } from '../lib/reader-url';

function roundTrip(path: string) {
  const url = new URL(path, 'chrome-extension://x/');
  return readerTarget(url.search, url.hash);
}

describe('reader addresses', () => {
  test.each([
    ['000_d0123a2591f9c3ce', 4],
    ['an id/with?odd#characters & spaces', 0],
    ['x', 123],
  ])('source %j at sentence %i survives the trip through a URL', (sourceId, claimIndex) => {
    expect(roundTrip(readerPath(sourceId, claimIndex))).toEqual({ sourceId, claimIndex });
  });

  test('the sentence is in the fragment, so only it changes between two quotes of one source', () => {
    expect(readerPath('abc', 7)).toBe('/reader.html?source=abc#claim-7');
    expect(claimAnchor(7)).toBe('claim-7');
  });

  test('without a sentence the reader opens at the top', () => {
    expect(roundTrip(readerPath('abc'))).toEqual({ sourceId: 'abc', claimIndex: null });
  });

  test('anything else in the address names nothing', () => {
    expect(readerTarget('', '')).toEqual({ sourceId: null, claimIndex: null });
    expect(readerTarget('?source=', '#claim-')).toEqual({ sourceId: null, claimIndex: null });
    expect(readerTarget('?source=a', '#claim-1x')).toEqual({ sourceId: 'a', claimIndex: null });
    expect(readerTarget('?source=a', '#top')).toEqual({ sourceId: 'a', claimIndex: null });
  });
});
