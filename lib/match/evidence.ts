/**
 * What a lexicon says of each entity for deciding whether a page is about its story (lib/page/relevance.ts): its
 * stories, how much naming it tells, and whether it is a figure (its phrases capture a number).
 */
import type { Lexicon } from './lexicon';

export interface Evidence {
  stories: readonly string[];
  specificity: number;
  figure: boolean;
}

export function evidenceOf(lexicon: Lexicon): (entity: string) => Evidence | undefined {
  const byId = new Map<string, Evidence>(
    lexicon.entities.map((e) => [
      e.id,
      { stories: e.stories ?? [], specificity: e.specificity ?? 0, figure: e.phrases.some((p) => p.includes('{n}')) },
    ]),
  );
  return (entity) => byId.get(entity);
}
