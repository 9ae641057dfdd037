import catalog from '../../assets/catalog.json';
import type { Catalog } from '../../lib/facts/types';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions, type Matcher, type MatcherOptions } from '../../lib/match/matcher';

export const catalogEntities = (catalog as Catalog).entities;

/** A matcher over the real catalog; `numbers` as the content script passes them. */
export function catalogMatcher(numbers?: Record<string, number[]>, options?: MatcherOptions): Matcher {
  return compileMatcher(lexiconFromCatalog(catalogEntities, numbers), options);
}

/** The mentions of `text` as `[entity, what the reader sees]` pairs, in order. */
export function marks(matcher: Matcher, text: string): [string, string][] {
  return findMentions(matcher, text).map((m) => [m.entity, text.slice(m.start, m.end)]);
}
