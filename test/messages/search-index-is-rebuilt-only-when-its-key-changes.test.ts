import { expect, test } from 'vitest';
import { SearchCache } from '../../lib/background/search-cache';
import type { Search } from '../../lib/search';

/** A search that answers with its own number, so a test can tell which build it got. */
function builder() {
  let built = 0;
  const make = async (): Promise<Search> => {
    const n = ++built;
    return (() => ({ n })) as unknown as Search;
  };
  return { make, built: () => built };
}

test('the same key answers from the index held; a new key builds another', async () => {
  const cache = new SearchCache();
  const { make, built } = builder();
  const first = await cache.get('fact base 1|trust', make);
  expect(await cache.get('fact base 1|trust', make)).toBe(first);
  expect(built()).toBe(1);
  const second = await cache.get('fact base 1|other trust', make);
  expect(second).not.toBe(first);
  expect(built()).toBe(2);
});

test('forgetting makes the next ask build again, even for the same key', async () => {
  const cache = new SearchCache();
  const { make, built } = builder();
  await cache.get('k', make);
  cache.forget();
  await cache.get('k', make);
  expect(built()).toBe(2);
});
