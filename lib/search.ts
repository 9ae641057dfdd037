/**
 * Search over the fact base for the popup: answers, not only names. Entities by name, alias and description;
 * figures with their value and verdict ("38" finds the death toll); claims by their text, each with its source
 * and the clause the query matched. Exact names come before fuzzy ones ("aktau" puts Aktau first, nothing
 * unrelated above it), then fuse.js forgives typos. Trust is applied before anything is indexed, so a distrusted
 * source's sentences never come back and counts are counts of trusted sources.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { clauseAround, type Clause } from './cards/clauses';
import { figureVerdict, type FigureVerdict } from './cards/figure-verdict';
import { endsLikeSentence } from './cards/words';
import type { SourceRef } from './cards/card';
import { isTrusted, type Trust } from './facts/trust';
import type { Claim, Entity, EntityKind, Figure, Measure, Story } from './facts/types';
import { normalizeText } from './match/normalize';

export interface EntityHit {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  /** How many trusted sources mention the entity. */
  sourceCount: number;
  /** The names of the stories it belongs to: results say which story when the fact base holds several. */
  stories: string[];
}

/** A figure as an answer: its value and verdict from trusted sources. Choosing it opens its entity's card. */
export interface FigureHit {
  entity: string;
  name: string;
  measure: Measure;
  verdict: FigureVerdict;
}

export interface ClaimHit {
  id: string;
  source: SourceRef;
  index: number;
  text: string;
  entities: string[];
  /** The clause of `text` the query matched, for showing the answer rather than the whole sentence. */
  clause: Clause;
}

export interface SearchResults {
  query: string;
  figures: FigureHit[];
  entities: EntityHit[];
  claims: ClaimHit[];
  /** Trusted sources: with none, there is nothing to find and the popup says why. */
  trustedCount: number;
  /** How many stories the fact base holds. */
  storyCount: number;
}

export interface SearchData {
  entities: readonly Entity[];
  claims: readonly Claim[];
  sources: readonly SourceRef[];
  figures?: readonly Figure[];
  stories?: readonly Pick<Story, 'id' | 'name'>[];
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
const CLAIM_OPTIONS: IFuseOptions<ClaimDoc> = {
  keys: ['text'],
  threshold: 0.3,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 3,
};

interface EntityDoc extends EntityHit {
  aliases: string[];
  /** Normalized name and aliases, for exact and word-start matches. */
  names: string[];
}

type ClaimDoc = Omit<ClaimHit, 'clause'>;

export type Search = (query: string, limit?: number) => SearchResults;

/** Index `data` as `trust` sees it; build a new one when either changes (a few ms for this fact base). */
export function createSearch(data: SearchData, trust: Trust): Search {
  const sources = new Map(data.sources.filter((s) => isTrusted(trust, s.id)).map((s) => [s.id, s]));
  const storyNames = new Map((data.stories ?? []).map((s) => [s.id, s.name]));
  const storyCount = storyNames.size;
  const entities: EntityDoc[] = data.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description,
    aliases: e.aliases,
    names: [e.name, ...e.aliases].map(normalizeText),
    sourceCount: e.sources.filter((s) => sources.has(s)).length,
    stories: (e.stories ?? []).flatMap((id) => (storyNames.has(id) ? [storyNames.get(id)!] : [])),
  }));
  // Headlines label a story; they are not what a source reported.
  const claims: ClaimDoc[] = data.claims.flatMap((c) => {
    const source = sources.get(c.source);
    if (!source || c.text === source.title || (c.index === 0 && !endsLikeSentence(c.text))) return [];
    return [{ id: c.id, source, index: c.index, text: c.text, entities: c.entities }];
  });
  const figures = (data.figures ?? []).flatMap((f) => figureAnswer(f, entities, trust));
  const entityIndex = new Fuse(entities, ENTITY_OPTIONS);
  const claimIndex = new Fuse(claims, CLAIM_OPTIONS);
  const trustedCount = sources.size;

  return (query, limit = DEFAULT_LIMIT) => {
    const q = query.trim();
    if (q === '' || trustedCount === 0) {
      return { query, figures: [], entities: q === '' ? atAGlance(entities).slice(0, limit).map(toHit) : [], claims: [], trustedCount, storyCount };
    }
    const found = rankEntities(q, entities, entityIndex).slice(0, limit);
    const numeric = /^\d{1,6}$/.test(q) ? Number(q) : null;
    const answers = figures.filter(
      (f) => (numeric !== null && f.values.includes(numeric)) || found.slice(0, 3).some((e) => e.id === f.hit.entity),
    );
    // "38" names no entity by itself: the figures that hold it bring their entities.
    for (const a of answers) {
      if (!found.some((e) => e.id === a.hit.entity)) found.unshift(entities.find((e) => e.id === a.hit.entity)!);
    }
    const matched =
      numeric !== null
        ? claims.filter((c) => new RegExp(`\\b${numeric}\\b`).test(c.text)).map((c) => withClause(c, numberSpan(c.text, q)))
        : claimIndex.search(q, { limit }).map((r) => withClause(r.item, longestMatch(r.matches)));
    return { query, figures: answers.map((a) => a.hit), entities: found.slice(0, limit).map(toHit), claims: matched.slice(0, limit), trustedCount, storyCount };
  };
}

/**
 * Entities for `q`: names or aliases equal to it first, then those with a word starting with it, then fuse.js's
 * typo-tolerant matches, so an exact name is never outranked by a fuzzy neighbour.
 */
function rankEntities(q: string, entities: readonly EntityDoc[], index: Fuse<EntityDoc>): EntityDoc[] {
  const n = normalizeText(q);
  const exact = entities.filter((e) => e.names.includes(n));
  const starts = entities.filter((e) => !exact.includes(e) && e.names.some((name) => name.split(/[\s\-']+/).some((w) => w.startsWith(n)) || name.startsWith(n)));
  const fuzzy = index.search(q).map((r) => r.item).filter((e) => !exact.includes(e) && !starts.includes(e));
  return [...exact, ...byCoverage(starts), ...fuzzy];
}

function byCoverage(list: EntityDoc[]): EntityDoc[] {
  return [...list].sort((a, b) => b.sourceCount - a.sourceCount);
}

/** A figure as trusted sources give it, with the numbers it holds; none when no trusted source gives one. */
function figureAnswer(figure: Figure, entities: readonly EntityDoc[], trust: Trust): { hit: FigureHit; values: number[] }[] {
  const given = figure.values.flatMap((v) => v.quotes.filter((q) => isTrusted(trust, q.source)).map((q) => ({ source: q.source, value: v.value, atLeast: q.atLeast })));
  const verdict = figureVerdict(given);
  const entity = entities.find((e) => e.id === figure.entity);
  if (!verdict || !entity) return [];
  return [{ hit: { entity: entity.id, name: entity.name, measure: figure.measure, verdict }, values: [...new Set(given.map((g) => g.value))] }];
}

function withClause(claim: ClaimDoc, span: { start: number; end: number }): ClaimHit {
  return { ...claim, clause: clauseAround(claim.text, span) };
}

/** The longest run fuse.js matched: where the query sits in the sentence. */
function longestMatch(matches: readonly { indices: readonly (readonly [number, number])[] }[] | undefined): { start: number; end: number } {
  let best = { start: 0, end: 0 };
  for (const m of matches ?? []) {
    for (const [s, e] of m.indices) if (e + 1 - s > best.end - best.start) best = { start: s, end: e + 1 };
  }
  return best;
}

function numberSpan(text: string, q: string): { start: number; end: number } {
  const at = new RegExp(`\\b${q}\\b`).exec(text)?.index ?? 0;
  return { start: at, end: at + q.length };
}

/** The story at a glance: entities most sources mention first; ones no trusted source mentions left out. */
function atAGlance(entities: readonly EntityDoc[]): EntityDoc[] {
  return entities
    .filter((e) => e.sourceCount > 0)
    .sort((a, b) => b.sourceCount - a.sourceCount || a.name.localeCompare(b.name));
}

function toHit(e: EntityDoc): EntityHit {
  return { id: e.id, name: e.name, kind: e.kind, description: e.description, sourceCount: e.sourceCount, stories: e.stories };
}
