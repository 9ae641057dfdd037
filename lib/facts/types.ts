/**
 * The fact base's vocabulary. One name per concept, used alike in code, UI and docs:
 * source, story, entity, alias, claim, figure, mention, card, trust.
 * Everything here is plain JSON so it crosses extension messaging and IndexedDB unchanged.
 */

export type EntityKind =
  | 'flight'
  | 'organization'
  | 'aircraft'
  | 'place'
  | 'person'
  | 'statement'
  | 'military'
  | 'event'
  | 'investigation'
  | 'figure'
  | 'report';

/** One entry of the curated catalog (`assets/catalog.json`). */
export interface CatalogEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** One line a reader sees on the card. */
  description: string;
  /** Ways of writing the entity's name, matched after normalization (case, diacritics, dashes, quotes). */
  aliases: string[];
  /**
   * Phrases that name the entity without its name ("the Kremlin said in a statement", "38 people were killed").
   * Syntax is defined by `lib/match/phrases.ts`.
   */
  phrases?: string[];
  /** How much naming it says a page is about its story (see Specificity); default by kind (specificity.ts). */
  specificity?: Specificity;
}

/**
 * How much naming an entity says that a page is about its story: 2, the event's own name (its flight, its
 * statements, an investigation, a figure with its number); 1, its scene (the crash site); 0, a name known apart
 * from it (countries, cities, heads of state, agencies, the airline, the aircraft type, other incidents).
 */
export type Specificity = 0 | 1 | 2;

export interface Catalog {
  version: number;
  entities: CatalogEntity[];
}

/** An article as handed to the pipeline: the text plus whatever metadata is known outside it. */
export interface ArticleInput {
  /** Stable id; for bundled articles the file name without extension. */
  id: string;
  text: string;
  /** Where it came from: a bundled file name, or a page URL when a user adds an article. */
  origin?: string;
  title?: string | null;
  publisher?: string | null;
  /** ISO date (YYYY-MM-DD) */
  published?: string | null;
}

/** A source: one article and its outlet, with metadata read from the text itself (never invented). */
export interface Source {
  id: string;
  /** The headline, or null when the text has none. */
  title: string | null;
  /** The outlet, only when the text names it (a copyright line, say). */
  publisher: string | null;
  /** ISO date (YYYY-MM-DD), only when the text gives one. */
  published: string | null;
  /** What to call the source when it has neither publisher nor title: its opening words. */
  label: string;
  origin: string | null;
  /** The cleaned article text that claims point into. */
  text: string;
  /** Number of claims this source contributes. */
  claimCount: number;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  aliases: string[];
  phrases: string[];
  /** Ids of the sources with at least one claim about this entity. */
  sources: string[];
  /** The stories it belongs to: the catalog's story for catalog entities, its own story for a discovered one. */
  stories: string[];
  /** How much naming it says a page is about its story (the content script decides from it whether to mark). */
  specificity: Specificity;
}

/** A mention of an entity inside a claim's text: offsets into `Claim.text`. */
export interface Span {
  entity: string;
  start: number;
  end: number;
}

/** A verbatim sentence of one source, with the entities it is about and its position in the article. */
export interface Claim {
  /** `${source}#${index}` */
  id: string;
  source: string;
  /** Sentence number within the source, from 0. */
  index: number;
  /** Character offsets of the sentence in `Source.text`. */
  start: number;
  end: number;
  text: string;
  entities: string[];
  mentions: Span[];
}

/**
 * What a figure counts: 'killed', 'survivors', 'on_board' (the catalog's), 'injured', 'missing' (discovered
 * stories' too, lib/facts/discover/measures.ts). A string, so a new measure needs no change to the types.
 */
export type Measure = string;

export interface FigureValue {
  value: number;
  sources: string[];
  /** The quoted phrase each source used, e.g. "38 fatalities". */
  text: string;
  /** Ids of the claims where this value appears. */
  claims: string[];
  /** "at least 38": a lower bound rather than an exact count (true only when no source states it exactly). */
  atLeast: boolean;
  /** What each source wrote, one entry per claim: sources word and bound the same number differently. */
  quotes: FigureQuote[];
}

/** One source's wording of a figure value: "at least 38 people dead" (a bound) or "38 fatalities" (exact). */
export interface FigureQuote {
  source: string;
  claim: string;
  /** The phrase as written in the claim, a lower-bound qualifier ("at least") included. */
  text: string;
  atLeast: boolean;
}

/** The numbers sources give for one measure. */
export interface Figure {
  /** The entity this figure belongs to (death_toll, survivors, …). */
  entity: string;
  /** The story whose sources give these numbers: figures are never compared across stories. */
  story: string;
  measure: Measure;
  values: FigureValue[];
  /** Human-readable notes where sources disagree or numbers do not add up; empty when all agree. */
  conflicts: string[];
  /** Values of killed, survivors and on board that do not add up (the same list on each of the three figures). */
  sums: FigureSum[];
}

/** Killed plus survivors should make the people on board: one combination of values that does not, and who gave each. */
export interface FigureSum {
  killed: number;
  survivors: number;
  onBoard: number;
  sources: { killed: string[]; survivors: string[]; onBoard: string[] };
}

/**
 * Sources about one event. A source joins the story it shares the most story-specific entities with, or starts
 * its own (stories.ts); the catalog's story holds the sources the curated catalog covers.
 */
export interface Story {
  /** 'catalog' for the catalog's story; otherwise "story:" and the id of its first source. */
  id: string;
  /** What to call it: its flight, or the entity most of its sources name. */
  name: string;
  /** 'catalog': its entities come from the curated catalog; 'discovered': from its articles. */
  origin: 'catalog' | 'discovered';
  sources: string[];
  /** Ids of its entities: what a page about this story may mention (the content side's lexicon per story). */
  entities: string[];
}

export interface FactBase {
  /** Changes whenever the fact base's content changes (hash of the inputs and the pipeline version). */
  version: string;
  builtAt: string;
  sources: Source[];
  stories: Story[];
  entities: Entity[];
  claims: Claim[];
  figures: Figure[];
}

/** Why an article was rejected ('error') or accepted with a caveat ('warning'). */
export type ArticleProblemCode = 'empty' | 'binary' | 'too-large' | 'duplicate' | 'no-entity' | 'failed';

/** What went wrong with one article while building; the other articles still build. */
export interface ArticleProblem {
  /** The `ArticleInput.id` concerned. */
  article: string;
  code: ArticleProblemCode;
  /** 'error': the article was skipped. 'warning': it became a source but something is worth knowing. */
  severity: 'error' | 'warning';
  /** One sentence a reader can act on. */
  message: string;
}
