/**
 * The search index, derived from the store and kept while its key (the fact base, trust and details it was built
 * from) stays the same; losing it costs one rebuild, so forgetting is always safe.
 */
import type { Search } from '../search';

export class SearchCache {
  #held: { key: string; search: Search } | null = null;

  /** The index for `key`: the one held, or a new one from `make`. */
  async get(key: string, make: () => Promise<Search>): Promise<Search> {
    if (this.#held?.key !== key) this.#held = { key, search: await make() };
    return this.#held.search;
  }

  forget(): void {
    this.#held = null;
  }
}
