/**
 * Search over the fact base for the popup: entities by name, alias and description, and claims by their text.
 * Typo tolerant through fuse.js; trust applied before anything is indexed, so a distrusted source's sentences
 * can never come back and entity counts are counts of trusted sources.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SourceRef } from './facts/cards';
import { isTrusted, type Trust } from './facts/trust';
import type { Claim, Entity, EntityKind } from './facts/types';

export interface EntityHit {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  /** How many trusted sources mention the entity. */
  sourceCount: number;
}

export interface ClaimHit {
  id: string;
  source: SourceRef;
  index: number;
  text: string;
  entities: string[];
}

export interface SearchResults {
  query: string;
  entities: EntityHit[];
  claims: ClaimHit[];
}

export interface SearchData {
  entities: readonly Entity[];
  claims: readonly Claim[];
  sources: readonly SourceRef[];
}

/** 20 results fill the popup's list twice over; more is scrolling nobody does. */
export const DEFAULT_LIMIT = 20;

/**
 * Thresholds were tuned on the typos the popup must forgive ("aktaw", "zelenski", "kremlin statment"):
 * 0.4 lets a one-letter slip in a short name through while "crash" still finds no entity. Locations are
 * ignored because a description or a claim may mention the term anywhere.
 */
const ENTITY_OPTIONS: IFuseOptions<EntityDoc> = {
  // A hit on the name ranks above one on an alias, and both well above a word that only the description holds.
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'description', weight: 0.5 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Claims are long sentences, so a stricter threshold keeps one shared letter pattern from matching them all. */
const CLAIM_OPTIONS: IFuseOptions<ClaimHit> = {
  keys: ['text'],
  threshold: 0.3,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  minMatchCharLength: 3,
};

interface EntityDoc extends EntityHit {
  aliases: string[];
}

export type Search = (query: string, limit?: number) => SearchResults;

/** Index `data` as `trust` sees it; build a new one when either changes (a few ms for this fact base). */
export function createSearch(data: SearchData, trust: Trust): Search {
  const sources = new Map(data.sources.filter((s) => isTrusted(trust, s.id)).map((s) => [s.id, s]));
  const entities: EntityDoc[] = data.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description,
    aliases: e.aliases,
    sourceCount: e.sources.filter((s) => sources.has(s)).length,
  }));
  const claims: ClaimHit[] = data.claims.flatMap((c) => {
    const source = sources.get(c.source);
    return source ? [{ id: c.id, source, index: c.index, text: c.text, entities: c.entities }] : [];
  });
  const entityIndex = new Fuse(entities, ENTITY_OPTIONS);
  const claimIndex = new Fuse(claims, CLAIM_OPTIONS);

  return (query, limit = DEFAULT_LIMIT) => {
    const q = query.trim();
    if (q === '') {
      return { query, entities: atAGlance(entities).slice(0, limit).map(toHit), claims: [] };
    }
    return {
      query,
      entities: entityIndex.search(q, { limit }).map((r) => toHit(r.item)),
      claims: claimIndex.search(q, { limit }).map((r) => r.item),
    };
  };
}

/** The story at a glance: entities most sources mention first; ones no trusted source mentions left out. */
function atAGlance(entities: readonly EntityDoc[]): EntityDoc[] {
  return entities
    .filter((e) => e.sourceCount > 0)
    .sort((a, b) => b.sourceCount - a.sourceCount || a.name.localeCompare(b.name));
}

function toHit(e: EntityDoc): EntityHit {
  return { id: e.id, name: e.name, kind: e.kind, description: e.description, sourceCount: e.sourceCount };
}
