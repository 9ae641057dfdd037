/**
 * Discovering a story's entities without a catalog: candidates per article (once, when it is added), entities
 * per story (whenever the story's articles change). Runs in the background and in Node, never in a content
 * script: the language library it uses is too large for every page.
 */
import type { CleanArticle } from '../clean';
import { findCandidates } from './candidates';
import { discoverEntities, groupKey, isGeneric, type ArticleCandidates, type DiscoveredEntity } from './entities';
import { lexiconTags, tagWords } from './library';
import { normalizeText } from '../../match/normalize';
import { WEIGHT } from '../stories';
import { findTerms } from './terms';
import { tokenize } from './tokens';

export type { ArticleCandidates, DiscoveredEntity };
export { discoverEntities };

export function articleCandidates(source: string, cleaned: CleanArticle): ArticleCandidates {
  const tokens = tokenize(cleaned);
  const tags = tagWords(cleaned.text);
  const candidates = findCandidates(cleaned, tokens, tags);
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.text));
  return { source, candidates, terms: findTerms(cleaned.text, tokens, tags), lowerWords };
}

/**
 * What an article names, for grouping it into a story (stories.ts): its candidates that are not generic nor a
 * sentence's first word alone, weighted by how specific they are to one event.
 */
export function storyKeys(a: ArticleCandidates): Map<string, number> {
  const keys = new Map<string, number>();
  for (const c of a.candidates) {
    if ((c.opensSentence || c.heading) && c.words.length === 1) continue;
    if (isGeneric(c, a.lowerWords)) continue;
    const famous = ['City', 'Country', 'Region'].some((t) => lexiconTags(c.name).has(t));
    const weight = c.flight || c.hint === 'aircraft' ? WEIGHT.event : famous ? WEIGHT.famous : WEIGHT.name;
    const key = groupKey(c);
    keys.set(key, Math.max(weight, keys.get(key) ?? 0));
  }
  for (const t of a.terms.defined) keys.set(normalizeText(t.name), WEIGHT.name);
  return keys;
}
