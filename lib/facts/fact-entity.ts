/**
 * What the fact base keeps of an entity, the same for the catalog's story (build.ts) and a discovered one
 * (discover/story.ts): its words, the sources with a claim about it, and its stories.
 */
import type { LinkedClaim } from './claims';
import { specificityOf } from './specificity';
import type { CatalogEntity, Entity } from './types';

/** Ids of the sources with at least one claim about each entity, in the order the claims come. */
export function sourcesByEntity(claims: readonly LinkedClaim[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { claim } of claims) {
    for (const entity of claim.entities) {
      const list = out.get(entity) ?? [];
      if (!list.includes(claim.source)) list.push(claim.source);
      out.set(entity, list);
    }
  }
  return out;
}

export function factEntity(e: CatalogEntity, sourcesOf: ReadonlyMap<string, string[]>, stories: string[]): Entity {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description,
    aliases: [...e.aliases],
    phrases: [...(e.phrases ?? [])],
    sources: sourcesOf.get(e.id) ?? [],
    stories,
    specificity: specificityOf(e),
  };
}
