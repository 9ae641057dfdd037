/**
 * One story the catalog does not cover: its entities discovered from its articles (discover/), its measures from
 * the generic figure phrases, then claims and figures exactly as for the catalog's story, within this story only.
 */
import { lexiconFromCatalog } from '../../match/lexicon';
import { compileMatcher } from '../../match/matcher';
import { normalizeText } from '../../match/normalize';
import { linkClaims, type LinkedClaim } from '../claims';
import type { CleanArticle } from '../clean';
import { discoverEntities, type ArticleCandidates, type DiscoveredEntity } from '.';
import { MEASURES } from './measures';
import { collectFigures } from '../figures';
import { factEntity, sourcesByEntity } from '../fact-entity';
import type { Catalog, CatalogEntity, Entity, EntityKind, Figure, Measure } from '../types';

export interface PreparedSource {
  id: string;
  cleaned: CleanArticle;
  title: string | null;
  candidates: ArticleCandidates;
}

export interface BuiltStory {
  entities: Entity[];
  claims: LinkedClaim[];
  figures: Figure[];
}

const KIND_WORDS: Partial<Record<EntityKind, string>> = {
  person: 'A person',
  place: 'A place',
  organization: 'An organisation',
  flight: 'The flight',
  aircraft: 'The aircraft',
  event: 'A term',
  figure: 'A figure',
};

/**
 * An entity id as the content script's contract has them (`[a-z0-9_]+`, lib/page/highlight-names.ts): the story's
 * id and the entity's name, every other character folded to one underscore.
 */
export const entityId = (...parts: string[]): string =>
  parts
    .map((part) => normalizeText(part).normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''))
    .join('_');

function description(kind: EntityKind, named: number, total: number): string {
  return `${KIND_WORDS[kind] ?? 'An entity'} named by ${named} of this story's ${total} source${total === 1 ? '' : 's'}.`;
}

/**
 * Entities the catalog names keep the catalog's id, name and description: the catalog stays the first authority
 * for what it names, and a person in two stories is one entity with both.
 */
function catalogOwner(found: DiscoveredEntity, catalog: Catalog): CatalogEntity | undefined {
  const keys = new Set(found.aliases.map(normalizeText));
  return catalog.entities.find((e) => e.kind !== 'figure' && e.aliases.some((a) => keys.has(normalizeText(a))));
}

export function buildDiscoveredStory(
  story: string,
  sources: readonly PreparedSource[],
  catalog: Catalog,
  labels: ReadonlyMap<string, string>,
): BuiltStory {
  const found = discoverEntities(sources.map((s) => s.candidates));
  const lexiconEntities: (CatalogEntity & { reused?: boolean })[] = [];
  const ids = new Set<string>();
  for (const e of found) {
    const owner = catalogOwner(e, catalog);
    if (owner) {
      if (!ids.has(owner.id)) lexiconEntities.push({ ...owner, aliases: [...owner.aliases], phrases: [...(owner.phrases ?? [])], reused: true });
      ids.add(owner.id);
      continue;
    }
    let id = entityId(story, e.name);
    while (ids.has(id)) id += '_';
    ids.add(id);
    lexiconEntities.push({ id, name: e.name, kind: e.kind, description: description(e.kind, e.sources.length, sources.length), aliases: e.aliases, phrases: e.phrases });
  }
  const measureOf = new Map<string, Measure>();
  for (const m of MEASURES) {
    const id = entityId(story, m.measure);
    measureOf.set(id, m.measure);
    lexiconEntities.push({ id, name: m.name, kind: 'figure', description: `${m.name}, as this story's sources count it.`, aliases: m.aliases, phrases: m.phrases });
  }

  const anchors = lexiconEntities.filter((e) => e.kind === 'flight' || e.kind === 'aircraft').map((e) => e.id);
  const ctx = {
    matcher: compileMatcher(lexiconFromCatalog(lexiconEntities)),
    figureEntities: new Set(measureOf.keys()),
    otherIncidents: new Set<string>(),
    storyAnchors: new Set(anchors),
  };
  const claims = sources.flatMap((s) => linkClaims(s.id, s.cleaned, s.title, ctx));
  const figures = collectFigures(claims, labels, { measureOf: (e) => measureOf.get(e), story });

  const sourcesOf = sourcesByEntity(claims);
  const counted = new Set(figures.map((f) => f.entity));
  // An entity no claim mentions, or a measure no source gives a number for, would only add noise to the lexicon.
  const entities: Entity[] = lexiconEntities
    .filter((e) => (measureOf.has(e.id) ? counted.has(e.id) : sourcesOf.has(e.id)))
    .map((e) => factEntity(e, sourcesOf, [story]));
  return { entities, claims, figures };
}
